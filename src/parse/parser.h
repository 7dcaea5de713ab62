// libpg_query driver: parses the statements found by the splitter and lowers each AST to ir.
// Thread-safe; the deepest recursion happens inside libpg_query, so callers run it on threads
// with large stacks (base/parallel.h does).
#pragma once

#include "ir/stmt.h"
#include "parse/splitter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::parse {

// Statements whose estimated parse-tree depth exceeds this are reported, not parsed:
// libpg_query's tree output has no stack-depth check (a chain of 10,000 '+' overflows 8 MB).
inline constexpr std::uint32_t kMaxDepthEstimate = 50000;

struct ParseError {
  std::uint32_t begin = 0; // 0-based byte offsets in the file
  std::uint32_t end = 0;
  std::string message; // PostgreSQL's own message where it comes from the parser
};

struct ParsedChunk {
  std::vector<ir::Statement> statements;
  std::vector<ParseError> errors;
};

// Parses statements [first, last) of `split` (of `input`, a file with index `file`) and appends
// to `out`.
void parse_statements(const SplitResult& split, std::string_view input, std::uint32_t file,
                      std::size_t first, std::size_t last, ParsedChunk& out);

// Convenience for a whole file on the calling thread (tests, small inputs).
struct ParsedFile {
  std::string source; // a copy of the text, which split views into
  SplitResult split;
  ParsedChunk parsed;
};
ParsedFile parse_text(std::string_view text, std::uint32_t file);

// Keyword category of each word, from libpg_query's scanner: 0 = not a keyword,
// 1 = unreserved, 2 = column name, 3 = type or function name, 4 = reserved.
std::vector<int> keyword_kinds(const std::vector<std::string>& words);

// The same verdict for one word from a table of PostgreSQL's keywords built once per process
// (thread-safe; no scan per word). Only lowercase words can be keywords ("User" is no keyword).
int keyword_kind(std::string_view word);
// Number of keywords in that table (PostgreSQL 15: 460).
std::size_t keyword_count();

// Frees libpg_query's memory of the calling thread if it parsed anything (worker threads free
// theirs when they end). Call before exit so LeakSanitizer stays quiet.
void shutdown();

} // namespace ddlint::parse
