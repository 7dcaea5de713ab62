// The filter stage of the pipeline (SPEC section 1), in this order: inline suppressions ->
// config `ignore` -> baseline -> changed files. Kept apart from engine.cpp so that input modes
// (files, --db) and filters evolve independently.
#pragma once

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
};

struct FilterStats {
  std::uint32_t suppressed = 0;   // by inline comments
  std::uint32_t ignored = 0;      // by config `ignore`
  std::uint32_t baselined = 0;    // accepted by the baseline
  std::uint32_t out_of_scope = 0; // outside the changed files
  bool baseline_used = false;
  std::vector<suppress::BaselineEntry> stale_baseline; // entries no finding matched any more
};

// Applies every filter to `findings` (which must hold the findings of exactly the rules in
// `opts.ran`) and appends the findings of the meta rules (unused-suppression,
// invalid-suppression) when they ran.
FilterStats apply_filters(std::vector<Finding>& findings, const RunInputs& inputs,
                          const Config& config, const FilterOptions& opts);

// Keeps the findings whose location or one of whose related locations lies in one of `files`
// (canonical paths, see source::canonical_path); returns how many were removed. Findings without
// a file location are removed too: they cannot be attributed to a change.
std::uint32_t keep_in_scope(std::vector<Finding>& findings, const RunInputs& inputs,
                            const std::vector<std::string>& files);

// The ids of the rules a run executes: `only` when given, else those the config enables.
std::vector<std::string> selected_rules(const Config& config, const std::vector<std::string>& only,
                                        bool from_db = false);

} // namespace ddlint::engine
