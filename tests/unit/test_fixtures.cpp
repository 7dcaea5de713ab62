// Runs every data-driven fixture under tests/rules (STYLE.md 8.4) and lints the examples of
// every rule's documentation page.
#include "rules/registry.h"
#include "support/fixture_runner.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

TEST_CASE("rule fixtures", "[fixtures]") {
  const auto fixtures = ddlint::test::find_fixtures(DDLINT_TESTS_DIR "/rules");
  REQUIRE_FALSE(fixtures.empty());
  for (const auto& fixture : fixtures) {
    INFO("fixture: " << fixture.display_path());
    const auto result = ddlint::test::run_fixture(fixture);
    if (!result.skipped.empty()) {
      WARN("skipped " << fixture.display_path() << ": " << result.skipped);
      continue;
    }
    for (const std::string& problem : result.problems) {
      FAIL_CHECK(problem);
    }
  }
  // The rule's documentation examples are linted with the same runner.
  const char* filter = std::getenv("DDLINT_FIXTURE_FILTER");
  for (const ddlint::rules::Rule* r : ddlint::rules::all()) {
    const std::string id(r->meta().id);
    if (filter != nullptr && *filter != '\0' && id != filter) {
      continue;
    }
    const std::string doc = std::string(DDLINT_SOURCE_DIR) + "/docs/rules/" + id + ".md";
    if (!std::filesystem::exists(doc)) {
      continue; // reported by the registry meta-test
    }
    for (const std::string& problem : ddlint::test::check_doc_examples(doc, id)) {
      FAIL_CHECK(problem);
    }
  }
}
