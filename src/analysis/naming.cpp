#include "analysis/naming.h"

#include "analysis/analysis.h"
#include "base/strings.h"
#include "config/config.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ddlint::analysis {
namespace {

bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
  return is_lower(c) || is_upper(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

template <std::size_t N> bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Words with the same singular and plural, and mass nouns that tables are named after.
// Qualifiers appended to a table name ("jobs_cell_local", "web_hook_logs_daily"): not the noun.
constexpr std::array<std::string_view, 16> kQualifiers = {
    "local", "global", "daily", "weekly", "monthly", "yearly", "hourly",  "old",
    "new",   "tmp",    "temp",  "backup", "bak",     "legacy", "staging", "draft"};

constexpr std::array<std::string_view, 51> kUncountable = {
    "equipment", "information", "info",      "rice",      "money",     "species",  "series",
    "fish",      "sheep",       "jeans",     "police",    "news",      "data",     "metadata",
    "media",     "feedback",    "staff",     "software",  "hardware",  "firmware", "middleware",
    "analytics", "audio",       "traffic",   "knowledge", "evidence",  "progress", "weather",
    "research",  "advice",      "luggage",   "baggage",   "furniture", "music",    "cash",
    "deer",      "aircraft",    "offspring", "moose",     "salmon",    "bison",    "swine",
    "content",   "inventory",   "auth",      "config",    "telemetry", "stuff",    "emoji",
    "meta",      "access"};

// singular, plural
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kIrregular = {{
    {"person", "people"},
    {"man", "men"},
    {"woman", "women"},
    {"child", "children"},
    {"mouse", "mice"},
    {"goose", "geese"},
    {"foot", "feet"},
    {"tooth", "teeth"},
    {"ox", "oxen"},
    {"criterion", "criteria"},
    {"phenomenon", "phenomena"},
    {"index", "indexes"},
    {"vertex", "vertices"},
    {"matrix", "matrices"},
    {"appendix", "appendices"},
    {"quiz", "quizzes"},
    {"move", "moves"},
    {"die", "dice"},
    {"leaf", "leaves"},
    {"axis", "axes"},
    {"sex", "sexes"},
}};

// Singulars in -f/-fe whose plural is -ves (others just add -s: "archives", "curves").
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kVes = {{
    {"wolf", "wolves"},
    {"half", "halves"},
    {"calf", "calves"},
    {"shelf", "shelves"},
    {"self", "selves"},
    {"elf", "elves"},
    {"knife", "knives"},
    {"life", "lives"},
    {"wife", "wives"},
    {"thief", "thieves"},
    {"loaf", "loaves"},
    {"scarf", "scarves"},
}};

// Singulars ending in -us / -as / -is that are not plurals ("status", "alias", "analysis").
constexpr std::array<std::string_view, 34> kSingularS = {
    "status",   "campus",  "bonus",      "virus",     "census",  "corpus",    "bus",
    "nexus",    "surplus", "prospectus", "apparatus", "cactus",  "genus",     "radius",
    "syllabus", "focus",   "stimulus",   "consensus", "octopus", "thesaurus", "circus",
    "chorus",   "fungus",  "opus",       "plus",      "alias",   "gas",       "bias",
    "canvas",   "atlas",   "saas",       "paas",      "iaas",    "lens"};

// Singulars ending in -ie, -oe and -che whose plural just adds -s.
constexpr std::array<std::string_view, 30> kSilentE = {
    "cookie",  "movie", "zombie",   "calorie",   "pie",     "tie",      "lie",      "selfie",
    "rookie",  "genie", "hoodie",   "brownie",   "freebie", "newbie",   "smoothie", "sortie",
    "prairie", "shoe",  "toe",      "canoe",     "hoe",     "foe",      "oboe",     "cache",
    "niche",   "ache",  "headache", "avalanche", "cliche",  "moustache"};

// -o singulars whose plural is -oes.
constexpr std::array<std::string_view, 6> kOes = {"hero", "potato", "tomato",
                                                  "echo", "veto",   "torpedo"};

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool has_vowel(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return is_vowel(c) || c == 'y'; });
}

// Singular of a plural-looking word, or the word itself when it is singular or uncountable.
// w == stem + suffix, without building the string.
bool stem_plus(std::string_view w, std::string_view stem, std::string_view suffix) {
  return w.size() == stem.size() + suffix.size() && w.starts_with(stem) && w.ends_with(suffix);
}

std::string singular_of(std::string_view w) {
  if (w.size() < 3 || in(kUncountable, w)) {
    return std::string(w);
  }
  for (const auto& [s, p] : kIrregular) {
    if (w == p) {
      return std::string(s);
    }
    if (w == s) {
      return std::string(w);
    }
  }
  for (const auto& [s, p] : kVes) {
    if (w == p) {
      return std::string(s);
    }
  }
  for (const std::string_view s : kSingularS) {
    if (w == s) {
      return std::string(w);
    }
    if (stem_plus(w, s, "es")) {
      return std::string(s);
    }
  }
  for (const std::string_view s : kSilentE) {
    if (stem_plus(w, s, "s")) {
      return std::string(s);
    }
  }
  for (const std::string_view s : kOes) {
    if (stem_plus(w, s, "es")) {
      return std::string(s);
    }
  }
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "ous")) {
    return std::string(w);
  }
  if (ends_with(w, "databases")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  for (const std::string_view s :
       {"analyses", "diagnoses", "theses", "synopses", "prognoses", "parentheses", "crises"}) {
    if (ends_with(w, s)) {
      return std::string(w.substr(0, w.size() - 2)) + "is";
    }
  }
  if (ends_with(w, "ies") && w.size() > 4 && !is_vowel(w[w.size() - 4])) {
    return std::string(w.substr(0, w.size() - 3)) + "y";
  }
  if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes") ||
      ends_with(w, "zzes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (ends_with(w, "s") && !ends_with(w, "ss")) {
    const std::string stem(w.substr(0, w.size() - 1));
    // "sms", "dns", "gps": acronyms, not plurals
    if (!has_vowel(stem)) {
      return std::string(w);
    }
    return stem;
  }
  return std::string(w);
}

} // namespace

