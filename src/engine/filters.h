// The filter stage of the pipeline (SPEC section 1), in this order: inline suppressions ->
// config `ignore` -> baseline -> changed files. Kept apart from engine.cpp so that input modes
// (files, --db) and filters evolve independently.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "findings/finding.h"
#include "parse/inputs.h"
#include "suppress/baseline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ddlint::engine {

struct FilterOptions {
  std::vector<std::string> ran;                  // ids of the rules that ran
  std::optional<suppress::Baseline> baseline;    // absent: no baseline
  std::optional<std::vector<std::string>> scope; // changed files (canonical paths); absent: all
  // The catalog the findings are about: with `scope`, a finding whose object was created or
  // changed by a statement in a changed file is in scope too (see keep_in_scope).
  const catalog::Catalog* catalog = nullptr;
};

struct FilterStats {
  std::uint32_t suppressed = 0;   // by inline comments
  std::uint32_t ignored = 0;      // by config `ignore`
  std::uint32_t baselined = 0;    // accepted by the baseline
  std::uint32_t out_of_scope = 0; // outside the changed files
  std::uint32_t over_limit = 0;   // dropped by max_findings_per_file
  bool baseline_used = false;
  std::vector<suppress::BaselineEntry> stale_baseline; // entries no finding matched any more
};

// Applies every filter to `findings` (which must hold the findings of exactly the rules in
// `opts.ran`) and appends the findings of the meta rules (unused-suppression,
// invalid-suppression) when they ran.
// Keeps at most `config.max_findings_per_file` findings per input file (the most severe, in
// their order) and, when `findings-limit` is in `ran`, reports each capped file with one
// finding at its start. Returns how many were dropped.
std::uint32_t limit_per_file(std::vector<Finding>& findings, const RunInputs& inputs,
                             const Config& config, const std::vector<std::string>& ran);

FilterStats apply_filters(std::vector<Finding>& findings, const RunInputs& inputs,
                          const Config& config, const FilterOptions& opts);

// Keeps the findings in scope of a change to `files` (canonical paths, see
// source::canonical_path); returns how many were removed. A finding is in scope when its location
// or one of its related locations lies in one of `files`, or (given `catalog`) when the object it
// is about was created or changed by a statement in one of them: the History of the column,
// constraint, index or policy it names when the catalog has it, else of its table, type,
// function or schema. So a table created in an old migration and altered in a new one is judged
// by the new one. Findings without any such location are removed: they cannot be attributed to
// a change.
std::uint32_t keep_in_scope(std::vector<Finding>& findings, const RunInputs& inputs,
                            const std::vector<std::string>& files,
                            const catalog::Catalog* catalog = nullptr);

// The ids of the rules a run executes: `only` when given, else those the config enables.
std::vector<std::string> selected_rules(const Config& config, const std::vector<std::string>& only,
                                        bool from_db = false);

} // namespace ddlint::engine
