#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

class TenantFkScope final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-fk-scope",
      .category = Category::Tenancy,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "foreign key between two tenant tables that does not include the tenant column",
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
      const catalog::Column* tc = ten.tenant_column(t);
      if (tc == nullptr) {
        continue;
      }
      for (const catalog::Constraint& fk : t.constraints) {
        if (fk.kind != ConstraintKind::ForeignKey || fk.inherited) {
          continue;
        }
        const catalog::Table* target = cat.table(fk.ref_resolved.schema, fk.ref_resolved.name);
        if (target == nullptr || ten.scope(*target) != analysis::TenantScope::Tenant) {
          continue;
        }
        const catalog::Column* ttc = ten.tenant_column(*target);
        if (ttc == nullptr || fk.ref_columns_resolved.size() != fk.columns.size()) {
          continue;
        }
        const auto pos = std::find(fk.columns.begin(), fk.columns.end(), tc->name);
        const auto i = static_cast<std::size_t>(pos - fk.columns.begin());
        if (pos != fk.columns.end() && fk.ref_columns_resolved[i] == ttc->name) {
          continue;
        }
        const std::string what =
            fmt::format("foreign key {}({}) → {}({})", display_name(t), str::join(fk.columns, ", "),
                        display_name(*target), str::join(fk.ref_columns_resolved, ", "));
        auto b = ctx.report(fk.loc.valid() ? fk.loc : fk.hist.created);
        b.table(t).columns(fk.columns).constraint(fk.name);
        if (pos != fk.columns.end()) {
          b.message("{} pairs the tenant column {} with {}({}), not with its tenant column {}",
                    what, tc->name, display_name(*target), fk.ref_columns_resolved[i], ttc->name);
          continue;
        }
        b.message("{} does not include the tenant column {}: a row can reference another "
                  "tenant's row",
                  what, tc->name);
        b.fix(fix_sql(ctx, t, fk, *tc, *target, *ttc));
      }
    }
  }

private:
  // Replaces the FK by one that carries the tenant column on both sides (same name), adding the
  // UNIQUE key the new FK needs on the target when it has none.
  static std::string fix_sql(const RuleContext& ctx, const catalog::Table& t,
                             const catalog::Constraint& fk, const catalog::Column& tc,
                             const catalog::Table& target, const catalog::Column& ttc) {
    std::vector<std::string> cols{tc.name.string()};
    std::vector<std::string> refs{ttc.name.string()};
    cols.insert(cols.end(), fk.columns.begin(), fk.columns.end());
    refs.insert(refs.end(), fk.ref_columns_resolved.begin(), fk.ref_columns_resolved.end());
    auto sql_list = [&](const std::vector<std::string>& v) {
      std::vector<std::string> q;
      q.reserve(v.size());
      for (const std::string& s : v) {
        q.push_back(sql_ident(ctx, s));
      }
      return str::join(q, ", ");
    };
    auto same_set = [](std::vector<std::string> a, std::vector<std::string> b) {
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      return a == b;
    };
    const bool has_key =
        std::any_of(target.constraints.begin(), target.constraints.end(),
                    [&](const auto& k) {
                      return (k.kind == ConstraintKind::Unique ||
                              k.kind == ConstraintKind::PrimaryKey) &&
                             same_set(k.columns, refs);
                    }) ||
        std::any_of(target.indexes.begin(), target.indexes.end(), [&](const catalog::Index& i) {
          return i.unique && !i.has_predicate && same_set(i.column_names(), refs);
        });
    std::string sql;
    if (!has_key) {
      sql +=
          fmt::format("ALTER TABLE {} ADD UNIQUE ({});\n", sql_table(ctx, target), sql_list(refs));
    }
    sql += fmt::format(
        "ALTER TABLE {} DROP CONSTRAINT {}, ADD CONSTRAINT {} FOREIGN KEY ({}) "
        "REFERENCES {} ({}){}{};",
        sql_table(ctx, t), sql_ident(ctx, fk.name), sql_ident(ctx, fk.name), sql_list(cols),
        sql_table(ctx, target), sql_list(refs),
        fk.on_delete == FkAction::NoAction ? std::string()
        // SET NULL / SET DEFAULT must leave the tenant column alone (PostgreSQL 15)
        : fk.on_delete == FkAction::SetNull || fk.on_delete == FkAction::SetDefault
            ? fmt::format(" ON DELETE {} ({})", to_sql(fk.on_delete), sql_list(fk.columns))
            : std::string(" ON DELETE ") + to_sql(fk.on_delete),
        fk.on_update != FkAction::NoAction ? std::string(" ON UPDATE ") + to_sql(fk.on_update)
                                           : std::string());
    return sql;
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_fk_scope() {
  return std::make_unique<TenantFkScope>();
}

} // namespace ddlint::rules
