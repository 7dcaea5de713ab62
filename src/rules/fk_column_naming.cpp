#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "catalog/catalog.h"
#include "config/config.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "format",
     .type = OptionType::String,
     .default_value = "\"{singular}_{column}\"",
     .doc = "expected name of a foreign key column: {singular} is the referenced table's name "
            "made singular, {table} the name as is, {column} the referenced column"},
    {.name = "allow_role_prefix",
     .type = OptionType::Bool,
     .default_value = "true",
     .doc = "accept a role before the expected name (billing_address_id for addresses)"},
    {.name = "exceptions",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "column names (or table.column) never reported"},
};

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
    s.replace(p, from.size(), to);
  }
  return s;
}

class FkColumnNaming final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "fk-column-naming",
      .category = Category::Naming,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "foreign key column not named <singular target>_id",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::string format = ctx.option_string("format");
    const bool role_prefix = ctx.option_bool("allow_role_prefix");
    const std::vector<std::string> exceptions = ctx.option_list("exceptions");
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      std::vector<std::string> done;
      for (const catalog::Constraint& fk : t.constraints) {
        if (fk.kind != ConstraintKind::ForeignKey || fk.inherited ||
            fk.columns.size() != fk.ref_columns_resolved.size()) {
          continue;
        }
        // Several keys to the same table, or one to itself: each column must say its role.
        const bool roles = fk.ref_resolved == t.qname() ||
                           std::count_if(t.constraints.begin(), t.constraints.end(),
                                         [&](const catalog::Constraint& o) {
                                           return o.kind == ConstraintKind::ForeignKey &&
                                                  o.ref_resolved == fk.ref_resolved;
                                         }) > 1;
        for (std::size_t i = 0; i < fk.columns.size(); ++i) {
          const Atom col = fk.columns[i];
          const Atom ref = fk.ref_columns_resolved[i];
          // Composite keys repeat the tenant column (tenant_id -> tenant_id).
          if ((fk.columns.size() > 1 && col == ref) ||
              analysis::is_tenant_column(ctx.analysis().tenancy(), col) ||
              std::find(done.begin(), done.end(), col) != done.end() ||
              std::find(exceptions.begin(), exceptions.end(), col) != exceptions.end() ||
              std::find(exceptions.begin(), exceptions.end(), t.name + "." + col) !=
                  exceptions.end()) {
            continue;
          }
          std::string expected =
              replace_all(format, "{singular}", analysis::singular_name(fk.ref_resolved.name));
          expected = replace_all(expected, "{table}", fk.ref_resolved.name);
          expected = replace_all(expected, "{column}", ref);
          const std::string ending = "_" + ref;
          if (col == expected || (role_prefix && col.ends_with("_" + expected)) ||
              (roles && col.ends_with(ending))) {
            continue;
          }
          done.emplace_back(col);
          auto b = ctx.report(fk.loc.valid() ? fk.loc : fk.hist.created);
          b.table(t).column(col).constraint(fk.name).message(
              "foreign key column {}.{} references {}({}) but is not named {}",
              analysis::display_name(t.schema, t.name), col,
              analysis::display_name(fk.ref_resolved.schema, fk.ref_resolved.name), ref, expected);
          // Rename only when nothing is lost: the column names the target itself ("user",
          // "users_id", "userid"); a role ("author") is better kept by a person.
          std::string bare(col);
          for (const std::string& end :
               {"_" + ref, ref.string(), std::string("_id"), std::string("id")}) {
            if (bare.size() > end.size() && bare.ends_with(end)) {
              bare.resize(bare.size() - end.size());
              break;
            }
          }
          const bool lossless =
              bare == fk.ref_resolved.name || bare == analysis::singular_name(fk.ref_resolved.name);
          if (fk.columns.size() == 1 && !roles && lossless &&
              good_new_name(ctx.analysis(), expected) && t.column(expected) == nullptr) {
            b.fix(rename_column_sql(ctx.analysis(), t, col, expected));
          }
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_fk_column_naming() {
  return std::make_unique<FkColumnNaming>();
}

} // namespace ddlint::rules
