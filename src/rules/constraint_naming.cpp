#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "catalog/naming.h"
#include "rules/rule.h"

#include <optional>
#include <regex>

namespace ddlint::rules {
namespace {

// Option names are read by other rules too (fk-missing-index names the index it suggests after
// `index`): keep them as SPEC section 4 spells them.
constexpr OptionSpec kOptions[] = {
    {.name = "index",
     .type = OptionType::String,
     .default_value = R"x("^(idx|ix)_")x",
     .doc = "regular expression index names must match"},
    {.name = "foreign_key",
     .type = OptionType::String,
     .default_value = R"("^fk_")",
     .doc = "regular expression foreign key names must match"},
    {.name = "check",
     .type = OptionType::String,
     .default_value = R"x("^(chk|check)_")x",
     .doc = "regular expression CHECK constraint names must match"},
    {.name = "unique",
     .type = OptionType::String,
     .default_value = R"x("(^uq_|_(key|unique)$)")x",
     .doc = "regular expression UNIQUE constraint (and unique index) names must match"},
    {.name = "primary_key",
     .type = OptionType::String,
     .default_value = R"("_pkey$")",
     .doc = "regular expression primary key names must match"},
    {.name = "require_explicit",
     .type = OptionType::Bool,
     .default_value = "false",
     .doc = "also report constraints and indexes whose name PostgreSQL chose (no explicit name)"},
};

// The name PostgreSQL generates for a constraint, which pg_dump then writes out explicitly:
// such names are accepted like generated ones.
std::string postgres_name(const catalog::Table& t, const catalog::Constraint& c) {
  switch (c.kind) {
  case ConstraintKind::PrimaryKey:
    return catalog::make_object_name(t.name, "", "pkey");
  case ConstraintKind::Unique:
    return catalog::make_object_name(t.name, catalog::name_addition(c.columns), "key");
  case ConstraintKind::ForeignKey:
    return catalog::make_object_name(t.name, catalog::name_addition(c.columns), "fkey");
  case ConstraintKind::Check:
    return catalog::make_object_name(t.name, c.columns.size() == 1 ? c.columns.front() : "",
                                     "check");
  case ConstraintKind::Exclude:
    return catalog::make_object_name(t.name, catalog::name_addition(c.columns), "excl");
  }
  return {};
}

std::string postgres_index_name(const catalog::Table& t, const catalog::Index& i) {
  return catalog::make_object_name(
      t.name, catalog::name_addition(catalog::index_column_names(i.keys)), "idx");
}

// `name` is `generated` or `generated` plus the digits PostgreSQL appends on a clash.
bool same_as_generated(std::string_view name, std::string_view generated) {
  if (generated.empty() || !name.starts_with(generated)) {
    return false;
  }
  const std::string_view rest = name.substr(generated.size());
  return std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const char* kind_label(ConstraintKind k) {
  switch (k) {
  case ConstraintKind::PrimaryKey:
    return "primary key";
  case ConstraintKind::Unique:
    return "unique constraint";
  case ConstraintKind::ForeignKey:
    return "foreign key";
  case ConstraintKind::Check:
    return "check constraint";
  case ConstraintKind::Exclude:
    return "exclusion constraint";
  }
  return "constraint";
}

class ConstraintNaming final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "constraint-naming",
      .category = Category::Naming,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "index/pk/fk/unique/check names do not match the configured patterns",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    // The default patterns are literal prefixes and suffixes: those are matched without the
    // regex engine (str::LiteralPattern answers exactly what regex_search would).
    struct Pattern {
      std::string text;
      std::optional<str::LiteralPattern> literal;
      std::optional<std::regex> re;
      bool active() const { return literal || re; }
    };
    auto compile = [&](std::string_view option) {
      Pattern p{ctx.option_string(option), std::nullopt, std::nullopt};
      if (p.text.empty()) {
        return p;
      }
      p.literal = str::LiteralPattern::parse(p.text);
      if (p.literal) {
        return p;
      }
      try {
        p.re.emplace(p.text, std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        ctx.note(fmt::format("constraint-naming: option {} is not a valid regular expression "
                             "({}); names of that kind are not checked",
                             option, e.what()));
      }
      return p;
    };
    const Pattern index = compile("index");
    const Pattern fk = compile("foreign_key");
    const Pattern check = compile("check");
    const Pattern unique = compile("unique");
    const Pattern pkey = compile("primary_key");
    const bool require_explicit = ctx.option_bool("require_explicit");
    auto matches = [](const Pattern& p, std::string_view name) {
      if (p.literal) {
        return p.literal->matches(name);
      }
      return !p.re || std::regex_search(name.begin(), name.end(), *p.re);
    };

    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      const std::string tname = analysis::display_name(t.schema, t.name);
      for (const catalog::Constraint& c : t.constraints) {
        if (c.inherited) {
          continue;
        }
        const SourceRef& at = c.loc.valid() ? c.loc : c.hist.created;
        if (c.name_generated) {
          if (require_explicit) {
            ctx.report(at).table(t).constraint(c.name).message(
                "{} {} on {} has no explicit name: PostgreSQL chose it", kind_label(c.kind), c.name,
                tname);
          }
          continue;
        }
        const Pattern* p = nullptr;
        switch (c.kind) {
        case ConstraintKind::PrimaryKey:
          p = &pkey;
          break;
        case ConstraintKind::Unique:
          p = &unique;
          break;
        case ConstraintKind::ForeignKey:
          p = &fk;
          break;
        case ConstraintKind::Check:
          p = &check;
          break;
        case ConstraintKind::Exclude:
          break;
        }
        if (p == nullptr || matches(*p, c.name) || same_as_generated(c.name, postgres_name(t, c))) {
          continue;
        }
        ctx.report(at).table(t).constraint(c.name).message(
            "{} {} on {} does not match the naming pattern {}", kind_label(c.kind), c.name, tname,
            p->text);
      }
      for (const catalog::Index& i : t.indexes) {
        // Indexes behind constraints are named by the constraint; clones by their parent.
        if (!i.constraint.empty() || !i.parent().empty()) {
          continue;
        }
        if (i.name_generated) {
          if (require_explicit) {
            ctx.report(i.hist.created)
                .table(t)
                .index(i.name)
                .message("index {} on {} has no explicit name: PostgreSQL chose it", i.name, tname);
          }
          continue;
        }
        if (matches(index, i.name) || (i.unique && unique.active() && matches(unique, i.name)) ||
            same_as_generated(i.name, postgres_index_name(t, i))) {
          continue;
        }
        ctx.report(i.hist.created)
            .table(t)
            .index(i.name)
            .message("{}index {} on {} does not match the naming pattern {}",
                     i.unique ? "unique " : "", i.name, tname,
                     i.unique ? index.text + " or " + unique.text : index.text);
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_constraint_naming() {
  return std::make_unique<ConstraintNaming>();
}

} // namespace ddlint::rules
