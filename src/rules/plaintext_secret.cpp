#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

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
    {.name = "metadata_words",
     .type = OptionType::StringList,
     .default_value = R"(["id", "ids", "at", "count", "expires", "expiry", "expiration", "type", )"
                      R"("kind", "name", "prefix", "suffix", "hint", "length", "last4", )"
                      R"("policy", "version", "status", "salt", "algorithm", "scope", "scopes", )"
                      R"("enabled", "required", "url", "uri"])",
     .doc = "last words that make the column describe a secret rather than hold it "
            "(password_changed_at, token_type, api_key_id)"},
};

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
    const std::vector<std::string> metadata = ctx.option_list("metadata_words");
    auto in = [](const std::vector<std::string>& v, const std::string& s) {
      return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.partition_of) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if ((c.inherited && !t.inherits.empty()) || !holds_text(c.type)) {
          continue;
        }
        const std::vector<std::string> words = str::split(str::to_lower(c.name), '_');
        if (words.empty() || in(metadata, words.back()) ||
            std::any_of(words.begin(), words.end(),
                        [&](const std::string& w) { return in(marked, w); })) {
          continue;
        }
        const std::vector<std::string>* hit = nullptr;
        for (const auto& s : secrets) {
          if (!s.empty() && std::search(words.begin(), words.end(), s.begin(), s.end()) !=
                                words.end()) {
            hit = &s;
            break;
          }
        }
        if (hit == nullptr || documented(c)) {
          continue;
        }
        ctx.report(column_loc(t, c))
            .table(t)
            .column(c.name)
            .message("column {}({}) is named like a secret ({}) and is stored as {}, not marked "
                     "hashed or encrypted",
                     display_name(t), c.name, str::join(*hit, "_"), c.type.display());
      }
    }
  }

private:
  static bool holds_text(const TypeRef& t) {
    static const char* const kText[] = {"text",  "varchar", "bpchar", "char", "citext",
                                        "json",  "jsonb",   "bytea",  "name"};
    return std::any_of(std::begin(kText), std::end(kText),
                       [&](const char* k) { return t.name == k; });
  }

  // COMMENT ON COLUMN or a trailing comment that says the value is hashed or encrypted.
  static bool documented(const catalog::Column& c) {
    const std::string text = str::to_lower(c.comment + " " + c.trailing_comment);
    return text.find("encrypt") != std::string::npos || text.find("hashed") != std::string::npos ||
           text.find("digest") != std::string::npos || text.find("cipher") != std::string::npos;
  }
};

} // namespace

std::unique_ptr<Rule> make_plaintext_secret() {
  return std::make_unique<PlaintextSecret>();
}

} // namespace ddlint::rules
