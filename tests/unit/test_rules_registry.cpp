// Meta-tests: the registry, the docs and the fixtures stay in step (STYLE.md 8.4, 8.5).
#include "base/files.h"
#include "base/strings.h"
#include "rules/registry.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct SpecRule {
  const char* id;
  const char* category;
  const char* severity;
  bool recommended;
};

const SpecRule kSpec[] = {
#define SPEC_RULE(id, cat, sev, rec) {id, cat, sev, rec},
#include "unit/spec_rules.inc"
#undef SPEC_RULE
};

std::string read(const fs::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const fs::path kRoot = DDLINT_SOURCE_DIR;

} // namespace

TEST_CASE("rule_list.inc is sorted, unique and names existing files", "[registry]") {
  const std::string list = read(kRoot / "src/rules/rule_list.inc");
  std::vector<std::string> names;
  std::istringstream in(list);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("DDLINT_RULE(", 0) == 0) {
      names.push_back(line.substr(12, line.find(')') - 12));
    }
  }
  REQUIRE(names.size() == ddlint::rules::all().size());
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto& meta = ddlint::rules::all()[i]->meta();
    std::string expected(meta.id);
    std::replace(expected.begin(), expected.end(), '-', '_');
    CHECK(names[i] == expected);
    CHECK(fs::exists(kRoot / "src/rules" / (names[i] + ".cpp")));
  }
}

TEST_CASE("every rule has a doc page and fixtures both ways", "[registry]") {
  for (const ddlint::rules::Rule* r : ddlint::rules::all()) {
    const std::string id(r->meta().id);
    INFO("rule " << id);
    CHECK(fs::exists(kRoot / "docs/rules" / (id + ".md")));
    const fs::path dir = kRoot / "tests/rules" / id;
    REQUIRE(fs::is_directory(dir));
    bool positive = false;
    bool negative = false;
    for (const auto& e : fs::directory_iterator(dir)) {
      std::string text;
      if (e.is_directory()) {
        for (const auto& f : fs::recursive_directory_iterator(e.path())) {
          if (f.path().extension() == ".sql") {
            text += read(f.path());
          }
        }
      } else if (e.path().extension() == ".sql" && !e.path().string().ends_with(".fix.sql")) {
        text = read(e.path());
      } else {
        continue;
      }
      (text.find("-- expect:") != std::string::npos ? positive : negative) = true;
    }
    CHECK(positive);
    CHECK(negative);
    CHECK(!r->meta().summary.empty());
    CHECK(r->meta().summary.back() != '.');
  }
}

TEST_CASE("no doc page or fixture folder without a rule", "[registry]") {
  for (const auto& e : fs::directory_iterator(kRoot / "docs/rules")) {
    const std::string stem = e.path().stem().string();
    if (stem == "index") {
      continue;
    }
    INFO("docs/rules/" << e.path().filename().string());
    CHECK(ddlint::rules::find(stem) != nullptr);
  }
  for (const auto& e : fs::directory_iterator(kRoot / "tests/rules")) {
    INFO("tests/rules/" << e.path().filename().string());
    CHECK(ddlint::rules::find(e.path().filename().string()) != nullptr);
  }
}

TEST_CASE("retired ids are never registered", "[registry]") {
  for (std::string_view id : ddlint::rules::retired_ids()) {
    CHECK(ddlint::rules::find(id) == nullptr);
  }
}

TEST_CASE("rule metadata matches SPEC section 3", "[registry]") {
  std::vector<std::string> missing;
  for (const SpecRule& s : kSpec) {
    const ddlint::rules::Rule* r = ddlint::rules::find(s.id);
    if (r == nullptr) {
      missing.emplace_back(s.id);
      continue;
    }
    INFO("rule " << s.id);
    CHECK(std::string(ddlint::to_string(r->meta().category)) == s.category);
    CHECK(std::string(ddlint::to_string(r->meta().default_severity)) == s.severity);
    CHECK(r->meta().recommended == s.recommended);
  }
  for (const ddlint::rules::Rule* r : ddlint::rules::all()) {
    const bool in_spec = std::any_of(std::begin(kSpec), std::end(kSpec),
                                     [&](const SpecRule& s) { return r->meta().id == s.id; });
    // Rules outside SPEC's table are ddlint's own meta rules.
    if (!in_spec) {
      CHECK(r->meta().category == ddlint::Category::Meta);
    }
  }
  if (!missing.empty()) {
    WARN("SPEC rules not implemented yet: " << ddlint::str::join(missing, ", "));
  }
}

TEST_CASE("doc pages have the required sections in order", "[registry]") {
  const std::vector<std::string> required = {"## Why this is a problem", "## Example",
                                             "## How to fix", "## When not to use it"};
  for (const ddlint::rules::Rule* r : ddlint::rules::all()) {
    const std::string id(r->meta().id);
    const fs::path page = kRoot / "docs/rules" / (id + ".md");
    if (!fs::exists(page)) {
      continue;
    }
    INFO("docs/rules/" << id << ".md");
    const std::string text = read(page);
    std::size_t pos = 0;
    for (const std::string& h : required) {
      const std::size_t at = text.find("\n" + h + "\n", pos);
      CHECK(at != std::string::npos);
      if (at != std::string::npos) {
        pos = at + 1;
      }
    }
  }
}
