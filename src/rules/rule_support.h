// Small text helpers that several rules share for messages and fix SQL.
#pragma once

#include "analysis/analysis.h"
#include "base/strings.h"
#include "catalog/model.h"
#include "ir/expr_sql.h"

#include <algorithm>
#include <string>
#include <vector>

namespace ddlint::rules {

// "orders" for tables in public, "billing.orders" elsewhere (messages).
inline std::string display_name(std::string_view schema, std::string_view name) {
  return schema.empty() || schema == "public" ? std::string(name)
                                              : std::string(schema) + "." + std::string(name);
}
inline std::string display_name(const catalog::Table& t) {
  return display_name(t.schema, t.name);
}

// An identifier for fix SQL: quoted when its spelling needs it, or when it is a reserved or
// type/function-name keyword (`user`, `order`, `left`), which cannot stand as a bare name.
inline std::string sql_ident(const analysis::Analysis& an, std::string_view name) {
  constexpr int kTypeFuncNameKeyword = 3;
  return str::quote_ident(name, an.keyword_kind(name) >= kTypeFuncNameKeyword);
}

// "clients(id)" for the target of a foreign key; "auth.users" when its columns are unknown (the
// target's primary key, defined outside the inputs).
inline std::string fk_target(const catalog::Constraint& fk) {
  std::string out = display_name(fk.ref_resolved.schema, fk.ref_resolved.name);
  if (!fk.ref_columns_resolved.empty()) {
    out += "(" + str::join(fk.ref_columns_resolved, ", ") + ")";
  }
  return out;
}

// "public.orders", quoted where needed (fix SQL).
inline std::string sql_name(const analysis::Analysis& an, std::string_view schema,
                            std::string_view name) {
  return schema.empty() ? sql_ident(an, name) : sql_ident(an, schema) + "." + sql_ident(an, name);
}
inline std::string sql_name(const analysis::Analysis& an, const catalog::Table& t) {
  return sql_name(an, t.schema, t.name);
}

// "a, b" (messages) and "a, \"B\"" (fix SQL).
inline std::string column_list(const std::vector<std::string>& cols) {
  return str::join(cols, ", ");
}
inline std::string sql_column_list(const analysis::Analysis& an,
                                   const std::vector<std::string>& cols) {
  std::string out;
  for (const std::string& c : cols) {
    if (!out.empty()) {
      out += ", ";
    }
    out += sql_ident(an, c);
  }
  return out;
}

// A type as SQL for fixes: "int8", "varchar(255)[]", "public.\"Status\"". Built-in names are
// written bare (`numeric(10,2)`), except the internal one-byte "char".
inline std::string sql_type(const analysis::Analysis& an, const TypeRef& t) {
  std::string out = t.builtin          ? (t.name == "char" ? "\"char\"" : t.name)
                    : t.schema.empty() ? sql_ident(an, t.name)
                                       : sql_name(an, t.schema, t.name);
  if (!t.mods.empty()) {
    out += "(" + t.mods + ")";
  }
  for (std::uint8_t i = 0; i < t.array_dims; ++i) {
    out += "[]";
  }
  return out;
}

// Where a constraint or index was written: its own clause, else the statement.
inline const SourceRef& where(const SourceRef& loc, const catalog::History& hist) {
  return loc.valid() ? loc : hist.created;
}

// Where a column is defined. A column copied from a parent keeps the parent's definition as
// its `loc`; when that lies outside the statement that created this table's column, the
// statement is the better place.
inline const SourceRef& column_location(const catalog::Column& c) {
  const SourceRef& created = c.hist.created;
  if (!c.loc.valid()) {
    return created;
  }
  if (created.valid() && (c.loc.file != created.file || c.loc.begin < created.begin ||
                          c.loc.begin >= std::max(created.end, created.begin + 1))) {
    return created;
  }
  return c.loc;
}

// Keys as written for messages: "client_id", "lower(email)".
inline std::vector<std::string> key_texts(const catalog::Index& idx) {
  std::vector<std::string> out;
  out.reserve(idx.keys.size());
  for (const IndexKey& k : idx.keys) {
    out.push_back(k.is_expression() ? to_sql(k.expr) : k.column); // expr_text predates renames
  }
  return out;
}

// Columns the keys read, for the finding's object.
inline std::vector<std::string> key_columns(const catalog::Index& idx) {
  std::vector<std::string> out;
  for (const IndexKey& k : idx.keys) {
    for (const std::string& c : k.is_expression() ? k.expr_columns : std::vector{k.column}) {
      if (std::find(out.begin(), out.end(), c) == out.end()) {
        out.push_back(c);
      }
    }
  }
  return out;
}

} // namespace ddlint::rules
