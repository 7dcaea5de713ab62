#include "support/temp_repo.h"

#include "base/process.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace ddlint::test {

namespace fs = std::filesystem;

TempDir::TempDir(const std::string& name) {
  dir_ = fs::temp_directory_path() / ("ddlint_test_" + name);
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  // Resolve symlinks (e.g. /tmp on some systems), as git reports canonical paths.
  dir_ = fs::canonical(dir_);
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
  const process::Output o = process::run(argv, dir_.string());
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
  git({"config", "user.name", "ddlint tests"});
  git({"config", "user.email", "tests@ddlint.invalid"});
  git({"config", "commit.gpgsign", "false"});
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
