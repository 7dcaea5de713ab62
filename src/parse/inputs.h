// What the parse stage knows about each input file, for rules that look at the inputs rather
// than the catalog (syntax errors, comments, suppressions) and for reporters (source lines).
#pragma once

#include "parse/parser.h"
#include "parse/splitter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ddlint {

struct FileInput {
  std::string path;    // as shown to the user (relative to the working directory when given so)
  std::string content; // the original bytes
  std::vector<parse::ParseError> errors;
  std::vector<parse::CommentSpan> comments;
  std::uint32_t statements = 0; // statements found by the splitter
  bool binary = false;          // not parsed: looks binary
  bool too_large = false;       // not parsed: over max_file_size
};

struct RunInputs {
  std::vector<FileInput> files; // in apply order; SourceRef::file indexes this
  bool from_db = false;
  std::string db_label; // "db:host/dbname" for --db runs
  std::uint32_t skipped_down_files = 0;
};

} // namespace ddlint
