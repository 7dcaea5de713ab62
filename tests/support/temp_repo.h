// Temporary directories and git repositories for end-to-end tests that drive the real binary.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ddlint::test {

struct Proc {
  int code = -1;
  std::string out;
  std::string err;
};

// The environment every program the tests start runs with ("-NAME" unsets, "NAME=value" sets):
// no git location variables of a caller (a git hook sets GIT_DIR, GIT_INDEX_FILE, ...), no
// system or global git config, a fixed identity. So a test run from a hook can never read or
// commit into the surrounding repository.
std::vector<std::string> isolated_git_env();
// Applies isolated_git_env() to this process (the test binary's main, for in-process runs and
// popen/system).
void isolate_git_environment();

// A fresh, unique directory under the system temp dir (mkdtemp: `ddlint_test_<name>_XXXXXX`),
// removed when the object goes away.
class TempDir {
public:
  explicit TempDir(const std::string& name);
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const { return dir_; }
  // Writes `text` to `rel` (parent directories created); returns the full path.
  std::filesystem::path write(const std::string& rel, const std::string& text) const;
  std::string read(const std::string& rel) const;
  // Runs a program in this directory (argv[0] looked up in PATH) with isolated_git_env() and
  // GIT_CEILING_DIRECTORIES at the temp dir.
  Proc run(const std::vector<std::string>& argv) const;
  // Runs the ddlint binary under test in this directory, with `env` ("NAME=value" to set,
  // "-NAME" to unset) applied; GITHUB_ACTIONS is unset unless given.
  Proc ddlint(const std::vector<std::string>& args, const std::vector<std::string>& env = {}) const;

private:
  std::filesystem::path dir_;
};

// A git repository (branch main, a fixed identity, no signing) in a TempDir.
class TempRepo : public TempDir {
public:
  explicit TempRepo(const std::string& name);
  // `git args...`; REQUIREs success.
  std::string git(const std::vector<std::string>& args) const;
  // git add -A && git commit.
  void commit(const std::string& message) const;
};

} // namespace ddlint::test
