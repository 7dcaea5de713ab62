#include "analysis/dependencies.h"

#include "analysis/naming.h"
#include "analysis/tenancy.h"

#include <algorithm>

namespace ddlint::analysis {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

std::string type_family(const TypeRef& t) {
  std::string base;
  const std::string_view n = t.name;
  if (n == "text" || n == "varchar" || n == "bpchar" || n == "citext" || n == "name") {
    base = "text";
  } else if (n == "int2" || n == "int4" || n == "int8") {
    base = "integer";
  } else if (n == "numeric" || n == "float4" || n == "float8" || n == "money") {
    base = "numeric";
  } else if (n == "timestamp" || n == "timestamptz" || n == "date") {
    base = "timestamp";
  } else if (n == "json" || n == "jsonb") {
    base = "json";
  } else {
    base = t.schema.empty() || t.builtin ? std::string(n) : t.schema + "." + std::string(n);
  }
  return t.array_dims > 0 ? base + "[]" : base;
}

std::vector<ForeignKeyCopies> copied_attributes(const catalog::Catalog& cat, const Tenancy& tenancy,
                                                const catalog::Table& t) {
  std::vector<ForeignKeyCopies> out;
  std::vector<std::string> fk_columns;
  for (const catalog::Constraint& c : t.constraints) {
    if (c.kind == ConstraintKind::ForeignKey) {
      fk_columns.insert(fk_columns.end(), c.columns.begin(), c.columns.end());
    }
  }
  std::vector<const catalog::Column*> claimed;
  for (const catalog::Constraint& fk : t.constraints) {
    if (fk.kind != ConstraintKind::ForeignKey || !fk.ref_exists ||
        fk.columns.size() != fk.ref_columns_resolved.size()) {
      continue;
    }
    const catalog::Table* target = cat.table(fk.ref_resolved.schema, fk.ref_resolved.name);
    if (target == nullptr || !target->is_table()) {
      continue;
    }
    // The one column of the key that is not the tenant.
    std::string col;
    std::string ref;
    int non_tenant = 0;
    for (std::size_t i = 0; i < fk.columns.size(); ++i) {
      if (!is_tenant_column(tenancy, fk.columns[i]) || fk.columns.size() == 1) {
        col = fk.columns[i];
        ref = fk.ref_columns_resolved[i];
        ++non_tenant;
      }
    }
    if (non_tenant != 1) {
      continue;
    }
    // The entity name the FK column carries: customer_id → customer, country_code → country
    // (referencing countries(code)), owner → owner.
    std::string x = col;
    if (ends_with(col, "_" + ref)) {
      x = col.substr(0, col.size() - ref.size() - 1);
    } else if (ends_with(col, "_id")) {
      x = col.substr(0, col.size() - 3);
    }
    // A key that is set to NULL when its target goes away marks the copies as snapshots kept
    // on purpose (an invoice line keeps the tax rate it was billed at): not a dependency.
    if (fk.on_delete == FkAction::SetNull || fk.on_delete == FkAction::SetDefault) {
      continue;
    }
    const catalog::Column* fk_col = t.column(col);
    const bool fk_nullable = fk_col != nullptr && !fk_col->not_null;
    const catalog::Constraint* target_pk = target->primary_key();
    ForeignKeyCopies fc{&fk, target, col, ref, {}};
    const std::string prefix = x + "_";
    for (const catalog::Column& c : t.columns) {
      if (c.name.size() <= prefix.size() || !c.name.starts_with(prefix) || c.generated ||
          contains(fk_columns, c.name) || is_tenant_column(tenancy, c.name)) {
        continue;
      }
      if (std::find(claimed.begin(), claimed.end(), &c) != claimed.end()) {
        continue;
      }
      // A variant of the key column itself (customer_id_old, customer_id_convert_to_bigint).
      if (c.name.starts_with(col + "_")) {
        continue;
      }
      const std::string attr(c.name.str().substr(prefix.size()));
      const catalog::Column* tc = target->column(attr);
      if (tc == nullptr || attr == ref || is_tenant_column(tenancy, attr) ||
          (target_pk != nullptr && contains(target_pk->columns, attr)) ||
          type_family(tc->type) != type_family(c.type)) {
        continue;
      }
      fc.copies.push_back(CopiedAttribute{&c, tc});
      claimed.push_back(&c);
    }
    // A copy that is required while the reference is optional exists without the referenced
    // row: the copies of this key are a snapshot (credit_notes_taxes keeps tax_name, tax_rate
    // and tax_description when tax_id is gone), not something the key determines.
    const bool snapshot =
        fk_nullable && std::any_of(fc.copies.begin(), fc.copies.end(),
                                   [](const CopiedAttribute& ca) { return ca.column->not_null; });
    if (!fc.copies.empty() && !snapshot) {
      out.push_back(std::move(fc));
    }
  }
  return out;
}

} // namespace ddlint::analysis
