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
      functions.insert(f->name.string());
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
            guarded(ctx, cat, t, p, tc->name, functions)) {
          continue;
        }
        for (const Clause& c : clauses(p)) {
          const auto truth = analysis::constant_truth(*c.expr);
          if (truth && *truth) {
            break; // policy-always-true reports it
          }
          const auto refs = analysis::policy_column_refs(*c.expr, t, tc->name, cat);
          if (refs.empty() || !Scope{ctx, refs, functions}.scoped(*c.expr)) {
            if (!c.writes && owner_scoped(*c.expr, t, cat, owners)) {
              continue;
            }
            if (refs.empty()) {
              ctx.report(p.hist.last())
                  .table(t)
                  .policy(p.name)
                  .message("policy {} on {} never reads the tenant column {} in its {} clause{}",
                           str::quote_ident(p.name), display_name(t), tc->name, c.label,
                           c.stands_in ? ", which also checks written rows" : "");
            } else {
              ctx.report(p.hist.last())
                  .table(t)
                  .policy(p.name)
                  .message("policy {} on {} reads the tenant column {} in its {} clause{} but "
                           "never requires it to equal the current tenant",
                           str::quote_ident(p.name), display_name(t), tc->name, c.label,
                           c.stands_in ? ", which also checks written rows," : "");
            }
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
      out.push_back({"USING", &*p.using_expr, stands_in, stands_in});
    }
    if (writes && p.has_check) {
      out.push_back({"WITH CHECK", &*p.check_expr, true, false});
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

  // Whether an expression limits rows to the current tenant: the tenant column (one of `refs`)
  // must equal a value (`=`, `IS NOT DISTINCT FROM`, `IN (list)`, `= ANY (...)`, `IN (SELECT`
  // with a WHERE), be passed to a helper function defined in the inputs or `external`, or be
  // matched by a correlated sub-select that also restricts its rows otherwise (`EXISTS (SELECT
  // 1 FROM memberships m WHERE m.tenant_id = projects.tenant_id AND m.user_id = auth.uid())`).
  // `<>`, `IS NOT NULL` and an uncorrelated `IN (SELECT id FROM tenants)` accept every tenant.
  // AND needs one scoped operand, OR all of them; NOT never scopes.
  struct Scope {
    const RuleContext& ctx;
    const std::vector<const Expr*>& refs;
    const std::unordered_set<std::string>& functions;

    bool is_ref(const Expr& e) const {
      const Expr* x = &analysis::strip_casts(e);
      return std::find(refs.begin(), refs.end(), x) != refs.end();
    }
    bool mentions_ref(const Expr& e) const {
      bool found = false;
      e.walk([&](const Expr& x) {
        found = found || std::find(refs.begin(), refs.end(), &x) != refs.end();
      });
      return found;
    }
    static bool no_where(const Expr& w) {
      return w.kind == Expr::Kind::Other && w.args.empty() && w.name.empty();
    }
    static void conjuncts(const Expr& e, std::vector<const Expr*>& out) {
      const Expr& x = analysis::strip_casts(e);
      if (x.kind == Expr::Kind::And) {
        for (const Expr& a : x.args) {
          conjuncts(a, out);
        }
      } else {
        out.push_back(&x);
      }
    }
    // `tenant_id IN (SELECT ...)`: the sub-select must pick some tenants, not all of them.
    static bool restricted(const Expr& sel) {
      if (sel.kind != Expr::Kind::Select || sel.args.empty()) {
        return false;
      }
      if (sel.path.empty()) {
        return true; // SELECT current_tenant()
      }
      const Expr& where = sel.args.front();
      if (no_where(where)) {
        return false;
      }
      const auto truth = analysis::constant_truth(where);
      return !truth.has_value();
    }
    // A correlated sub-select: one conjunct of its WHERE scopes the tenant column, another
    // restricts the sub-select's rows (without it, EXISTS only says the tenant exists), unless
    // the test of `x IN (SELECT ...)` already restricts them (`filtered`).
    bool correlated(const Expr& sel, bool filtered) const {
      if (sel.kind != Expr::Kind::Select || sel.args.empty() || no_where(sel.args.front())) {
        return false;
      }
      std::vector<const Expr*> parts;
      conjuncts(sel.args.front(), parts);
      bool scoping = false;
      bool other = false;
      for (const Expr* c : parts) {
        if (!scoping && scoped(*c)) {
          scoping = true;
        } else if (!analysis::constant_truth(*c).has_value()) {
          other = true;
        }
      }
      return scoping && (other || filtered);
    }
    bool helper(const Expr& f) const {
      const std::string q = f.path.empty() ? f.name.string() : f.path.back() + "." + f.name;
      return functions.contains(q) || ctx.config().is_external(q + "()");
    }

    bool scoped(const Expr& e) const {
      const Expr& x = analysis::strip_casts(e);
      switch (x.kind) {
      case Expr::Kind::And:
        return std::any_of(x.args.begin(), x.args.end(), [&](const Expr& a) { return scoped(a); });
      case Expr::Kind::Or:
        return !x.args.empty() &&
               std::all_of(x.args.begin(), x.args.end(), [&](const Expr& a) { return scoped(a); });
      case Expr::Kind::BoolTest:
        return x.name == "true" && !x.args.empty() && scoped(x.args[0]);
      case Expr::Kind::Op:
        if ((x.name == "=" || x.name == "IS NOT DISTINCT FROM") && x.args.size() == 2) {
          for (std::size_t i = 0; i < 2; ++i) {
            if (is_ref(x.args[i]) && !mentions_ref(x.args[1 - i])) {
              return true;
            }
          }
        }
        return false;
      case Expr::Kind::In:
        return x.flag == 0 && x.name == "=" && x.args.size() >= 2 && is_ref(x.args[0]) &&
               std::none_of(x.args.begin() + 1, x.args.end(),
                            [&](const Expr& a) { return mentions_ref(a); });
      case Expr::Kind::AnyAll:
        return x.flag == 0 && x.name == "=" && x.args.size() == 2 && is_ref(x.args[0]) &&
               !mentions_ref(x.args[1]);
      case Expr::Kind::SubLink: {
        if (x.args.size() < 2) {
          return false;
        }
        const Expr& sel = x.args[1];
        if (x.name == "any" && (x.path.empty() || x.path.front() == "=") && is_ref(x.args[0])) {
          return !mentions_ref(sel) ? restricted(sel) : correlated(sel, false);
        }
        if (x.name == "exists" || x.name == "expr") {
          return correlated(sel, false);
        }
        if (x.name == "any" && (x.path.empty() || x.path.front() == "=")) {
          return correlated(sel, !no_where(x.args[0]));
        }
        return false;
      }
      case Expr::Kind::Func:
        return helper(x) &&
               std::any_of(x.args.begin(), x.args.end(), [&](const Expr& a) { return is_ref(a); });
      default:
        return false;
      }
    }
  };

  // A restrictive policy for the same command that scopes the tenant column scopes every
  // permissive policy of that command.
  static bool guarded(const RuleContext& ctx, const catalog::Catalog& cat, const catalog::Table& t,
                      const catalog::Policy& p, std::string_view col,
                      const std::unordered_set<std::string>& functions) {
    return std::any_of(t.policies.begin(), t.policies.end(), [&](const catalog::Policy& r) {
      if (r.permissive || (r.command != "all" && r.command != p.command)) {
        return false;
      }
      const auto clauses = analysis::policy_clauses(r);
      return !clauses.empty() && std::all_of(clauses.begin(), clauses.end(), [&](const auto& c) {
        const auto refs = analysis::policy_column_refs(*c.expr, t, col, cat);
        return !refs.empty() && Scope{ctx, refs, functions}.scoped(*c.expr);
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
        const std::string q = x.path.empty() ? x.name.string() : x.path.back() + "." + x.name;
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
