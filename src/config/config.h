// Configuration (.ddlint.json): discovery, JSON with comments, `extends` presets, per-rule
// severity and options, and validation that names the file and the key on every error
// (ConfigError -> exit 2). SPEC section 4.
#pragma once

#include "findings/finding.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint {

struct RuleSetting {
  bool enabled = false;
  Severity severity = Severity::Warning;
  std::vector<std::pair<std::string, std::string>> options; // option name -> JSON text
};

struct IgnoreEntry {
  std::string rule;   // rule id or glob; empty = any rule
  std::string schema; // globs; empty = any
  std::string table;  // "name" or "schema.name"
  std::string column;
  std::string file; // path glob
};

struct TenancyConfig {
  std::optional<std::vector<std::string>> columns; // absent: detected
  std::vector<std::string> root_tables;
  std::vector<std::string> global_tables;
  bool allow_indirect = false;
};

struct Config {
  std::string file; // the config file, empty when none was found
  std::string dir;  // directory relative paths in the config are resolved against
  std::vector<std::string> extends_chain; // e.g. {"supabase", "recommended"}
  int postgres_version = 15;
  std::map<std::string, RuleSetting, std::less<>> rules; // every registered rule
  TenancyConfig tenancy;
  std::vector<std::string> exposed_schemas;
  std::vector<std::string> external;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::vector<IgnoreEntry> ignore;
  std::string baseline;
  bool include_down = false;
  std::uint64_t max_file_size = 256ULL * 1024 * 1024;
  std::uint32_t max_findings_per_file = 10000;

  bool enabled(std::string_view rule) const;
  Severity severity(std::string_view rule) const;
  const RuleSetting* setting(std::string_view rule) const;
  // True when `name` (e.g. "auth.users", "auth.uid()", "auth") matches an `external` entry.
  bool is_external(std::string_view name) const;
};

// The built-in defaults: the `recommended` preset and no file.
Config default_config();

// Loads `path` when given, else `.ddlint.json` in `cwd` or its parents, else the defaults.
Config load_config(const std::optional<std::string>& path, const std::string& cwd);

// Parses config text (for tests and stdin); `name` is used in error messages.
Config parse_config(std::string_view text, const std::string& name, const std::string& dir);

// Names of the shipped presets.
std::vector<std::string> preset_names();

} // namespace ddlint
