#include "source/git.h"

#include "base/error.h"
#include "base/process.h"
#include "base/strings.h"

#include <algorithm>
#include <filesystem>

namespace ddlint::source {
namespace {

namespace fs = std::filesystem;

process::Output git(const std::string& dir, std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  return process::run(args, dir);
}

std::string first_line(std::string_view s) {
  const auto nl = s.find('\n');
  return std::string(str::trim(s.substr(0, nl)));
}

std::string checked(const std::string& dir, const std::vector<std::string>& args,
                    const std::string& what) {
  process::Output o = git(dir, args);
  if (o.exit_code != 0) {
    const std::string why =
        o.err.empty() ? "git exited with " + std::to_string(o.exit_code) : first_line(o.err);
    throw UsageError(what + ": " + why);
  }
  return std::move(o.out);
}

std::string toplevel(const std::string& dir) {
  const std::string top =
      first_line(checked(dir, {"rev-parse", "--show-toplevel"},
                         "--changed-since/--staged need a git repository (in " + dir + ")"));
  if (top.empty()) {
    throw UsageError("--changed-since/--staged need a git work tree (in " + dir + ")");
  }
  return top;
}

// NUL-separated paths relative to `top` -> canonical absolute paths.
void add_paths(const std::string& top, std::string_view z, std::vector<std::string>& out) {
  std::size_t i = 0;
  while (i < z.size()) {
    std::size_t e = z.find('\0', i);
    if (e == std::string_view::npos) {
      e = z.size();
    }
    if (e > i) {
      out.push_back(canonical_path((fs::path(top) / std::string(z.substr(i, e - i))).string()));
    }
    i = e + 1;
  }
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

std::string canonical_path(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) {
    p = path;
  }
  const fs::path c = fs::weakly_canonical(p, ec);
  return (ec ? p.lexically_normal() : c).generic_string();
}

std::vector<std::string> git_changed_since(const std::string& dir, const std::string& rev) {
  const std::string top = toplevel(dir);
  if (rev.empty() || rev.front() == '-') {
    throw UsageError("--changed-since: \"" + rev + "\" is not a revision");
  }
  std::vector<std::string> out;
  if (git(top, {"rev-parse", "--verify", "--quiet", "HEAD"}).exit_code != 0) {
    // No commit yet (a hook on the first commit): everything in the work tree is new.
    add_paths(
        top,
        checked(top,
                {"ls-files", "--cached", "--others", "--exclude-standard", "-z", "--full-name"},
                "--changed-since " + rev),
        out);
    sort_unique(out);
    return out;
  }
  const std::string base = first_line(checked(
      top, {"merge-base", rev, "HEAD"}, "--changed-since " + rev + ": no merge base with HEAD"));
  // -c core.quotePath is irrelevant with -z; --no-renames keeps both sides of a rename visible.
  add_paths(top,
            checked(top, {"diff", "--name-only", "-z", "--no-renames", base, "--"},
                    "--changed-since " + rev),
            out);
  add_paths(top,
            checked(top, {"ls-files", "--others", "--exclude-standard", "-z", "--full-name"},
                    "--changed-since " + rev),
            out);
  sort_unique(out);
  return out;
}

std::vector<std::string> git_staged(const std::string& dir) {
  const std::string top = toplevel(dir);
  std::vector<std::string> out;
  const bool has_head = git(top, {"rev-parse", "--verify", "--quiet", "HEAD"}).exit_code == 0;
  if (has_head) {
    add_paths(
        top,
        checked(top, {"diff", "--cached", "--name-only", "-z", "--no-renames", "--"}, "--staged"),
        out);
  } else {
    add_paths(top, checked(top, {"ls-files", "--cached", "-z", "--full-name"}, "--staged"), out);
  }
  sort_unique(out);
  return out;
}

} // namespace ddlint::source
