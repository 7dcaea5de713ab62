// Inline suppressions (SPEC section 5), read from the comments the splitter collected:
//   -- ddlint-disable-next-line a, b -- reason   the next line that is not blank or a comment
//   -- ddlint-disable a                          from here to `-- ddlint-enable [a]` or the end
//   -- ddlint-disable-file a                     the whole file
// Block comments (`/* ddlint-disable a */`) work the same way. A finding is suppressed when its
// location or one of its related locations lies in the covered range of a suppression naming
// its rule. Mistakes in the comments become `invalid-suppression` findings where they are
// written; suppressions that suppressed nothing become `unused-suppression` findings.
#pragma once

#include "config/config.h"
#include "findings/finding.h"
#include "parse/inputs.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddlint::suppress {

enum class Scope : std::uint8_t { NextLine, Region, File };
const char* directive(Scope s); // "ddlint-disable-next-line", ...

struct Entry {
  std::string rule;
  SourceRef at;            // where the rule id is written
  std::uint32_t begin = 0; // covered byte range of the file, [begin, end)
  std::uint32_t end = 0;
  bool used = false;
};

struct Suppression {
  Scope scope = Scope::NextLine;
  SourceRef comment;
  std::string reason;   // text after the second `--`, trimmed; may be empty
  std::string identity; // comment and target text: a fingerprint without line numbers
  std::vector<Entry> entries;
};

struct Problem {
  SourceRef at;
  std::string message;
  std::string identity;
};

struct Parsed {
  std::vector<Suppression> suppressions;
  std::vector<Problem> problems;
};

// Reads every file's comments (files whose `no_directives` is set are skipped).
Parsed parse(const RunInputs& inputs);

// Whether any of a text's comments is a suppression directive (well formed or not): the parse
// stage asks while the text is at hand, and files without one are not read again.
bool any_directive(std::string_view text, const std::vector<parse::CommentSpan>& comments);

struct Outcome {
  std::uint32_t suppressed = 0; // findings removed
  std::uint32_t unused = 0;     // unused-suppression findings added
  std::uint32_t invalid = 0;    // invalid-suppression findings added
};

// Removes suppressed findings from `findings` and appends the findings of the meta rules that
// are among `ran` (the ids of the rules that ran). A suppression is judged unused only for rules
// that ran: a run narrowed with --rule, or a rule turned off, says nothing about it.
Outcome apply(std::vector<Finding>& findings, const RunInputs& inputs, const Config& config,
              const std::vector<std::string>& ran);

inline constexpr std::string_view kUnusedRule = "unused-suppression";
inline constexpr std::string_view kInvalidRule = "invalid-suppression";

} // namespace ddlint::suppress
