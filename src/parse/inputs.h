// What the parse stage knows about each input file, for rules that look at the inputs rather
// than the catalog (syntax errors, comments, suppressions) and for reporters (source lines).
#pragma once

#include "base/line_index.h"
#include "base/source_text.h"
#include "parse/parser.h"
#include "parse/splitter.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ddlint {

struct FileInput {
  std::string path;   // as shown to the user (relative to the working directory when given so)
  SourceText content; // the original bytes (mapped for larger files; see release_pages)
  // Line starts, scanned once while the text is read; reports find positions on ASCII lines
  // without touching the text again.
  std::shared_ptr<const LineIndex::Lines> lines;
  bool no_directives = false; // the parse found no suppression comment (not read again)
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
