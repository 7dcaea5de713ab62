#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ddlint::rules {
namespace {

// Parts of function names that generate unique values (gen_random_uuid, nextval, make_token).
constexpr std::array<std::string_view, 8> kGenerators = {
    "nextval", "uuid", "random", "token", "nanoid", "ulid", "snowflake", "generate_id"};

class TenantUniqueScope final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-unique-scope",
      .category = Category::Tenancy,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "UNIQUE constraint or index on a tenant table that omits the tenant column",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    if (!ten.active()) {
      return;
    }
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!analysis::Tenancy::judged(t) || ten.scope(t) != analysis::TenantScope::Tenant) {
        continue;
      }
      const catalog::Column* tc = ten.tenant_column(t);
      if (tc == nullptr) {
        continue;
      }
      for (const catalog::Constraint& k : t.constraints) {
        if ((k.kind != ConstraintKind::Unique && k.kind != ConstraintKind::PrimaryKey) ||
            k.inherited || contains(k.columns, tc->name) ||
            std::any_of(k.columns.begin(), k.columns.end(), [&](const Atom c) {
              return unique_per_tenant(
                  ctx, ten, t, c, k.kind == ConstraintKind::PrimaryKey && k.columns.size() == 1);
            })) {
          continue;
        }
        ctx.report(k.loc.valid() ? k.loc : k.hist.created)
            .table(t)
            .columns(k.columns)
            .constraint(k.name)
            .message("{} {}({}) does not include the tenant column {}: two tenants cannot "
                     "hold the same value",
                     k.kind == ConstraintKind::PrimaryKey ? "primary key" : "unique constraint",
                     display_name(t), str::join(k.columns, ", "), tc->name);
      }
      for (const catalog::Index& i : t.indexes) {
        if (!i.unique || !i.constraint.empty() || !i.parent().empty()) {
          continue;
        }
        bool reads_tenant = false;
        std::vector<std::string> keys;
        for (const IndexKey& k : i.keys) {
          reads_tenant =
              reads_tenant || k.column == tc->name || contains(k.expr_columns(), tc->name);
          keys.push_back(k.is_expression() ? k.expr_text() : k.column.string());
        }
        if (reads_tenant || std::any_of(i.keys.begin(), i.keys.end(), [&](const IndexKey& k) {
              return !k.is_expression() && unique_per_tenant(ctx, ten, t, k.column, false);
            })) {
          continue;
        }
        std::vector<std::string> cols;
        for (const IndexKey& k : i.keys) {
          if (!k.is_expression()) {
            cols.emplace_back(k.column);
          } else {
            cols.insert(cols.end(), k.expr_columns().begin(), k.expr_columns().end());
          }
        }
        ctx.report(i.loc.valid() ? i.loc : i.hist.created)
            .table(t)
            .columns(cols)
            .index(i.name)
            .message("unique index {} on {}({}){} does not include the tenant column {}: two "
                     "tenants cannot hold the same value",
                     i.name, display_name(t), str::join(keys, ", "),
                     i.has_predicate ? " WHERE " + i.predicate_text() : "", tc->name);
      }
    }
  }

private:
  static bool contains(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }

  // A key column whose values cannot repeat in two tenants, which makes any key holding it safe:
  // the table's own surrogate (identity, serial, a generated default, a uuid that is not a
  // foreign key, a single-column primary key named id), or a single-column FK to a table whose
  // rows each belong to one tenant (an id of another tenant's row cannot be referenced there).
  static bool unique_per_tenant(const RuleContext& ctx, const analysis::Tenancy& ten,
                                const catalog::Table& t, std::string_view col, bool sole_pk) {
    const catalog::Column* c = t.column(col);
    if (c == nullptr) {
      return false;
    }
    const catalog::Constraint* fk = nullptr;
    for (const catalog::Constraint& k : t.constraints) {
      if (k.kind == ConstraintKind::ForeignKey && contains(k.columns, col) &&
          (fk == nullptr || k.columns.size() < fk->columns.size())) {
        fk = &k;
      }
    }
    if (fk != nullptr) {
      if (fk->columns.size() != 1) {
        return false;
      }
      const catalog::Table* target =
          ctx.catalog().table(fk->ref_resolved.schema, fk->ref_resolved.name);
      return target != nullptr && ten.holds_tenant_rows(*target);
    }
    if ((c->type.name == "uuid" && c->type.array_dims == 0) || c->identity != Identity::None ||
        c->serial != Serial::None || (sole_pk && col == "id")) {
      return true;
    }
    bool generated = false;
    if (c->has_default) {
      c->default_expr->walk([&](const Expr& e) {
        if (e.kind == Expr::Kind::Func) {
          const std::string name = str::to_lower(e.name);
          for (const std::string_view g : kGenerators) {
            generated = generated || name.find(g) != std::string::npos;
          }
        }
      });
    }
    return generated;
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_unique_scope() {
  return std::make_unique<TenantUniqueScope>();
}

} // namespace ddlint::rules
