#include "analysis/policy_expr.h"
#include "catalog/catalog.h"
#include "config/config.h"
#include "ir/expr_sql.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>
#include <unordered_set>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "trusted_accessors",
     .type = OptionType::StringList,
     .default_value =
         R"json(["current_setting('app.*')", "current_setting('request.jwt.claim*')", )json"
         R"json("auth.uid()", "auth.jwt() ->> 'tenant_id'", )json"
         R"json("auth.jwt() -> 'app_metadata' ->> *", "current_user", "session_user"])json",
     .doc = "where a policy may take the current tenant from when it compares the tenant column "
            "with it directly (globs, found anywhere in the value; casts, blanks and parentheses "
            "are ignored); functions defined in the inputs or listed in `external`, other "
            "columns and sub-selects are always accepted"},
    {.name = "owner_accessors",
     .type = OptionType::StringList,
     .default_value = R"json(["auth.uid()", "current_user", "session_user"])json",
     .doc = "the current user: a USING clause that limits rows to those a column of the table "
            "ties to the current user (`user_id = auth.uid()`) is narrower than the tenant and "
            "accepted; clauses that guard writes still need the tenant column"},
    {.name = "privileged_roles",
     .type = OptionType::StringList,
     .default_value = R"(["postgres", "service_role", "supabase_admin"])",
     .doc = "roles that may see every tenant: policies only for them are not reported"},
};

class PolicyTenantScope final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "policy-tenant-scope",
      .category = Category::Security,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "policy on a tenant table whose USING / WITH CHECK never reads the tenant column",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    if (!ten.active()) {
      return;
    }
    const std::vector<std::string> privileged = ctx.option_list("privileged_roles");
    std::vector<std::string> trusted;
    for (const std::string& a : ctx.option_list("trusted_accessors")) {
      trusted.push_back(analysis::accessor_key(a));
    }
    std::vector<std::string> owners;
    for (const std::string& a : ctx.option_list("owner_accessors")) {
      owners.push_back(analysis::accessor_key(a));
    }
    std::unordered_set<std::string> functions;
    for (const auto& f : ctx.catalog().functions()) {
      functions.insert(f->schema + "." + f->name);
      functions.insert(f->name);
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
      for (const catalog::Policy& p : t.policies) {
        if (!p.permissive || analysis::only_roles_in(p, privileged) ||
            guarded(cat, t, p, tc->name)) {
          continue;
        }
        for (const Clause& c : clauses(p)) {
          const auto truth = analysis::constant_truth(*c.expr);
          if (truth && *truth) {
            break; // policy-always-true reports it
          }
          const auto refs = analysis::policy_column_refs(*c.expr, t, tc->name, cat);
          if (refs.empty()) {
            if (!c.writes && owner_scoped(*c.expr, t, cat, owners)) {
              continue;
            }
            ctx.report(p.hist.last())
                .table(t)
                .policy(p.name)
                .message("policy {} on {} never reads the tenant column {} in its {} clause{}",
                         str::quote_ident(p.name), display_name(t), tc->name, c.label,
                         c.stands_in ? ", which also checks written rows" : "");
            break;
          }
          const std::string untrusted = only_untrusted(ctx, *c.expr, refs, trusted, functions);
          if (!untrusted.empty()) {
            ctx.report(p.hist.last())
                .table(t)
                .policy(p.name)
                .message("policy {} on {} compares the tenant column {} only with {} in its {} "
                         "clause, which is not a trusted tenant accessor",
                         str::quote_ident(p.name), display_name(t), tc->name, untrusted, c.label);
            break;
          }
        }
      }
    }
  }

