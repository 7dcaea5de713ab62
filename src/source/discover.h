// Finding the input files of a run: files, directories (recursive *.sql), "-" for stdin;
// natural sort order over the whole run; rollback files skipped unless include_down.
#pragma once

#include <string>
#include <vector>

namespace ddlint::source {

struct DiscoverOptions {
  bool include_down = false;
  std::vector<std::string> include; // globs relative to `base_dir` (used when no paths given)
  std::vector<std::string> exclude; // globs matched against relative and given paths
  std::string base_dir = ".";
};

struct Discovered {
  std::vector<std::string> paths; // "-" stands for stdin; in apply order
  std::uint32_t skipped_down = 0;
};

// Throws IoError when a given path does not exist.
Discovered discover(const std::vector<std::string>& given, const DiscoverOptions& opts);

// True for rollback migrations: *.down.sql, *_down.sql, down.sql, Flyway U<version>__*.sql.
bool is_down_file(const std::string& path);

} // namespace ddlint::source
