#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "catalog/catalog.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "objects",
     .type = OptionType::StringList,
     .default_value = R"(["table", "column", "index", "constraint", "type", "function", "policy"])",
     .doc = "kinds of object whose names are checked"},
};

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Why the name is not snake case, for the message.
std::string reason(std::string_view name) {
  const bool other = std::any_of(name.begin(), name.end(), [](char c) {
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '$');
  });
  if (other || (!name.empty() && name[0] >= '0' && name[0] <= '9')) {
    return "it needs quotes in every statement";
  }
  if (has_upper(name)) {
    return "it was quoted to keep its upper case, so every statement must quote it the same way";
  }
  return "it needs quotes in every statement";
}

class NamingCase final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "naming-case",
      .category = Category::Naming,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "identifier not lower snake_case, or quoted to keep case",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::vector<std::string> kinds = ctx.option_list("objects");
    auto on = [&](std::string_view k) {
      return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
    };
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    auto bad = [](std::string_view n) { return !n.empty() && !analysis::is_lower_snake(n); };
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      // Partitions repeat their parent's generated names; report the parent.
      const bool partition = t.rare->partition_of.has_value();
      if (on("table") && bad(t.name)) {
        const std::string to = analysis::to_snake_case(t.name);
        auto b = ctx.report(t.hist.created);
        b.table(t).message("{} {} is not lower snake_case: {}", t.is_view() ? "view" : "table",
                           str::quote_ident(t.name), reason(t.name));
        if (good_new_name(an, to) && cat.table(t.schema, to) == nullptr) {
          b.fix(rename_table_sql(an, t, to));
        }
      }
      const std::string tname = analysis::display_name(t.schema, str::quote_ident(t.name));
      if (on("column") && t.is_table()) {
        for (const catalog::Column& c : t.columns) {
          if (c.inherited || !bad(c.name)) {
            continue;
          }
          const std::string to = analysis::to_snake_case(c.name);
          auto b = ctx.report(c.loc);
          b.table(t).column(c.name).message("column {}.{} is not lower snake_case: {}", tname,
                                            str::quote_ident(c.name), reason(c.name));
          if (good_new_name(an, to) && t.column(to) == nullptr) {
            b.fix(rename_column_sql(an, t, c.name, to));
          }
        }
      }
      if (on("constraint") && !partition) {
        for (const catalog::Constraint& k : t.constraints) {
          if (k.name_generated || k.inherited || !bad(k.name)) {
            continue;
          }
          const std::string to = analysis::to_snake_case(k.name);
          auto b = ctx.report(k.loc.valid() ? k.loc : k.hist.created);
          b.table(t).constraint(k.name).message("constraint {} on {} is not lower snake_case: {}",
                                                str::quote_ident(k.name), tname, reason(k.name));
          if (good_new_name(an, to) && t.constraint(to) == nullptr && t.index(to) == nullptr) {
            b.fix(rename_constraint_sql(an, t, k.name, to));
          }
        }
      }
      if (on("index") && !partition) {
        for (const catalog::Index& i : t.indexes) {
          // Indexes behind a constraint carry its name: reported as the constraint.
          if (i.name_generated || !i.constraint.empty() || !i.parent().empty() || !bad(i.name)) {
            continue;
          }
          const std::string to = analysis::to_snake_case(i.name);
          auto b = ctx.report(i.hist.created);
          b.table(t).index(i.name).message("index {} on {} is not lower snake_case: {}",
                                           str::quote_ident(i.name), tname, reason(i.name));
          if (good_new_name(an, to) && t.index(to) == nullptr &&
              cat.table(t.schema, to) == nullptr) {
            b.fix(rename_index_sql(an, t, i.name, to));
          }
        }
      }
      if (on("policy")) {
        for (const catalog::Policy& p : t.policies) {
          if (!bad(p.name)) {
            continue;
          }
          const std::string to = analysis::to_snake_case(p.name);
          auto b = ctx.report(p.hist.created);
          b.table(t).policy(p.name).message("policy {} on {} is not lower snake_case: {}",
                                            str::quote_ident(p.name), tname, reason(p.name));
          if (good_new_name(an, to) && t.policy(to) == nullptr) {
            b.fix(rename_policy_sql(an, t, p.name, to));
          }
        }
      }
    }
    if (on("type")) {
      for (const auto& ty : cat.types()) {
        if (!bad(ty->name)) {
          continue;
        }
        const std::string to = analysis::to_snake_case(ty->name);
        auto b = ctx.report(ty->hist.created);
        b.type(*ty).message("type {} is not lower snake_case: {}", str::quote_ident(ty->name),
                            reason(ty->name));
        if (good_new_name(an, to) && cat.type(ty->schema, to) == nullptr &&
            cat.table(ty->schema, to) == nullptr) {
          b.fix(rename_type_sql(an, *ty, to));
        }
      }
    }
    if (on("function")) {
      for (const auto& f : cat.functions()) {
        if (!bad(f->name)) {
          continue;
        }
        const std::string to = analysis::to_snake_case(f->name);
        auto b = ctx.report(f->hist.created);
        b.function(*f)
            .discriminator(f->signature())
            .message("{} {} is not lower snake_case: {}", f->procedure ? "procedure" : "function",
                     str::quote_ident(f->name), reason(f->name));
        const bool taken =
            std::any_of(cat.functions().begin(), cat.functions().end(), [&](const auto& g) {
              return g->schema == f->schema && g->name == to && g->arg_types == f->arg_types;
            });
        if (good_new_name(an, to) && !taken) {
          b.fix(rename_function_sql(an, *f, to));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_naming_case() {
  return std::make_unique<NamingCase>();
}

} // namespace ddlint::rules