std::vector<std::string> words(std::string_view ident) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  };
  for (std::size_t i = 0; i < ident.size(); ++i) {
    const char c = ident[i];
    if (!is_alnum(c)) {
      flush();
      continue;
    }
    if (is_upper(c) && !cur.empty()) {
      const char prev = ident[i - 1];
      // "HTTPServer" splits before the S; "IDs" and "URLs" (one trailing letter) do not.
      const bool next_lower =
          i + 2 < ident.size() && is_lower(ident[i + 1]) && is_lower(ident[i + 2]);
      if (is_lower(prev) || is_digit(prev) || (is_upper(prev) && next_lower)) {
        flush();
      }
    }
    cur += is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  flush();
  return out;
}

bool is_lower_snake(std::string_view ident) {
  if (ident.empty() || !(is_lower(ident[0]) || ident[0] == '_')) {
    return false;
  }
  return std::all_of(ident.begin(), ident.end(),
                     [](char c) { return is_lower(c) || is_digit(c) || c == '_' || c == '$'; });
}

std::string to_snake_case(std::string_view ident) {
  std::string out = str::join(words(ident), "_");
  if (!out.empty() && is_digit(out[0])) {
    out.insert(out.begin(), '_');
  }
  return out;
}

Number number_of(std::string_view w) {
  const bool digits = std::any_of(w.begin(), w.end(), is_digit);
  if (w.size() < 3 || digits || in(kUncountable, w) || in(kQualifiers, w) || ends_with(w, "ing") ||
      ends_with(w, "ed") || ends_with(w, "ous") || !has_vowel(w)) {
    return Number::Either;
  }
  for (const auto& [s, p] : kIrregular) {
    if (w == s) {
      return Number::Singular;
    }
    if (w == p) {
      return Number::Plural;
    }
  }
  const std::string s = singular_of(w);
  if (s != w) {
    return Number::Plural;
  }
  return plural(w) == w ? Number::Either : Number::Singular;
}

std::string singular(std::string_view word) {
  return singular_of(word);
}

std::string plural(std::string_view w) {
  if (w.size() < 2 || in(kUncountable, w)) {
    return std::string(w);
  }
  for (const auto& [s, p] : kIrregular) {
    if (w == s) {
      return std::string(p);
    }
  }
  for (const auto& [s, p] : kVes) {
    if (w == s) {
      return std::string(p);
    }
  }
  if (in(kOes, w)) {
    return std::string(w) + "es";
  }
  if (ends_with(w, "sis")) {
    return std::string(w.substr(0, w.size() - 2)) + "es";
  }
  if (ends_with(w, "y") && w.size() > 2 && !is_vowel(w[w.size() - 2])) {
    return std::string(w.substr(0, w.size() - 1)) + "ies";
  }
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "ch") || ends_with(w, "sh") ||
      ends_with(w, "z")) {
    return std::string(w) + "es";
  }
  return std::string(w) + "s";
}

std::string_view last_word(std::string_view snake) {
  const std::size_t u = snake.rfind('_');
  return u == std::string_view::npos ? snake : snake.substr(u + 1);
}

std::string singular_name(std::string_view snake) {
  const std::string_view last = last_word(snake);
  return std::string(snake.substr(0, snake.size() - last.size())) + singular(last);
}

std::string plural_name(std::string_view snake) {
  const std::string_view last = last_word(snake);
  return std::string(snake.substr(0, snake.size() - last.size())) + plural(last);
}

std::string sql_ident(const Analysis& a, std::string_view ident) {
  const bool keyword = is_lower_snake(ident) && a.keyword_kind(ident) >= 2;
  return str::quote_ident(ident, keyword);
}

std::string sql_qualified(const Analysis& a, std::string_view schema, std::string_view name) {
  if (schema.empty()) {
    return sql_ident(a, name);
  }
  return sql_ident(a, schema) + "." + sql_ident(a, name);
}

std::string display_name(std::string_view schema, std::string_view name) {
  if (schema.empty() || schema == "public") {
    return std::string(name);
  }
  return std::string(schema) + "." + std::string(name);
}

bool is_tenant_column(const Tenancy& tenancy, std::string_view column) {
  const auto& cols = tenancy.columns();
  return std::find(cols.begin(), cols.end(), column) != cols.end();
}

bool is_audit_column(std::string_view column) {
  static constexpr std::array<std::string_view, 20> kAudit = {
      "id",          "uuid",        "created_at",   "updated_at",  "deleted_at",
      "inserted_at", "modified_at", "created_on",   "updated_on",  "created",
      "updated",     "modified",    "created_by",   "updated_by",  "deleted_by",
      "modified_by", "version",     "lock_version", "row_version", "xmin"};
  return in(kAudit, column);
}

} // namespace ddlint::analysis
