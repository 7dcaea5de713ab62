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

// A fresh directory under the system temp dir, removed when the object goes away.
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
  // Runs a program in this directory (argv[0] looked up in PATH).
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
