#include "analysis/column_types.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "words",
     .type = OptionType::StringList,
     .default_value = R"(["password", "passwd", "secret", "api_key", "apikey", "token", )"
                      R"("access_token", "refresh_token", "private_key", "credentials"])",
     .doc = "whole words (or runs of words) of a snake_case column name that name a secret"},
    {.name = "marked_words",
     .type = OptionType::StringList,
     .default_value = R"(["hash", "hashed", "digest", "encrypted", "enc", "ciphertext"])",
     .doc = "words that mark the column as hashed or encrypted"},
    {.name = "trailing_words",
     .type = OptionType::StringList,
     .default_value = R"(["key", "value", "plain", "plaintext", "raw", "text", "str", "string", )"
                      R"("data", "bytes"])",
     .doc = "words that may follow the secret's name and still name the secret itself "
            "(secret_key, token_value); any other word makes the column describe a secret "
            "rather than hold it (password_changed_at, token_type, forgot_password_methods)"},
};

// Types that can hold a secret as written.
constexpr std::array<std::string_view, 9> kTextTypes = {
    "text", "varchar", "bpchar", "char", "citext", "json", "jsonb", "bytea", "name"};

class PlaintextSecret final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "plaintext-secret",
      .category = Category::Security,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "column named like a secret that is not marked hashed or encrypted",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    std::vector<std::vector<std::string>> secrets;
    for (const std::string& w : ctx.option_list("words")) {
      secrets.push_back(str::split(str::to_lower(w), '_'));
    }
    const std::vector<std::string> marked = ctx.option_list("marked_words");
    const std::vector<std::string> trailing = ctx.option_list("trailing_words");
    auto in = [](const std::vector<std::string>& v, const std::string& s) {
      return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        // Through domains: `password secret_t` with `CREATE DOMAIN secret_t AS text` is text.
        const analysis::EffectiveType et = analysis::effective_type(ctx.catalog(), c.type);
        const TypeRef& type = et.known ? et.base : c.type;
        if ((c.inherited && !t.rare->inherits.empty()) || !holds_text(type)) {
          continue;
        }
        const std::vector<std::string> words = str::split(str::to_lower(c.name), '_');
        if (words.empty() || std::any_of(words.begin(), words.end(),
                                         [&](const std::string& w) { return in(marked, w); })) {
          continue;
        }
        // The secret must be what the column holds: only trailing words may follow it
        // (reset_password_token holds a token, forgot_password_methods does not hold one).
        const std::vector<std::string>* hit = nullptr;
        std::size_t hit_end = 0;
        for (const auto& s : secrets) {
          if (s.empty()) {
            continue;
          }
          const auto at = std::find_end(words.begin(), words.end(), s.begin(), s.end());
          if (at == words.end()) {
            continue;
          }
          const std::size_t end = static_cast<std::size_t>(at - words.begin()) + s.size();
          const bool holds =
              std::all_of(words.begin() + static_cast<std::ptrdiff_t>(end), words.end(),
                          [&](const std::string& w) { return in(trailing, w); });
          if (holds &&
              (hit == nullptr || end > hit_end || (end == hit_end && s.size() > hit->size()))) {
            hit = &s;
            hit_end = end;
          }
        }
        if (hit == nullptr ||
            (type.name == "bytea" && type.array_dims == 0 && documented(c, marked))) {
          continue;
        }
        ctx.report(column_loc(t, c))
            .table(t)
            .column(c.name)
            .message("column {}({}) is named like a secret ({}) and is stored as {}{}, not "
                     "marked hashed or encrypted",
                     display_name(t), c.name, str::join(*hit, "_"), c.type.display(),
                     et.domain.empty()
                         ? std::string()
                         : " (through domain " + et.domain + " over " + et.base.display() + ")");
      }
    }
  }

private:
  static bool holds_text(const TypeRef& t) {
    return std::any_of(kTextTypes.begin(), kTextTypes.end(),
                       [&](std::string_view k) { return t.name == k; });
  }

  // COMMENT ON COLUMN or a trailing comment that says the (bytea) value is hashed or
  // encrypted: a whole word (`marked_words`, encrypt, encryption, cipher) that no negation in the
  // three words before it takes back ("not encrypted", "TODO encrypt"), in a comment that does not
  // call the value unencrypted or plain text anywhere.
  static bool documented(const catalog::Column& c, const std::vector<std::string>& marked) {
    static constexpr std::array<std::string_view, 3> kMarks = {"encrypt", "encryption", "cipher"};
    static constexpr std::array<std::string_view, 14> kNegations = {
        "not", "no",   "never", "without", "todo",  "fixme", "tbd",
        "isn", "aren", "wasn",  "don",     "doesn", "nor",   "should"};
    static constexpr std::array<std::string_view, 5> kPlain = {
        "unencrypted", "unhashed", "plaintext", "cleartext", "decrypted"};
    std::vector<std::string> words;
    std::string word;
    for (const char ch : str::to_lower(c.comment() + " " + c.trailing_comment() + " ")) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        word += ch;
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
    auto one_of = [](const auto& list, const std::string& w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    if (std::any_of(words.begin(), words.end(),
                    [&](const std::string& w) { return one_of(kPlain, w); })) {
      return false;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!one_of(marked, words[i]) && !one_of(kMarks, words[i])) {
        continue;
      }
      bool negated = false;
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
        negated = negated || one_of(kNegations, words[j]);
      }
      if (!negated) {
        return true;
      }
    }
    return false;
  }
};

} // namespace

std::unique_ptr<Rule> make_plaintext_secret() {
  return std::make_unique<PlaintextSecret>();
}

} // namespace ddlint::rules
