// The data-driven fixture runner (STYLE.md 8.4): SQL files annotated with the findings they
// must produce, matched in both directions, plus the fix property and metadata honesty checks.
#pragma once

#include <string>
#include <vector>

namespace ddlint::test {

struct Fixture {
  std::string path; // a .sql file, or a directory (multi-file case)
  std::string rule; // the rule directory it lives in (tests/rules/<rule>/...)
  bool is_dir = false;
  std::string display_path() const;
};

// All cases under `root` (tests/rules). DDLINT_FIXTURE_FILTER=<rule> narrows to one rule dir.
std::vector<Fixture> find_fixtures(const std::string& root);

struct FixtureResult {
  std::vector<std::string> problems; // compiler-style messages; empty = pass
  std::string skipped;               // reason, when `-- test: skip=...`
  std::size_t findings = 0;
  std::size_t expectations = 0;
};

FixtureResult run_fixture(const Fixture& fixture);

// Lints the ```sql blocks of docs/rules/<rule>.md: the first must produce `rule` (and only it),
// the later ones nothing. Blocks tagged sql-no-check are skipped.
std::vector<std::string> check_doc_examples(const std::string& doc_path, const std::string& rule);

} // namespace ddlint::test
