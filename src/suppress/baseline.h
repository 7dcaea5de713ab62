// Baselines (SPEC section 5): a reviewable JSON file of accepted findings, matched by
// fingerprint (rule id + object identity, never lines or file names), so that it survives edits
// above a finding and moving a definition to another migration. schemas/baseline.schema.json.
#pragma once

#include "findings/finding.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddlint::suppress {

struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::string object;  // ObjectRef::display(), for the reader
  std::string message; // as reported when the baseline was written, for the reader
};

struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;
};

// The file text for `findings`: entries sorted by rule, object, message and fingerprint (not by
// location, so that moving code does not reorder the file), one finding per entry.
std::string write_baseline(const std::vector<Finding>& findings);

// Reads a baseline file; throws IoError / ConfigError naming the file when it is missing or
// malformed.
Baseline read_baseline(const std::string& path);

struct BaselineOutcome {
  std::uint32_t baselined = 0;      // findings removed because the baseline accepts them
  std::vector<BaselineEntry> stale; // entries no current finding matched
};

// Removes the findings the baseline accepts. Entries are a multiset: a fingerprint listed n
// times accepts n findings.
BaselineOutcome apply_baseline(std::vector<Finding>& findings, const Baseline& baseline);

} // namespace ddlint::suppress
