#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

class TenantColumnNoFk final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-column-no-fk",
      .category = Category::Tenancy,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "tenant column is not a foreign key to the tenant root table",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    if (!ten.active()) {
      return;
    }
    const catalog::Catalog& cat = ctx.catalog();
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (!analysis::Tenancy::judged(t) || ten.scope(t) != analysis::TenantScope::Tenant) {
        continue;
      }
      const catalog::Column* c = ten.tenant_column(t);
      if (c == nullptr || anchored(cat, ten, t, c->name)) {
        continue;
      }
      const catalog::Table* root = nullptr;
      for (const std::string& r : ten.root_names()) {
        const auto dot = r.find('.');
        if (const catalog::Table* rt = cat.table(r.substr(0, dot), r.substr(dot + 1))) {
          root = rt;
          break;
        }
      }
      auto b = ctx.report(column_loc(t, *c));
      b.table(t).column(c->name);
      if (ten.root_names().empty()) {
        b.message("tenant column {}({}) is not a foreign key", display_name(t), c->name);
        continue;
      }
      b.message("tenant column {}({}) is not a foreign key to {}", display_name(t), c->name,
                root != nullptr ? display_name(*root) : ten.root_names().front());
      // The fix needs the root's single-column key of the same type.
      const catalog::Constraint* pk = root != nullptr ? root->primary_key() : nullptr;
      if (pk == nullptr || pk->columns.size() != 1) {
        continue;
      }
      const catalog::Column* key = root->column(pk->columns.front());
      if (key == nullptr || key->type.name != c->type.name) {
        continue;
      }
      b.fix(fmt::format("ALTER TABLE {} ADD FOREIGN KEY ({}) REFERENCES {} ({});",
                        sql_table(ctx, t), sql_ident(ctx, c->name), sql_table(ctx, *root),
                        sql_ident(ctx, key->name)));
    }
  }

private:
  // A FK holds the tenant column to a root: directly, or as part of a composite FK that maps it
  // onto the tenant column of another tenant table (which is anchored in turn).
  static bool anchored(const catalog::Catalog& cat, const analysis::Tenancy& ten,
                       const catalog::Table& t, std::string_view col) {
    return std::any_of(t.constraints.begin(), t.constraints.end(), [&](const auto& fk) {
      if (fk.kind != ConstraintKind::ForeignKey) {
        return false;
      }
      const auto pos = std::find(fk.columns.begin(), fk.columns.end(), col);
      if (pos == fk.columns.end()) {
        return false;
      }
      if (ten.is_root(fk.ref_resolved)) {
        return true;
      }
      const catalog::Table* target = cat.table(fk.ref_resolved.schema, fk.ref_resolved.name);
      const auto i = static_cast<std::size_t>(pos - fk.columns.begin());
      if (target == nullptr || fk.columns.size() < 2 || i >= fk.ref_columns_resolved.size()) {
        return false;
      }
      const catalog::Column* ttc = ten.tenant_column(*target);
      return ttc != nullptr && ttc->name == fk.ref_columns_resolved[i];
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_column_no_fk() {
  return std::make_unique<TenantColumnNoFk>();
}

} // namespace ddlint::rules
