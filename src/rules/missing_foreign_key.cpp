#include "analysis/analysis.h"
#include "analysis/column_types.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace ddlint::rules {
namespace {

struct Target {
  const catalog::Table* table = nullptr;
  std::string column; // its single-column key
};

// An id-like key name: `id`, `uuid`, `customer_id`, `userid`. A `<x>_id` column rarely holds
// a table's `code` or `key`.
bool id_like(std::string_view key) {
  return key.ends_with("id");
}

// The single-column primary key, else the first single-column UNIQUE constraint, if id-like.
std::string single_key(const catalog::Table& t) {
  std::string key;
  if (const catalog::Constraint* pk = t.primary_key()) {
    key = pk->columns.size() == 1 ? pk->columns.front().str() : std::string();
  } else {
    for (const catalog::Constraint& c : t.constraints) {
      if (c.kind == ConstraintKind::Unique && c.columns.size() == 1) {
        key = c.columns.front();
        break;
      }
    }
  }
  return id_like(key) ? key : std::string();
}

enum class Family : std::uint8_t { Integer, Uuid, Other };

Family family(const analysis::EffectiveType& t) {
  const std::string_view n = t.base.name;
  if (!t.base.builtin || t.base.array_dims != 0) {
    return Family::Other;
  }
  if (n == "int2" || n == "int4" || n == "int8" || n == "numeric") {
    return Family::Integer;
  }
  return n == "uuid" ? Family::Uuid : Family::Other;
}

// An integer column cannot hold a uuid key and the reverse: such a column is something else.
bool incompatible(const analysis::EffectiveType& a, const analysis::EffectiveType& b) {
  const Family fa = family(a);
  const Family fb = family(b);
  return fa != Family::Other && fb != Family::Other && fa != fb;
}

// Table names a column `<x>_id` is named after: x, xs, xes, x(y->ies).
std::vector<std::string> table_names_for(std::string_view x) {
  std::vector<std::string> out{std::string(x), std::string(x) + "s", std::string(x) + "es"};
  if (x.size() > 1 && x.back() == 'y') {
    out.push_back(std::string(x.substr(0, x.size() - 1)) + "ies");
  }
  return out;
}

// A foreign key on one column (named `column`) to `target`.
struct Seen {
  Atom column;
  const catalog::Table* target = nullptr;
};

// Groups equal column names (atoms: one name, one pointer); the order is arbitrary but fixed.
bool by_column(const Seen& a, const Seen& b) {
  return std::less<>{}(a.column.data(), b.column.data());
}

bool in_foreign_key(const catalog::Table& t, std::string_view col) {
  return std::any_of(t.constraints.begin(), t.constraints.end(), [&](const catalog::Constraint& k) {
    return k.kind == ConstraintKind::ForeignKey &&
           std::find(k.columns.begin(), k.columns.end(), col) != k.columns.end();
  });
}

class MissingForeignKey final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "missing-foreign-key",
      .category = Category::Integrity,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "column named after a table (`<x>_id`) without a foreign key",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    // FK targets seen elsewhere, by referencing column name: `created_by_id` -> users(id). One
    // sorted array of (column, target) pairs: a map of maps took 16 MB at 100,000 tables.
    std::vector<Seen> seen;
    for (const auto& tp : cat.tables()) {
      for (const catalog::Constraint& k : tp->constraints) {
        if (k.kind == ConstraintKind::ForeignKey && k.columns.size() == 1 && k.ref_exists) {
          if (const catalog::Table* target =
                  cat.table(k.ref_resolved.schema, k.ref_resolved.name)) {
            seen.push_back(Seen{k.columns.front(), target});
          }
        }
      }
    }
    std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
      return by_column(a, b) || (!by_column(b, a) && std::less<>{}(a.target, b.target));
    });
    // Tenant columns (configured or detected) are tenant-column-no-fk's to report.
    const std::vector<std::string>& tenant_columns = an.tenancy().columns();

    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table()) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        const std::string_view name = c.name;
        // Generated columns copy a value out of other data (often a JSON document).
        if (!analysis::own_column(c) || c.generated || name.size() <= 3 || !name.ends_with("_id") ||
            in_foreign_key(t, c.name) ||
            std::find(tenant_columns.begin(), tenant_columns.end(), c.name) !=
                tenant_columns.end()) {
          continue;
        }
        const std::string_view x = name.substr(0, name.size() - 3);
        // `<x>_id` next to `<x>_type` is a polymorphic reference: no single target.
        if (t.column(std::string(x) + "_type") != nullptr) {
          continue;
        }
        const Target target = find_target(cat, t, x, seen, c.name);
        if (target.table == nullptr) {
          continue;
        }
        report(ctx, an, t, c, target);
      }
    }
  }

