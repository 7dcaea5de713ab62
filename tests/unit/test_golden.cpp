// Golden catalog dumps: tests/catalog/<case>.sql (or a folder of files) and
// <case>.catalog.json. DDLINT_UPDATE_GOLDEN=1 rewrites them; review the diff like code.
#include "base/files.h"
#include "base/strings.h"
#include "catalog/dump.h"
#include "engine/engine.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace ddlint;
namespace fs = std::filesystem;

TEST_CASE("catalog golden dumps", "[golden]") {
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "catalog";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_directory() || e.path().extension() == ".sql") {
      cases.push_back(e.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE_FALSE(cases.empty());
  const bool update = std::getenv("DDLINT_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& c : cases) {
    INFO(c.string());
    RunInputs inputs;
    engine::load_sources({c.string()}, default_config(), inputs);
    const catalog::Catalog cat = engine::build_catalog(inputs, 1);
    std::string dump = catalog::dump_json(cat);
    const fs::path golden = fs::is_directory(c) ? fs::path(c.string() + ".catalog.json")
                                                : fs::path(c).replace_extension(".catalog.json");
    const files::ReadResult want = files::read(golden.string(), 1U << 26U);
    if (update) {
      files::write(golden.string(), dump);
      continue;
    }
    CHECK(want.error.empty());
    CHECK(dump == want.content);
    for (const auto& f : inputs.files) {
      for (const auto& e : f.errors) {
        FAIL_CHECK("syntax error in a golden case: " << e.message);
      }
    }
    // Catalog problems would show in the dump's absence; the golden cases are valid SQL.
    for (const auto& p : cat.problems()) {
      FAIL_CHECK("unexpected problem: " << p.message);
    }
  }
}
