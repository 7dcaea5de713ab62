#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

// A UNIQUE constraint or plain unique index whose columns are all NOT NULL: a key PostgreSQL
// would accept as the primary key as it stands.
struct CandidateKey {
  std::string name;
  std::vector<std::string> columns;
};

std::optional<CandidateKey> candidate_key(const catalog::Table& t) {
  auto all_not_null = [&](const std::vector<std::string>& cols) {
    return !cols.empty() && std::all_of(cols.begin(), cols.end(), [&](const std::string& c) {
      const catalog::Column* col = t.column(c);
      return col != nullptr && col->not_null;
    });
  };
  for (const catalog::Constraint& c : t.constraints) {
    if (c.kind == ConstraintKind::Unique && !c.nulls_not_distinct && all_not_null(c.columns)) {
      return CandidateKey{c.name.string(), c.columns};
    }
  }
  for (const catalog::Index& i : t.indexes) {
    if (!i.unique || !i.constraint.empty() || i.has_predicate) {
      continue;
    }
    const std::vector<std::string> cols = i.column_names();
    if (std::find(cols.begin(), cols.end(), "") == cols.end() && all_not_null(cols)) {
      return CandidateKey{i.name.string(), cols};
    }
  }
  return std::nullopt;
}

class NoPrimaryKey final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "no-primary-key",
      .category = Category::Normalization,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "table without a primary key",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (t.kind != catalog::TableKind::Table && t.kind != catalog::TableKind::Partitioned) {
        continue;
      }
      // Partitions get the parent's key (cloned by the catalog); a key-less parent is reported
      // once, on the parent. Temporary tables are scratch space.
      if (t.rare->partition_of || t.temporary || t.primary_key() != nullptr) {
        continue;
      }
      const std::string name = analysis::display_name(t.schema, t.name);
      std::string detail;
      std::string fix;
      if (const auto key = candidate_key(t)) {
        detail = fmt::format("; unique key {} ({}) on NOT NULL columns could be promoted",
                             key->name, str::join(key->columns, ", "));
        std::vector<std::string> cols;
        for (const std::string& c : key->columns) {
          cols.push_back(analysis::sql_ident(an, c));
        }
        fix = fmt::format("ALTER TABLE {} ADD PRIMARY KEY ({});",
                          analysis::sql_qualified(an, t.schema, t.name), str::join(cols, ", "));
      }
      // INHERITS copies columns, NOT NULL and CHECKs, never the parent's primary key.
      for (const QualName& p : t.rare->inherits) {
        const catalog::Table* parent = cat.table(p.schema, p.name);
        if (parent != nullptr && parent->primary_key() != nullptr) {
          detail += fmt::format("; INHERITS does not copy the primary key of {}",
                                analysis::display_name(p.schema, p.name));
          break;
        }
      }
      auto b = ctx.report(t.hist.created);
      b.table(t).message("1NF: table {} has no primary key, so its rows cannot be told apart{}",
                         name, detail);
      if (!fix.empty()) {
        b.fix(std::move(fix));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_no_primary_key() {
  return std::make_unique<NoPrimaryKey>();
}

} // namespace ddlint::rules