private:
  struct Clause {
    const char* label;
    const Expr* expr;
    bool writes;    // guards rows written (WITH CHECK, or USING standing in for it)
    bool stands_in; // USING that also serves as the missing WITH CHECK
  };

  // USING guards reads (select/update/delete/all), WITH CHECK writes (insert/update/all); an
  // update/all policy without WITH CHECK checks written rows with its USING.
  static std::vector<Clause> clauses(const catalog::Policy& p) {
    std::vector<Clause> out;
    const bool writes = p.command == "all" || p.command == "insert" || p.command == "update";
    if (p.command != "insert" && p.has_using) {
      const bool stands_in = writes && !p.has_check;
      out.push_back({"USING", &p.using_expr, stands_in, stands_in});
    }
    if (writes && p.has_check) {
      out.push_back({"WITH CHECK", &p.check_expr, true, false});
    }
    return out;
  }

  // `col = auth.uid()` (or another owner accessor, possibly as `(SELECT auth.uid())`) on a column
  // of the policy's own table, outside sub-selects.
  static bool owner_scoped(const Expr& e, const catalog::Table& t, const catalog::Catalog& cat,
                           const std::vector<std::string>& owners) {
    std::vector<const Expr*> stack{&e};
    while (!stack.empty()) {
      const Expr* x = stack.back();
      stack.pop_back();
      if (x->kind == Expr::Kind::Select) {
        continue;
      }
      if (x->kind == Expr::Kind::Op && x->name == "=" && x->args.size() == 2) {
        for (std::size_t i = 0; i < 2; ++i) {
          const Expr& col = analysis::strip_casts(x->args[i]);
          if (col.kind != Expr::Kind::Column ||
              analysis::policy_column_refs(col, t, col.name, cat).empty()) {
            continue;
          }
          const std::string key = analysis::accessor_key(x->args[1 - i]);
          if (std::any_of(owners.begin(), owners.end(), [&](const std::string& o) {
                return str::glob_match("*" + o + "*", key);
              })) {
            return true;
          }
        }
      }
      for (const Expr& a : x->args) {
        stack.push_back(&a);
      }
    }
    return false;
  }

  // A restrictive policy for the same command that reads the tenant column scopes every
  // permissive policy of that command.
  static bool guarded(const catalog::Catalog& cat, const catalog::Table& t,
                      const catalog::Policy& p, const std::string& col) {
    return std::any_of(t.policies.begin(), t.policies.end(), [&](const catalog::Policy& r) {
      if (r.permissive || (r.command != "all" && r.command != p.command)) {
        return false;
      }
      const auto clauses = analysis::policy_clauses(r);
      return !clauses.empty() && std::all_of(clauses.begin(), clauses.end(), [&](const auto& c) {
        return !analysis::policy_column_refs(*c.expr, t, col, cat).empty();
      });
    });
  }

  // When every read of the tenant column is a direct comparison with a value that comes from
  // neither a trusted accessor, nor a helper function, nor a sub-select or another column: the
  // text of one such value; else "".
  static std::string only_untrusted(const RuleContext& ctx, const Expr& e,
                                    const std::vector<const Expr*>& refs,
                                    const std::vector<std::string>& trusted,
                                    const std::unordered_set<std::string>& functions) {
    std::vector<const Expr*> untrusted_refs;
    std::string example;
    e.walk([&](const Expr& x) {
      const bool equality =
          (x.kind == Expr::Kind::Op && (x.name == "=" || x.name == "IS NOT DISTINCT FROM")) ||
          x.kind == Expr::Kind::In || x.kind == Expr::Kind::AnyAll;
      if (!equality || x.args.size() < 2) {
        return;
      }
      for (std::size_t i = 0; i < x.args.size(); ++i) {
        const Expr* operand = &analysis::strip_casts(x.args[i]);
        if (std::find(refs.begin(), refs.end(), operand) == refs.end()) {
          continue;
        }
        // The value side: the other operand of `=`, or the list of IN / ANY.
        bool all_untrusted = true;
        for (std::size_t j = 0; j < x.args.size(); ++j) {
          if (j != i && !untrusted(ctx, x.args[j], trusted, functions)) {
            all_untrusted = false;
          }
        }
        if (all_untrusted) {
          untrusted_refs.push_back(operand);
          if (example.empty()) {
            example = ddlint::to_sql(x.args[i == 0 ? 1 : 0]);
          }
        }
      }
    });
    const bool all = std::all_of(refs.begin(), refs.end(), [&](const Expr* r) {
      return std::find(untrusted_refs.begin(), untrusted_refs.end(), r) != untrusted_refs.end();
    });
    return all ? example : std::string();
  }

  static bool untrusted(const RuleContext& ctx, const Expr& v,
                        const std::vector<std::string>& trusted,
                        const std::unordered_set<std::string>& functions) {
    bool has_call = false;
    bool vouched = false;
    v.walk([&](const Expr& x) {
      switch (x.kind) {
      case Expr::Kind::Column:
      case Expr::Kind::Param:
      case Expr::Kind::SubLink:
      case Expr::Kind::Select:
        vouched = true;
        break;
      case Expr::Kind::Func: {
        has_call = true;
        const std::string q = x.path.empty() ? x.name : x.path.back() + "." + x.name;
        if (functions.contains(q) || ctx.config().is_external(q + "()")) {
          vouched = true;
        }
        break;
      }
      default:
        break;
      }
    });
    if (vouched || !has_call) {
      return false;
    }
    const std::string key = analysis::accessor_key(v);
    return std::none_of(trusted.begin(), trusted.end(),
                        [&](const std::string& p) { return str::glob_match("*" + p + "*", key); });
  }
};

} // namespace

std::unique_ptr<Rule> make_policy_tenant_scope() {
  return std::make_unique<PolicyTenantScope>();
}

} // namespace ddlint::rules
