#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "config/config.h"
#include "rules/rule.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "threshold",
     .type = OptionType::Float,
     .default_value = "0.8",
     .doc = "shared non-audit columns, as a share of the larger table's, that make two tables "
            "duplicates"},
    {.name = "min_columns",
     .type = OptionType::Int,
     .default_value = "3",
     .doc = "tables with fewer non-audit columns are never compared"},
    {.name = "ignore_columns",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "column names left out of the comparison, besides ids, audit and tenant columns"},
};

constexpr std::size_t kMaxProbes = 512;

struct Entry {
  const catalog::Table* table = nullptr;
  std::vector<std::uint32_t> tokens; // column ids, rarest first
};

std::size_t required_overlap(double threshold, std::size_t size) {
  return static_cast<std::size_t>(std::ceil(threshold * static_cast<double>(size) - 1e-9));
}

// Tables compared by column-name sets with prefix filtering (the All-Pairs similarity join):
// every set is sorted rarest column first; two sets that share at least ceil(t * |A|) columns
// must share a column among the first |A| - ceil(t * |A|) + 1 of each. Only those prefixes are
// indexed and probed, so common names (name, status) rarely produce candidates and the work
// stays close to linear in the number of columns; candidates are verified exactly.
class DuplicateEntity final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "duplicate-entity",
      .category = Category::Normalization,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "two tables whose column sets mostly coincide (same entity stored twice)",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const double threshold = std::clamp(ctx.option_float("threshold"), 0.05, 1.0);
    const auto min_columns =
        static_cast<std::size_t>(std::max<std::int64_t>(1, ctx.option_int("min_columns")));
    const std::vector<std::string> ignored = ctx.option_list("ignore_columns");
    const catalog::Catalog& cat = ctx.catalog();

    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> names;
    std::vector<std::uint32_t> freq;
    std::vector<Entry> entries;
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of || t.temporary) {
        continue;
      }
      Entry e{&t, {}};
      for (const catalog::Column& c : t.columns) {
        if (analysis::is_audit_column(c.name) ||
            analysis::is_tenant_column(ctx.analysis().tenancy(), c.name) ||
            std::find(ignored.begin(), ignored.end(), c.name) != ignored.end()) {
          continue;
        }
        const auto [it, added] = ids.emplace(c.name, static_cast<std::uint32_t>(names.size()));
        if (added) {
          names.emplace_back(c.name);
          freq.push_back(0);
        }
        e.tokens.push_back(it->second);
      }
      std::sort(e.tokens.begin(), e.tokens.end());
      e.tokens.erase(std::unique(e.tokens.begin(), e.tokens.end()), e.tokens.end());
      if (e.tokens.size() < min_columns) {
        continue;
      }
      for (const std::uint32_t tok : e.tokens) {
        ++freq[tok];
      }
      entries.push_back(std::move(e));
    }
    // Global order: rarest column first, ties by id (stable, so results are deterministic).
    auto rarer = [&](std::uint32_t a, std::uint32_t b) {
      return freq[a] != freq[b] ? freq[a] < freq[b] : a < b;
    };
    for (Entry& e : entries) {
      std::sort(e.tokens.begin(), e.tokens.end(), rarer);
    }

    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> index; // token -> entries
    // Identical column sets: the first table stands for the rest, which are reported against it
    // without probing (a schema of generated tables may have thousands of them).
    struct Twins {
      std::uint32_t first = 0;
      std::size_t count = 0;
    };
    std::unordered_map<std::string, Twins> exact;
    std::vector<std::uint32_t> seen(entries.size(), UINT32_MAX);
    for (std::uint32_t ai = 0; ai < entries.size(); ++ai) {
      const Entry& a = entries[ai];
      const std::size_t na = a.tokens.size();
      std::vector<std::uint32_t> sorted = a.tokens;
      std::sort(sorted.begin(), sorted.end());
      std::string key;
      for (const std::uint32_t tok : sorted) {
        key += std::to_string(tok);
        key += ',';
      }
      Twins& twins = exact[key];
      if (twins.count++ > 0) {
        if (const std::optional<Match> m = verify(entries[twins.first], a, threshold, rarer)) {
          report(ctx, *m, a, twins.count - 2, names);
        }
        continue;
      }
      twins.first = ai;
      const std::size_t prefix = na - required_overlap(threshold, na) + 1;
      // Candidates from the prefix tokens, rarest first, at most kMaxProbes postings: the work
      // per table is bounded even when thousands of tables share their common columns, and the
      // rare columns, which make the closest twins, are probed first.
      std::vector<std::uint32_t> candidates;
      std::size_t probes = 0;
      for (std::size_t k = 0; k < prefix && k < na && probes < kMaxProbes; ++k) {
        const auto it = index.find(a.tokens[k]);
        if (it == index.end()) {
          continue;
        }
        for (const std::uint32_t bi : it->second) {
          if (++probes > kMaxProbes) {
            break;
          }
          if (seen[bi] == ai) {
            continue;
          }
          seen[bi] = ai;
          const std::size_t nb = entries[bi].tokens.size();
          // Size filter: the smaller set must hold the share of the larger one.
          if (static_cast<double>(std::min(na, nb)) <
              threshold * static_cast<double>(std::max(na, nb)) - 1e-9) {
            continue;
          }
          candidates.push_back(bi);
        }
      }
      // One finding per table: its closest earlier twin.
      std::optional<Match> best;
      for (const std::uint32_t bi : candidates) {
        std::optional<Match> m = verify(entries[bi], a, threshold, rarer);
        if (m && (!best || m->share > best->share ||
                  (m->share == best->share && m->earlier < best->earlier))) {
          best = std::move(m);
        }
      }
      if (best) {
        report(ctx, *best, a, 0, names);
      }
      for (std::size_t k = 0; k < prefix && k < na; ++k) {
        index[a.tokens[k]].push_back(ai);
      }
    }
  }

