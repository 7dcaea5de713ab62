#include "catalog/catalog.h"
#include "config/config.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "writable_schemas",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "schemas untrusted roles can create objects in: a search_path that lists one of them "
            "is as unsafe as none. Unset: `public` when `postgres_version` is below 15 (where "
            "every role may create objects in public), none from 15 on. Schemas the inputs "
            "`GRANT CREATE` on to PUBLIC or to a role other than their owner are writable too"},
};

class SecurityDefinerSearchPath final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "security-definer-search-path",
      .category = Category::Security,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "SECURITY DEFINER function without SET search_path",
      .fix = FixAvailability::Always,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::vector<std::string> writable = writable_schemas(ctx);
    auto is_writable = [&](std::string_view s) {
      return std::find(writable.begin(), writable.end(), s) != writable.end();
    };
    for (const auto& fp : ctx.catalog().functions()) {
      const catalog::Function& f = *fp;
      if (!f.security_definer) {
        continue;
      }
      std::string bad;
      for (const std::string& s : f.search_path) {
        if (is_writable(s)) {
          bad = s;
          break;
        }
      }
      if (f.has_search_path && bad.empty()) {
        continue;
      }
      // The function's own schema, unless untrusted roles can write there, then pg_temp last
      // so that temporary objects cannot shadow anything.
      const std::string path =
          is_writable(f.schema) ? "pg_catalog, pg_temp" : sql_ident(ctx, f.schema) + ", pg_temp";
      std::vector<std::string> args;
      args.reserve(f.arg_types.size());
      for (const TypeRef& a : f.arg_types) {
        args.push_back(a.display());
      }
      const std::string kind = f.procedure ? "procedure" : "function";
      const std::string name =
          f.schema == "public" ? f.signature() : f.schema + "." + f.signature();
      auto b = ctx.report(f.hist.last());
      // Overloads share schema and name: the signature tells them apart.
      b.function(f)
          .discriminator(f.signature())
          .fix(fmt::format(
              "-- unqualified names in the body must resolve through the new search_path\n"
              "ALTER {} {}.{}({}) SET search_path = {};",
              f.procedure ? "PROCEDURE" : "FUNCTION", sql_ident(ctx, f.schema),
              sql_ident(ctx, f.name), str::join(args, ", "), path));
      if (!f.has_search_path) {
        b.message("SECURITY DEFINER {} {} has no SET search_path: a caller's search_path can "
                  "make it run other objects with its owner's rights",
                  kind, name);
      } else {
        b.message("SECURITY DEFINER {} {} sets search_path to {}, which untrusted roles can "
                  "write to{}",
                  kind, name, bad, granted(ctx, bad));
      }
    }
  }

private:
  // " (GRANT CREATE ON SCHEMA s TO PUBLIC, ...)" when the inputs made the schema writable.
  static std::string granted(const RuleContext& ctx, const std::string& schema) {
    for (const auto& s : ctx.catalog().schemas()) {
      if (s->name == schema && !s->create_grantees.empty()) {
        std::vector<std::string> roles;
        for (const std::string& r : s->create_grantees) {
          roles.push_back(r == "public" ? "PUBLIC" : r);
        }
        return fmt::format(" (GRANT CREATE ON SCHEMA {} TO {})", schema, str::join(roles, ", "));
      }
    }
    return {};
  }

  static std::vector<std::string> writable_schemas(const RuleContext& ctx) {
    const RuleSetting* s = ctx.config().setting(kMeta.id);
    const bool configured =
        s != nullptr && std::any_of(s->options.begin(), s->options.end(),
                                    [](const auto& o) { return o.first == "writable_schemas"; });
    // PostgreSQL 15 revoked CREATE on public from PUBLIC.
    std::vector<std::string> out = configured ? ctx.option_list("writable_schemas")
                                   : ctx.config().postgres_version < 15
                                       ? std::vector<std::string>{"public"}
                                       : std::vector<std::string>{};
    // What the inputs grant: GRANT CREATE ON SCHEMA s TO PUBLIC (or to another role than the
    // owner) lets that role plant objects a search_path naming s would find.
    for (const auto& sc : ctx.catalog().schemas()) {
      if (!sc->create_grantees.empty() &&
          std::find(out.begin(), out.end(), sc->name) == out.end()) {
        out.push_back(sc->name);
      }
    }
    return out;
  }
};

} // namespace

std::unique_ptr<Rule> make_security_definer_search_path() {
  return std::make_unique<SecurityDefinerSearchPath>();
}

} // namespace ddlint::rules
