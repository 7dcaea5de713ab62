// Subcommand options and entry points (internal to cli/).
#pragma once

#include "cli/app.h"
#include "config/config.h"
#include "engine/engine.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ddlint::cli {

// Options shared by the commands that lint inputs.
struct InputOptions {
  std::vector<std::string> paths;
  std::string config;
  std::vector<std::string> rules;
  unsigned jobs = 0;
  std::string db;
  std::vector<std::string> db_schemas;
};

// The configuration the inputs name (--config, else .ddlint.json found upwards from the cwd).
Config input_config(const InputOptions& o, const Io& io);

// engine::Options for linting `o` with `cfg`: files or (--db) a live database; the working
// directory when neither paths, the config's `include` nor --db name anything.
engine::Options engine_options(const InputOptions& o, const Config& cfg);

struct CheckOptions {
  InputOptions input;
  std::string format = "text";
  std::string output = "-";
  std::string fail_on = "error";
  std::string color = "auto";
  bool quiet = false;
  bool stats = false;
  std::string baseline;      // --baseline F (else config `baseline`)
  std::string changed_since; // --changed-since REV
  bool staged = false;       // --staged
};

struct ReportOptions {
  InputOptions input;
  std::string format = "html";
  std::string output = "-";
};

struct FixOptions {
  InputOptions input;
  std::string output = "-";
};

struct BaselineOptions {
  InputOptions input;
  std::string output; // default: config `baseline`, else .ddlint-baseline.json
};

struct InitOptions {
  std::string dir; // default: the working directory
};

struct CatalogOptions {
  InputOptions input;
  std::string format = "json";
  std::string output = "-";
};

struct RulesOptions {
  std::string format = "text";
  std::string config;
};

struct ExplainOptions {
  std::string rule;
};

struct DevOptions {
  bool check = false;
  std::string root = ".";
};

void add_input_options(CLI::App& cmd, InputOptions& o, bool with_rules);
// --baseline, --changed-since, --staged (cmd_check.cpp).
void add_gating_options(CLI::App& cmd, CheckOptions& o);

int cmd_check(const CheckOptions& o, Io& io);
int cmd_baseline(const BaselineOptions& o, Io& io);
int cmd_report(const ReportOptions& o, Io& io);
int cmd_fix(const FixOptions& o, Io& io);
int cmd_init(const InitOptions& o, Io& io);
int cmd_catalog(const CatalogOptions& o, Io& io);
int cmd_rules(const RulesOptions& o, Io& io);
int cmd_explain(const ExplainOptions& o, Io& io);
int cmd_dev_gen_docs(const DevOptions& o, Io& io);

// The time a report is generated, "YYYY-MM-DD HH:MM:SS UTC": SOURCE_DATE_EPOCH when set
// (reproducible output), else now (cmd_report.cpp).
std::string report_time();

// Writes `text` to `path` ("-" = io.out). Throws IoError when the file cannot be written.
void write_output(const std::string& path, const std::string& text, Io& io);

// Calls `write` with the stream for `path` ("-" or "" = io.out; else the file, truncated, in
// binary mode) and flushes it: for reports written piecewise (report::render). Throws IoError
// when the file cannot be opened or written.
void write_output_with(const std::string& path, Io& io,
                       const std::function<void(std::ostream&)>& write);

} // namespace ddlint::cli
