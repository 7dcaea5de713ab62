#include "support/temp_repo.h"

#include "base/process.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ddlint::test {

namespace fs = std::filesystem;

std::vector<std::string> isolated_git_env() {
  std::vector<std::string> out;
  for (const char* v :
       {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_PREFIX", "GIT_NAMESPACE", "GIT_CONFIG",
        "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"}) {
    out.push_back(std::string("-") + v);
  }
  for (const char* v :
       {"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=ddlint tests",
        "GIT_AUTHOR_EMAIL=tests@ddlint.invalid", "GIT_COMMITTER_NAME=ddlint tests",
        "GIT_COMMITTER_EMAIL=tests@ddlint.invalid"}) {
    out.emplace_back(v);
  }
  return out;
}

void isolate_git_environment() {
  for (const std::string& e : isolated_git_env()) {
    if (e.starts_with("-")) {
      ::unsetenv(e.c_str() + 1);
    } else {
      const std::size_t eq = e.find('=');
      ::setenv(e.substr(0, eq).c_str(), e.c_str() + eq + 1, 1);
    }
  }
}

TempDir::TempDir(const std::string& name) {
  // A unique directory (mkdtemp), so that concurrent test processes (ctest -j, the ASan run,
  // other checkouts) never share or delete each other's directories.
  std::string templ = (fs::temp_directory_path() / ("ddlint_test_" + name + "_XXXXXX")).string();
  REQUIRE(::mkdtemp(templ.data()) != nullptr);
  // Resolve symlinks (e.g. /tmp on some systems), as git reports canonical paths.
  dir_ = fs::canonical(templ);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

fs::path TempDir::write(const std::string& rel, const std::string& text) const {
  const fs::path p = dir_ / rel;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
  return p;
}

std::string TempDir::read(const std::string& rel) const {
  std::ifstream f(dir_ / rel, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

Proc TempDir::run(const std::vector<std::string>& argv) const {
  // env(1) wants every -u before the first NAME=value.
  std::vector<std::string> full = {"env"};
  const std::vector<std::string> isolated = isolated_git_env();
  for (const std::string& e : isolated) {
    if (e.starts_with("-")) {
      full.push_back("-u");
      full.push_back(e.substr(1));
    }
  }
  for (const std::string& e : isolated) {
    if (!e.starts_with("-")) {
      full.push_back(e);
    }
  }
  // git must never find a repository above this directory (the checkout running the tests).
  full.push_back("GIT_CEILING_DIRECTORIES=" + dir_.parent_path().string());
  full.insert(full.end(), argv.begin(), argv.end());
  const process::Output o = process::run(full, dir_.string());
  return Proc{o.exit_code, o.out, o.err};
}

Proc TempDir::ddlint(const std::vector<std::string>& args,
                     const std::vector<std::string>& env) const {
  // env(1) wants every -u before the first NAME=value.
  std::vector<std::string> argv = {"env", "-u", "GITHUB_ACTIONS", "-u", "NO_COLOR"};
  for (const std::string& e : env) {
    if (e.starts_with("-")) {
      argv.push_back("-u");
      argv.push_back(e.substr(1));
    }
  }
  for (const std::string& e : env) {
    if (!e.starts_with("-")) {
      argv.push_back(e);
    }
  }
  argv.emplace_back(DDLINT_BINARY);
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv);
}

TempRepo::TempRepo(const std::string& name) : TempDir(name) {
  git({"init", "-q", "-b", "main"});
  // The repository's own config: identity, no signing, no hooks of a template.
  git({"config", "user.name", "ddlint tests"});
  git({"config", "user.email", "tests@ddlint.invalid"});
  git({"config", "commit.gpgsign", "false"});
  git({"config", "core.hooksPath", "/dev/null"});
}

std::string TempRepo::git(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  const Proc p = run(argv);
  INFO("git " << args.front() << ": " << p.err);
  REQUIRE(p.code == 0);
  return p.out;
}

void TempRepo::commit(const std::string& message) const {
  git({"add", "-A"});
  git({"commit", "-q", "-m", message});
}

} // namespace ddlint::test
