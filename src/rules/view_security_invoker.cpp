#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <unordered_map>

namespace ddlint::rules {
namespace {

class ViewSecurityInvoker final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "view-security-invoker",
      .category = Category::Security,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "view reads an RLS table without security_invoker = true: it bypasses RLS",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const catalog::Catalog& cat = ctx.catalog();
    // The first RLS table each relation reads (itself, or through the views it reads), memoised
    // so that every view is walked once.
    std::unordered_map<const catalog::Table*, const catalog::Table*> memo;
    for (const auto& vp : cat.tables()) {
      const catalog::Table& v = *vp;
      if (v.kind != catalog::TableKind::View || v.rare->security_invoker.value_or(false)) {
        continue;
      }
      const catalog::Table* rls = rls_read(cat, v, memo, 0);
      if (rls == nullptr) {
        continue;
      }
      ctx.report(v.hist.last())
          .table(v)
          .message("view {} reads {}, which has row-level security, without security_invoker: "
                   "it returns rows with its owner's rights and bypasses the policies",
                   display_name(v), display_name(*rls))
          .fix(fmt::format("ALTER VIEW {} SET (security_invoker = true);", sql_table(ctx, v)));
    }
  }

private:
  static const catalog::Table*
  rls_read(const catalog::Catalog& cat, const catalog::Table& v,
           std::unordered_map<const catalog::Table*, const catalog::Table*>& memo, int depth) {
    const auto it = memo.find(&v);
    if (it != memo.end()) {
      return it->second;
    }
    memo[&v] = nullptr; // a cycle (impossible in PostgreSQL) or depth guard ends here
    const catalog::Table* found = nullptr;
    for (const QualName& q : v.rare->reads) {
      const catalog::Table* r = cat.table(q.schema, q.name);
      if (r == nullptr) {
        continue;
      }
      if (r->is_table() && r->rls_enabled) {
        found = r;
      } else if (r->kind == catalog::TableKind::View && depth < 64) {
        found = rls_read(cat, *r, memo, depth + 1);
      }
      if (found != nullptr) {
        break;
      }
    }
    memo[&v] = found;
    return found;
  }
};

} // namespace

std::unique_ptr<Rule> make_view_security_invoker() {
  return std::make_unique<ViewSecurityInvoker>();
}

} // namespace ddlint::rules
