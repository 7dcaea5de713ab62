// Splits a SQL file into statements the way psql does, without libpg_query: psql meta-command
// lines and COPY ... FROM stdin data are blanked out, BEGIN ATOMIC ... END bodies stay one
// statement, semicolons inside parentheses do not split. Also collects comments (for
// suppressions and trailing column comments) and identifiers longer than PostgreSQL keeps.
//
// Why our own lexer instead of pg_query_split_with_scanner + pg_query_scan: that splitter drops
// psql lines silently or glues them to the next statement, cuts BEGIN ATOMIC bodies, and fails
// for the whole file on a scanner error (inline COPY data, an unterminated string). One linear
// pass here does the split, the blanking and the comments; tests cross-check the comments and
// boundaries against pg_query_scan on the fixtures and the corpus.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::parse {

struct StatementSpan {
  std::uint32_t begin = 0;      // first byte of the first token
  std::uint32_t end = 0;        // one past the last token before the terminating ';'
  std::uint32_t terminator = 0; // offset of the terminating ';', or `end` when there is none
  // Upper bound of the parse-tree depth (see splitter.cpp); statements above the limit are not
  // handed to the parser, whose recursion has no stack check.
  std::uint32_t depth_estimate = 0;
  bool unterminated = false; // ended early at an unterminated quote or comment (recovery)
};

struct CommentSpan {
  std::uint32_t begin = 0; // at "--" or "/*"
  std::uint32_t end = 0;   // one past the comment (line comments: before the line break)
  bool block = false;
};

struct LongIdentifier {
  std::uint32_t begin = 0; // the identifier token (including quotes)
  std::uint32_t end = 0;
  std::string name; // full name as PostgreSQL would see it before truncation (folded)
};

struct SplitResult {
  // The input with psql meta-commands and COPY data replaced by spaces, or empty when nothing
  // was blanked (then the input itself is the text): use text(input).
  std::string blanked;
  std::string_view text(std::string_view input) const {
    return blanked.empty() ? input : std::string_view(blanked);
  }
  std::vector<StatementSpan> statements;
  std::vector<CommentSpan> comments;
  std::vector<LongIdentifier> long_identifiers; // identifiers over 63 bytes
  std::uint32_t blanked_meta_commands = 0;
  std::uint32_t blanked_copy_blocks = 0;
};

SplitResult split(std::string_view input);

// Byte offset just past the end of the element (column definition, constraint, ALTER TABLE
// sub-command) that starts at `begin`: the next ',' or unmatched ')' at nesting level 0, or `end`.
// Trailing whitespace is excluded. Quotes and comments are skipped correctly.
std::uint32_t element_end(std::string_view text, std::uint32_t begin, std::uint32_t end);

// Offset of the ')' matching the '(' at `open`, or npos-like `end` when unbalanced.
std::uint32_t matching_paren(std::string_view text, std::uint32_t open, std::uint32_t end);

} // namespace ddlint::parse
