#include "source/discover.h"

#include "base/error.h"
#include "base/strings.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>

namespace ddlint::source {
namespace {

namespace fs = std::filesystem;

bool ends_with_sql(const std::string& name) {
  return name.size() > 4 && str::iequals(std::string_view(name).substr(name.size() - 4), ".sql");
}

std::string clean(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.starts_with("./") && s.size() > 2) {
    s = s.substr(2);
  }
  return s;
}

bool excluded(const std::string& path, const DiscoverOptions& opts) {
  for (const std::string& g : opts.exclude) {
    if (str::glob_match(g, path)) {
      return true;
    }
    // Relative to the config directory as well.
    std::error_code ec;
    const fs::path rel = fs::path(path).lexically_relative(opts.base_dir);
    if (!rel.empty() && str::glob_match(g, rel.generic_string())) {
      return true;
    }
  }
  return false;
}

// Files found through `include` are shown relative to the working directory when they lie
// inside it, as if they had been typed: annotations and SARIF want repository-relative paths.
fs::path shown_path(const fs::path& found) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec || !found.is_absolute()) {
    return found;
  }
  const fs::path rel = found.lexically_relative(cwd);
  if (rel.empty() || *rel.begin() == "..") {
    return found;
  }
  return rel;
}

} // namespace

bool is_down_file(const std::string& path) {
  const std::string base = str::to_lower(fs::path(path).filename().string());
  if (base == "down.sql" || base.ends_with(".down.sql") || base.ends_with("_down.sql")) {
    return true;
  }
  // Flyway undo migrations: U1__x.sql, U1.2__x.sql, U1_2__x.sql
  const std::string orig = fs::path(path).filename().string();
  if (orig.size() > 2 && orig[0] == 'U' && orig[1] >= '0' && orig[1] <= '9') {
    const auto sep = orig.find("__");
    if (sep != std::string::npos) {
      return std::all_of(orig.begin() + 1, orig.begin() + static_cast<std::ptrdiff_t>(sep),
                         [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == '_'; });
    }
  }
  return false;
}

Discovered discover(const std::vector<std::string>& given, const DiscoverOptions& opts) {
  Discovered out;
  std::vector<std::string> files;
  bool has_stdin = false;
  auto take = [&](const std::string& p) {
    if (excluded(p, opts)) {
      return;
    }
    if (!opts.include_down && is_down_file(p)) {
      ++out.skipped_down;
      return;
    }
    files.push_back(p);
  };
  auto walk = [&](const fs::path& dir) {
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(dir, fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
      if (ec) {
        break;
      }
      const std::string name = it->path().filename().string();
      if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending(); // .git and friends
        continue;
      }
      if (it->is_regular_file(ec) && ends_with_sql(name)) {
        take(clean(it->path()));
      }
    }
  };
  if (given.empty()) {
    const std::vector<std::string> patterns =
        opts.include.empty() ? std::vector<std::string>{"**/*.sql"} : opts.include;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(opts.base_dir, fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
      if (ec) {
        break;
      }
      const std::string name = it->path().filename().string();
      if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) {
        continue;
      }
      const std::string rel = it->path().lexically_relative(opts.base_dir).generic_string();
      if (std::any_of(patterns.begin(), patterns.end(),
                      [&](const std::string& g) { return str::glob_match(g, rel); })) {
        if (!excluded(clean(it->path()), opts)) { // exclude globs see the full path
          take(clean(shown_path(it->path())));
        }
      }
    }
  }
  for (const std::string& g : given) {
    if (g == "-") {
      has_stdin = true;
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(g, ec);
    if (ec || !fs::exists(st)) {
      throw IoError(g + ": no such file or directory");
    }
    if (fs::is_directory(st)) {
      walk(g);
    } else {
      take(clean(g));
    }
  }
  std::sort(files.begin(), files.end(),
            [](const std::string& a, const std::string& b) { return str::natural_less(a, b); });
  files.erase(std::unique(files.begin(), files.end()), files.end());
  out.paths = std::move(files);
  if (has_stdin) {
    out.paths.emplace_back("-");
  }
  return out;
}

} // namespace ddlint::source
