#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

#include <algorithm>
#include <map>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "min_length",
     .type = OptionType::Int,
     .default_value = "3",
     .doc = "how many consecutively numbered columns make a repeating group"},
};

// A column name split around its last run of digits: "address_line_2" → ("address_line_", 2,
// ""), "phone2_type" → ("phone", 2, "_type").
struct Numbered {
  std::string prefix;
  std::string suffix;
  std::uint64_t number = 0;
};

std::optional<Numbered> split_number(std::string_view name) {
  std::size_t end = name.size();
  while (end > 0 && !(name[end - 1] >= '0' && name[end - 1] <= '9')) {
    --end;
  }
  if (end == 0) {
    return std::nullopt;
  }
  std::size_t begin = end;
  while (begin > 0 && name[begin - 1] >= '0' && name[begin - 1] <= '9') {
    --begin;
  }
  const std::string_view prefix = name.substr(0, begin);
  // The stem must name something: "_1" is not a series of anything, and single letters
  // ("c1, c2, c3", "x1, x2, x3") are placeholders or coordinates rather than repeated
  // attributes. A suffix counts towards the stem ("q1_sales").
  const auto letters = [](std::string_view s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (letters(prefix) == 0 || letters(prefix) + letters(name.substr(end)) < 2 || end - begin > 6) {
    return std::nullopt;
  }
  Numbered n;
  n.prefix = std::string(prefix);
  n.suffix = std::string(name.substr(end));
  for (std::size_t i = begin; i < end; ++i) {
    n.number = n.number * 10 + static_cast<std::uint64_t>(name[i] - '0');
  }
  return n;
}

class RepeatingGroup final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "repeating-group",
      .category = Category::Normalization,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "1NF: numbered column series (phone1, phone2, phone3)",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const auto min_length =
        static_cast<std::size_t>(std::max<std::int64_t>(2, ctx.option_int("min_length")));
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      // stem + suffix + type -> (number, column index)
      std::map<std::string, std::vector<std::pair<std::uint64_t, std::size_t>>> groups;
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const catalog::Column& c = t.columns[i];
        if (c.inherited) {
          continue;
        }
        if (const auto n = split_number(c.name)) {
          const std::string key = n->prefix + '#' + n->suffix + '\x1f' + c.type.name + '[' +
                                  std::to_string(c.type.array_dims);
          groups[key].emplace_back(n->number, i);
        }
      }
      for (auto& [key, members] : groups) {
        if (members.size() < min_length) {
          continue;
        }
        std::sort(members.begin(), members.end());
        // The longest run of consecutive numbers.
        std::size_t best_begin = 0;
        std::size_t best_len = 1;
        std::size_t run_begin = 0;
        for (std::size_t k = 1; k <= members.size(); ++k) {
          if (k < members.size() && members[k].first == members[k - 1].first + 1) {
            continue;
          }
          if (k - run_begin > best_len) {
            best_len = k - run_begin;
            best_begin = run_begin;
          }
          run_begin = k;
        }
        if (best_len < min_length) {
          continue;
        }
        std::vector<std::string> names;
        std::size_t first_col = members[best_begin].second;
        for (std::size_t k = best_begin; k < best_begin + best_len; ++k) {
          names.emplace_back(t.columns[members[k].second].name);
          first_col = std::min(first_col, members[k].second);
        }
        const std::string prefix = key.substr(0, key.find('#'));
        const std::string suffix =
            key.substr(key.find('#') + 1, key.find('\x1f') - key.find('#') - 1);
        std::string stem = prefix + suffix;
        while (!stem.empty() && stem.back() == '_') {
          stem.pop_back();
        }
        ctx.report(t.columns[first_col].loc)
            .table(t)
            .columns(names)
            .message("1NF: columns {} of {} are a repeating group (a numbered series of {}, {} "
                     "columns of type {})",
                     str::join(names, ", "), analysis::display_name(t.schema, t.name), stem,
                     names.size(), t.columns[first_col].type.display());
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_repeating_group() {
  return std::make_unique<RepeatingGroup>();
}

} // namespace ddlint::rules
