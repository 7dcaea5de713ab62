// RENAME statements for fixes of the naming rules (naming-case, identifier-length,
// table-name-inflection, fk-column-naming, boolean-naming, timestamp-naming). `from` is the name
// the object has now; every name is quoted as PostgreSQL needs.
#pragma once

#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/model.h"

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace ddlint::rules {

// A name worth proposing: lower snake case, at most 63 bytes, and not a keyword that needs quotes
// somewhere (a rename to "user" would trade one finding for another).
inline bool good_new_name(const analysis::Analysis& a, std::string_view name) {
  return !name.empty() && name.size() <= 63 && analysis::is_lower_snake(name) &&
         a.keyword_kind(name) < 2;
}

inline const char* relation_keyword(catalog::TableKind kind) {
  switch (kind) {
  case catalog::TableKind::View:
    return "VIEW";
  case catalog::TableKind::MatView:
    return "MATERIALIZED VIEW";
  case catalog::TableKind::Foreign:
    return "FOREIGN TABLE";
  default:
    return "TABLE";
  }
}

inline std::string rename_table_sql(const analysis::Analysis& a, const catalog::Table& t,
                                    std::string_view to) {
  return fmt::format("ALTER {} {} RENAME TO {};", relation_keyword(t.kind),
                     analysis::sql_qualified(a, t.schema, t.name), analysis::sql_ident(a, to));
}

inline std::string rename_column_sql(const analysis::Analysis& a, const catalog::Table& t,
                                     std::string_view from, std::string_view to) {
  return fmt::format("ALTER {} {} RENAME COLUMN {} TO {};", relation_keyword(t.kind),
                     analysis::sql_qualified(a, t.schema, t.name), analysis::sql_ident(a, from),
                     analysis::sql_ident(a, to));
}

inline std::string rename_constraint_sql(const analysis::Analysis& a, const catalog::Table& t,
                                         std::string_view from, std::string_view to) {
  return fmt::format("ALTER TABLE {} RENAME CONSTRAINT {} TO {};",
                     analysis::sql_qualified(a, t.schema, t.name), analysis::sql_ident(a, from),
                     analysis::sql_ident(a, to));
}

inline std::string rename_index_sql(const analysis::Analysis& a, const catalog::Table& t,
                                    std::string_view from, std::string_view to) {
  return fmt::format("ALTER INDEX {} RENAME TO {};", analysis::sql_qualified(a, t.schema, from),
                     analysis::sql_ident(a, to));
}

inline std::string rename_policy_sql(const analysis::Analysis& a, const catalog::Table& t,
                                     std::string_view from, std::string_view to) {
  return fmt::format("ALTER POLICY {} ON {} RENAME TO {};", analysis::sql_ident(a, from),
                     analysis::sql_qualified(a, t.schema, t.name), analysis::sql_ident(a, to));
}

inline std::string rename_type_sql(const analysis::Analysis& a, const catalog::Type& ty,
                                   std::string_view to) {
  return fmt::format("ALTER {} {} RENAME TO {};",
                     ty.kind == catalog::TypeKind::Domain ? "DOMAIN" : "TYPE",
                     analysis::sql_qualified(a, ty.schema, ty.name), analysis::sql_ident(a, to));
}

inline std::string rename_function_sql(const analysis::Analysis& a, const catalog::Function& f,
                                       std::string_view to) {
  std::vector<std::string> args;
  for (const TypeRef& t : f.arg_types) {
    // Built-in types by their internal names (int4, varchar, timestamptz), valid as written.
    std::string s = t.schema.empty() || t.builtin ? t.name.string()
                                                  : analysis::sql_qualified(a, t.schema, t.name);
    for (std::uint8_t d = 0; d < t.array_dims; ++d) {
      s += "[]";
    }
    args.push_back(std::move(s));
  }
  return fmt::format("ALTER {} {}({}) RENAME TO {};", f.procedure ? "PROCEDURE" : "FUNCTION",
                     analysis::sql_qualified(a, f.schema, f.name), str::join(args, ", "),
                     analysis::sql_ident(a, to));
}

} // namespace ddlint::rules