private:
  struct Match {
    const Entry* earlier = nullptr;
    std::vector<std::uint32_t> shared;
    double share = 0.0; // shared / larger set
  };

  template <typename Less>
  static std::optional<Match> verify(const Entry& earlier, const Entry& later, double threshold,
                                     Less rarer) {
    const catalog::Table& a = *earlier.table;
    const catalog::Table& b = *later.table;
    // Inheritance children share their parent's columns by construction.
    for (const QualName& p : b.rare->inherits) {
      if (p.schema == a.schema && p.name == a.name) {
        return std::nullopt;
      }
    }
    for (const QualName& p : a.rare->inherits) {
      if (p.schema == b.schema && p.name == b.name) {
        return std::nullopt;
      }
    }
    Match m;
    m.earlier = &earlier;
    std::set_intersection(earlier.tokens.begin(), earlier.tokens.end(), later.tokens.begin(),
                          later.tokens.end(), std::back_inserter(m.shared), rarer);
    const std::size_t larger = std::max(earlier.tokens.size(), later.tokens.size());
    if (m.shared.size() < required_overlap(threshold, larger)) {
      return std::nullopt;
    }
    m.share = static_cast<double>(m.shared.size()) / static_cast<double>(larger);
    return m;
  }

  static void report(const RuleContext& ctx, const Match& m, const Entry& later, std::size_t others,
                     const std::vector<std::string>& names) {
    const catalog::Table& a = *m.earlier->table;
    const catalog::Table& b = *later.table;
    std::vector<std::string> cols;
    for (const std::uint32_t tok : m.shared) {
      cols.push_back(names[tok]);
    }
    std::sort(cols.begin(), cols.end());
    if (cols.size() > 6) {
      cols.resize(6);
      cols.emplace_back("…");
    }
    const auto pct = static_cast<int>(std::lround(100.0 * m.share));
    ctx.report(b.hist.created)
        .table(b)
        .related(a.hist.created)
        .message("redundancy across tables, which 1NF to 3NF (one table at a time) do not catch: "
                 "tables {} and {} share {} of their non-audit columns ({}%: {}), so the same "
                 "entity may be stored twice{}",
                 analysis::display_name(a.schema, a.name), analysis::display_name(b.schema, b.name),
                 m.shared.size(), pct, str::join(cols, ", "),
                 others == 0 ? std::string()
                             : fmt::format(" ({} more earlier table{} with the same columns)",
                                           others, others == 1 ? "" : "s"));
  }
};

} // namespace

std::unique_ptr<Rule> make_duplicate_entity() {
  return std::make_unique<DuplicateEntity>();
}

} // namespace ddlint::rules
