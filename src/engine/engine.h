// The pipeline: sources -> parse (parallel) -> catalog (in order) -> rules (parallel) ->
// filters -> sorted findings. Used by every subcommand, the tests and the fuzzer.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "engine/filters.h"
#include "findings/finding.h"
#include "parse/inputs.h"

#include <optional>
#include <string>
#include <vector>

namespace ddlint::engine {

struct Options {
  std::vector<std::string> paths; // as given; "-" = stdin; empty = config `include` or "."
  Config config;
  std::vector<std::string> only_rules; // --rule: run exactly these
  unsigned jobs = 0;                   // 0: number of cores
  // Filters (engine/filters.h): a baseline file (empty: none) and the changed files that limit
  // what is reported (canonical paths; absent: everything).
  std::string baseline;
  std::optional<std::vector<std::string>> changed_files;
  // --db: read this live database instead of files (paths must be empty); --schema limits it.
  std::string db;
  std::vector<std::string> db_schemas;
};

struct Timings {
  double read_ms = 0;
  double parse_ms = 0;
  double catalog_ms = 0;
  double rules_ms = 0;
};

struct Result {
  RunInputs inputs;
  catalog::Catalog catalog;
  std::vector<Finding> findings;  // filtered and sorted
  std::uint32_t ignored = 0;      // removed by config `ignore`
  FilterStats filters;            // what each filter removed (includes `ignored`)
  std::vector<std::string> notes; // one-line information for the user (tenancy detection, ...)
  Timings timings;
};

// Reads the given inputs into `inputs` (throws IoError for missing paths).
void load_sources(const std::vector<std::string>& paths, const Config& config, RunInputs& inputs);

// Reads the live database `url` (only `schemas` when given) into a catalog; marks `inputs` as a
// --db run (no files, db_label set). Throws DbError when it cannot connect or read.
catalog::Catalog load_db(const std::string& url, const std::vector<std::string>& schemas,
                         unsigned jobs, RunInputs& inputs);

// Splits and parses every input (in parallel) and applies the statements in order.
catalog::Catalog build_catalog(RunInputs& inputs, unsigned jobs);

// Runs the enabled rules (or `only`) and returns their findings, unsorted. For a --db run
// (inputs.from_db) rules marked files_only are skipped.
std::vector<Finding> run_rules(const catalog::Catalog& catalog, const RunInputs& inputs,
                               const Config& config, const std::vector<std::string>& only,
                               unsigned jobs, std::vector<std::string>* notes = nullptr);

// Removes findings matched by config `ignore`; returns how many were removed.
std::uint32_t apply_ignores(std::vector<Finding>& findings, const RunInputs& inputs,
                            const Config& config);

// Deterministic order: file, offset, rule id, message.
void sort_findings(std::vector<Finding>& findings);

// The baseline file of a run: options.baseline, else config `baseline`, else none. Throws
// IoError/ConfigError naming the file when it cannot be read.
std::optional<suppress::Baseline> load_baseline(const Options& options);

// The filter stage for a finished run: suppressions, ignore, `baseline`, options.changed_files.
FilterStats filter(Result& res, const Options& options, std::optional<suppress::Baseline> baseline);

// The whole pipeline, for files or (options.db set) a live database.
Result run(const Options& options);

} // namespace ddlint::engine
