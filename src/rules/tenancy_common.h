// Helpers shared by the tenancy and row-level-security rules (on top of rule_support.h): fix
// SQL names from a RuleContext, the one-line tenancy note, and where a column is reported.
#pragma once

#include "analysis/analysis.h"
#include "base/strings.h"
#include "catalog/model.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

#include <string>

namespace ddlint::rules {

// An identifier as SQL, quoted when PostgreSQL needs it (case, characters, reserved keyword).
inline std::string sql_ident(const RuleContext& ctx, std::string_view ident) {
  return sql_ident(ctx.analysis(), ident);
}

// "schema.name" as SQL (fixes always qualify: the search_path of a migration is unknown).
inline std::string sql_table(const RuleContext& ctx, const catalog::Table& t) {
  return sql_name(ctx.analysis(), t);
}

// The tenancy model, after passing its detection note on to the user.
inline const analysis::Tenancy& tenancy(const RuleContext& ctx) {
  const analysis::Tenancy& ten = ctx.analysis().tenancy();
  if (!ten.note().empty()) {
    ctx.note(ten.note());
  }
  return ten;
}

// Where a column is reported: a column that came from a parent (INHERITS, LIKE) at the child's
// CREATE TABLE, else where it is defined.
inline const SourceRef& column_loc(const catalog::Table& t, const catalog::Column& c) {
  if (c.inherited && t.hist.created.valid()) {
    return t.hist.created;
  }
  return column_location(c);
}

// The tenant columns as they appear in messages: "tenant_id" or "one of tenant_id, org_id".
inline std::string tenant_columns_text(const analysis::Tenancy& ten) {
  return ten.columns().size() == 1 ? ten.columns().front()
                                   : "one of " + str::join(ten.columns(), ", ");
}

} // namespace ddlint::rules
