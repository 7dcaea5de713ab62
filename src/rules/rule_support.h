// Small text helpers that several rules share for messages and fix SQL.
#pragma once

#include "base/strings.h"
#include "catalog/model.h"

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

// "public.orders", quoted where needed (fix SQL).
inline std::string sql_name(std::string_view schema, std::string_view name) {
  return schema.empty() ? str::quote_ident(name)
                        : str::quote_ident(schema) + "." + str::quote_ident(name);
}
inline std::string sql_name(const catalog::Table& t) {
  return sql_name(t.schema, t.name);
}

// "a, b" (messages) and "a, \"B\"" (fix SQL).
inline std::string column_list(const std::vector<std::string>& cols) {
  return str::join(cols, ", ");
}
inline std::string sql_column_list(const std::vector<std::string>& cols) {
  std::string out;
  for (const std::string& c : cols) {
    if (!out.empty()) {
      out += ", ";
    }
    out += str::quote_ident(c);
  }
  return out;
}

// Where a constraint or index was written: its own clause, else the statement.
inline const SourceRef& where(const SourceRef& loc, const catalog::History& hist) {
  return loc.valid() ? loc : hist.created;
}

} // namespace ddlint::rules
