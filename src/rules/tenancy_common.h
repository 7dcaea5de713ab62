// Helpers shared by the tenancy and row-level-security rules: how tables are named in messages
// and fixes, and the one-line tenancy note.
#pragma once

#include "analysis/analysis.h"
#include "base/strings.h"
#include "catalog/model.h"
#include "rules/rule.h"

#include <string>

namespace ddlint::rules {

// "orders" for public tables, "billing.orders" elsewhere (messages).
inline std::string display_name(const catalog::Table& t) {
  return t.schema == "public" || t.schema.empty() ? t.name : t.schema + "." + t.name;
}

// An identifier as SQL, quoted when PostgreSQL needs it (case, characters, reserved keyword).
inline std::string sql_ident(const RuleContext& ctx, const std::string& ident) {
  return str::quote_ident(ident, ctx.analysis().keyword_kind(ident) >= 3);
}

// "schema.name" as SQL (fixes always qualify: the search_path of a migration is unknown).
inline std::string sql_table(const RuleContext& ctx, const catalog::Table& t) {
  return sql_ident(ctx, t.schema) + "." + sql_ident(ctx, t.name);
}

// The tenancy model, after passing its detection note on to the user.
inline const analysis::Tenancy& tenancy(const RuleContext& ctx) {
  const analysis::Tenancy& ten = ctx.analysis().tenancy();
  if (!ten.note().empty()) {
    ctx.note(ten.note());
  }
  return ten;
}

// Where a column is defined (its definition, else the statement that added it). A column that
// came from a parent (INHERITS, LIKE) is located at the child's CREATE TABLE.
inline const SourceRef& column_loc(const catalog::Table& t, const catalog::Column& c) {
  if (c.inherited && t.hist.created.valid()) {
    return t.hist.created;
  }
  if (c.loc.valid()) {
    return c.loc;
  }
  return c.hist.created.valid() ? c.hist.created : t.hist.created;
}

// The tenant columns as they appear in messages: "tenant_id" or "one of tenant_id, org_id".
inline std::string tenant_columns_text(const analysis::Tenancy& ten) {
  return ten.columns().size() == 1 ? ten.columns().front()
                                   : "one of " + str::join(ten.columns(), ", ");
}

} // namespace ddlint::rules
