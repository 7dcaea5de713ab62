// Nil-safe accessors over libpg_query's protobuf-C structs. Only parse/ includes this header,
// and only parse/ sees pg_query types; everything above works on the lowered model (ir/).
#pragma once

#include <pg_query/pg_query.pb-c.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace ddlint::parse::ast {

using Node = PgQuery__Node;

inline std::span<Node* const> list(std::size_t n, Node** items) {
  if (items == nullptr) {
    return {};
  }
  return {items, n};
}

// String node -> sval; anything else -> "".
inline std::string_view str(const Node* n) {
  if (n != nullptr && n->node_case == PG_QUERY__NODE__NODE_STRING && n->string != nullptr &&
      n->string->sval != nullptr) {
    return n->string->sval;
  }
  return {};
}

inline std::string_view cstr(const char* s) {
  return s == nullptr ? std::string_view{} : s;
}

inline bool is(const Node* n, PgQuery__Node__NodeCase c) {
  return n != nullptr && n->node_case == c;
}

// Items of a List node, or the empty span.
inline std::span<Node* const> items(const Node* n) {
  if (is(n, PG_QUERY__NODE__NODE_LIST) && n->list != nullptr) {
    return list(n->list->n_items, n->list->items);
  }
  return {};
}

// Converts a parser location (-1 when unknown) to an offset in the file.
inline std::uint32_t loc(std::int32_t location, std::uint32_t base, std::uint32_t fallback) {
  if (location < 0) {
    return fallback;
  }
  return base + static_cast<std::uint32_t>(location);
}

} // namespace ddlint::parse::ast
