#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "allow",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "keywords accepted as identifiers (lower case)"},
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

// What the keyword category costs the identifier, for the message. `col_id`: the object is named
// where the grammar expects a ColId (schema, table, column, constraint, index), else a function
// or type name.
std::string consequence(int kind, std::string_view word, bool col_id) {
  const std::string kw = upper(word);
  if (kind == 4) {
    return fmt::format("the reserved keyword {}: every statement must quote it", kw);
  }
  if (kind == 3) {
    return col_id ? fmt::format("the keyword {} (type/function-name category): every statement "
                                "must quote it as a table or column name",
                                kw)
                  : fmt::format("the keyword {} (type/function-name category), which is SQL "
                                "syntax wherever it appears outside a function or type name",
                                kw);
  }
  return col_id ? fmt::format("the keyword {} (column-name category), which is SQL syntax too and "
                              "cannot name a function or type without quotes",
                              kw)
                : fmt::format("the keyword {} (column-name category): every statement must quote "
                              "it as a function or type name",
                              kw);
}

class ReservedIdentifier final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "reserved-identifier",
      .category = Category::Naming,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "reserved or type/column-name keyword used as identifier (user, order, timestamp)",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::vector<std::string> allow = ctx.option_list("allow");
    const analysis::Analysis& an = ctx.analysis();
    // Keyword category (2 column-name, 3 type/function-name, 4 reserved), or 0 when fine.
    auto kind = [&](std::string_view name) {
      if (!analysis::is_lower_snake(name) ||
          std::find(allow.begin(), allow.end(), name) != allow.end()) {
        return 0;
      }
      const int k = an.keyword_kind(name);
      return k >= 2 ? k : 0;
    };
    const catalog::Catalog& cat = ctx.catalog();
    for (const auto& s : cat.schemas()) {
      if (const int k = s->builtin ? 0 : kind(s->name)) {
        ObjectRef o;
        o.schema = s->name;
        ctx.report(s->hist.created)
            .object(std::move(o))
            .message("schema {} is named with {}", s->name, consequence(k, s->name, true));
      }
    }
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      const std::string tname = analysis::display_name(t.schema, t.name);
      if (const int k = kind(t.name)) {
        ctx.report(t.hist.created)
            .table(t)
            .message("{} {} is named with {}", t.is_view() ? "view" : "table", tname,
                     consequence(k, t.name, true));
      }
      if (t.is_table()) {
        for (const catalog::Column& c : t.columns) {
          if (c.inherited) {
            continue;
          }
          if (const int k = kind(c.name)) {
            ctx.report(c.loc).table(t).column(c.name).message(
                "column {}.{} is named with {}", tname, c.name, consequence(k, c.name, true));
          }
        }
      }
      if (t.rare->partition_of) {
        continue;
      }
      for (const catalog::Constraint& c : t.constraints) {
        if (c.name_generated || c.inherited) {
          continue;
        }
        if (const int k = kind(c.name)) {
          ctx.report(c.loc.valid() ? c.loc : c.hist.created)
              .table(t)
              .constraint(c.name)
              .message("constraint {} on {} is named with {}", c.name, tname,
                       consequence(k, c.name, true));
        }
      }
      for (const catalog::Index& i : t.indexes) {
        if (i.name_generated || !i.constraint.empty()) {
          continue;
        }
        if (const int k = kind(i.name)) {
          ctx.report(i.hist.created)
              .table(t)
              .index(i.name)
              .message("index {} on {} is named with {}", i.name, tname,
                       consequence(k, i.name, true));
        }
      }
    }
    for (const auto& ty : cat.types()) {
      if (const int k = kind(ty->name)) {
        ctx.report(ty->hist.created)
            .type(*ty)
            .message("type {} is named with {}", analysis::display_name(ty->schema, ty->name),
                     consequence(k, ty->name, false));
      }
    }
    for (const auto& f : cat.functions()) {
      if (const int k = kind(f->name)) {
        ctx.report(f->hist.created)
            .function(*f)
            .discriminator(f->signature())
            .message("{} {} is named with {}", f->procedure ? "procedure" : "function",
                     analysis::display_name(f->schema, f->name), consequence(k, f->name, false));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_reserved_identifier() {
  return std::make_unique<ReservedIdentifier>();
}

} // namespace ddlint::rules