private:
  static Target find_target(const catalog::Catalog& cat, const catalog::Table& t,
                            std::string_view x, const std::vector<Seen>& seen, Atom column) {
    std::vector<std::string> schemas{t.schema.string()};
    if (t.schema != "public") {
      schemas.emplace_back("public");
    }
    for (const std::string& schema : schemas) {
      for (const std::string& candidate : table_names_for(x)) {
        const catalog::Table* target = cat.table(schema, candidate);
        if (target == nullptr || target == &t || !target->is_table()) {
          continue;
        }
        std::string key = single_key(*target);
        if (!key.empty()) {
          return Target{target, std::move(key)};
        }
      }
    }
    // Not named after a table: the target other tables' FKs on a column of this name use most.
    const auto [from, to] =
        std::equal_range(seen.begin(), seen.end(), Seen{column, nullptr}, by_column);
    const catalog::Table* best = nullptr;
    std::size_t best_count = 0;
    for (auto run = from; run != to;) { // runs of one target
      const catalog::Table* target = run->target;
      const auto run_end = std::find_if(run, to, [&](const Seen& s) { return s.target != target; });
      const auto count = static_cast<std::size_t>(run_end - run);
      run = run_end;
      if (target != &t && (count > best_count || (count == best_count && best != nullptr &&
                                                  target->qname() < best->qname()))) {
        best = target;
        best_count = count;
      }
    }
    if (best == nullptr) {
      return {};
    }
    std::string key = single_key(*best);
    return key.empty() ? Target{} : Target{best, std::move(key)};
  }

  static void report(const RuleContext& ctx, const analysis::Analysis& an, const catalog::Table& t,
                     const catalog::Column& c, const Target& target) {
    const catalog::Column* key = target.table->column(target.column);
    std::string types;
    if (key != nullptr) {
      const analysis::EffectiveType mine = analysis::effective_type(ctx.catalog(), c.type);
      const analysis::EffectiveType theirs = analysis::effective_type(ctx.catalog(), key->type);
      if (mine.known && theirs.known && incompatible(mine, theirs)) {
        return;
      }
      if (mine.known && theirs.known && !analysis::same_type(mine, theirs)) {
        types = fmt::format("; its type {} differs from {}.{} {}", analysis::describe(mine),
                            display_name(*target.table), key->name, analysis::describe(theirs));
      }
    }
    auto f = ctx.report(column_location(c));
    f.table(t)
        .column(c.name)
        .related(c.hist.last())
        .message("{}({}) has no foreign key; it likely references {}({}){}", display_name(t),
                 c.name, display_name(*target.table), target.column, types);
    if (!types.empty()) {
      return; // PostgreSQL would refuse the FK (or compare across types): fix the type first
    }
    const std::string name = analysis::suggest_name(
        analysis::NameKind::ForeignKey,
        analysis::naming_pattern(ctx.config(), analysis::NameKind::ForeignKey), t.name,
        {c.name.string()}, "", [&](std::string_view n) { return t.constraint(n) != nullptr; });
    const std::string add =
        fmt::format("ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})",
                    sql_name(an, t), sql_ident(an, name), sql_ident(an, c.name),
                    sql_name(an, *target.table), sql_ident(an, target.column));
    if (t.kind == catalog::TableKind::Partitioned) {
      // PostgreSQL 15 refuses NOT VALID foreign keys on a partitioned table.
      f.fix(add + ";");
      return;
    }
    // NOT VALID first: adding it takes a short lock; validating scans without blocking writes.
    f.fix(fmt::format("{} NOT VALID;\nALTER TABLE {} VALIDATE CONSTRAINT {};", add, sql_name(an, t),
                      sql_ident(an, name)));
  }
};

} // namespace

std::unique_ptr<Rule> make_missing_foreign_key() {
  return std::make_unique<MissingForeignKey>();
}

} // namespace ddlint::rules
