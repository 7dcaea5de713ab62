// Every entry of ../shared/corpus through the real binary with every rule: no crash, exit 0/1
// only, and no more syntax errors than SOURCES.md's per-statement failure count (zero for the
// entries that parse whole). Skipped cleanly when the corpus is absent (a user's fresh clone).
#include "base/files.h"
#include "base/strings.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

fs::path corpus_dir() {
  if (const char* env = std::getenv("DDLINT_CORPUS")) {
    return env;
  }
  return fs::path(DDLINT_SOURCE_DIR) / ".." / "shared" / "corpus";
}

struct Expected {
  bool whole = false;      // every file parses as a whole
  std::size_t failing = 0; // statements failing alone
};

std::map<std::string, Expected> read_sources(const fs::path& sources) {
  std::map<std::string, Expected> out;
  const ddlint::files::ReadResult r = ddlint::files::read(sources.string(), 1U << 24U);
  std::istringstream in(r.content);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("| ") || line.starts_with("| entry") || line.starts_with("| **")) {
      continue;
    }
    const auto cells = ddlint::str::split(line, '|');
    if (cells.size() < 13) {
      continue;
    }
    const std::string name(ddlint::str::trim(cells[1]));
    const std::string whole(ddlint::str::trim(cells[10]));
    const std::string failing(ddlint::str::trim(cells[11]));
    Expected e;
    const auto slash = whole.find('/');
    if (slash != std::string::npos) {
      e.whole = whole.substr(0, slash) == whole.substr(slash + 1);
    }
    std::string digits;
    for (char c : failing.substr(0, failing.find('/'))) {
      if (c >= '0' && c <= '9') {
        digits += c;
      }
    }
    e.failing = digits.empty() ? 0 : std::stoul(digits);
    out[name] = e;
  }
  return out;
}

} // namespace

TEST_CASE("corpus: no crash, bounded syntax errors", "[corpus]") {
  const fs::path dir = corpus_dir();
  if (!fs::is_directory(dir) || !fs::exists(dir / "SOURCES.md")) {
    WARN("corpus not found at " << dir.string() << "; skipped");
    return;
  }
  const auto expected = read_sources(dir / "SOURCES.md");
  REQUIRE(expected.size() >= 10);
  const ddlint::test::TempDir tmp("corpus");
  const fs::path cfg = tmp.write("strict.json", R"({"extends": "strict"})");
  for (const auto& [name, exp] : expected) {
    const fs::path entry = dir / name;
    if (!fs::is_directory(entry)) {
      continue;
    }
    INFO("corpus entry " << name);
    const fs::path out = tmp.path() / (name + ".json");
    const std::string cmd = std::string(DDLINT_BINARY) + " check '" + entry.string() +
                            "' --config '" + cfg.string() + "' --format json --output '" +
                            out.string() + "' 2>/dev/null";
    const int status = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    CHECK((code == 0 || code == 1));
    const ddlint::files::ReadResult r = ddlint::files::read(out.string(), 1U << 30U);
    REQUIRE(r.error.empty());
    const auto j = nlohmann::json::parse(r.content);
    std::size_t syntax = 0;
    if (j["summary"]["by_rule"].contains("syntax-error")) {
      syntax = j["summary"]["by_rule"]["syntax-error"].get<std::size_t>();
    }
    if (exp.whole) {
      CHECK(syntax == 0);
    } else {
      CHECK(syntax <= exp.failing);
    }
    UNSCOPED_INFO(name << ": " << syntax << " syntax errors (budget " << exp.failing << ")");
  }
}
