#include "parse/parser.h"

#include "base/parallel.h"
#include "base/utf8.h"
#include "parse/arena.h"
#include "parse/lower.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

namespace ddlint::parse {
namespace {

bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || static_cast<unsigned char>(c) >= 0x80U;
}

// End of the token at `pos` for an error span: a word, or one character.
std::uint32_t token_end(std::string_view text, std::uint32_t pos, std::uint32_t limit) {
  std::uint32_t e = pos;
  while (e < limit && ident_char(text[e])) {
    ++e;
  }
  if (e == pos && pos < limit) {
    e = pos + static_cast<std::uint32_t>(utf8::sequence_length(text, pos));
  }
  return std::min(e, limit);
}

struct ProtobufResult {
  PgQueryProtobufParseResult r;
  ~ProtobufResult() { pg_query_free_protobuf_parse_result(r); }
};

} // namespace

void parse_statements(const SplitResult& split, std::string_view input, std::uint32_t file,
                      std::size_t first, std::size_t last, ParsedChunk& out) {
  tls_used = true;
  Arena& arena = thread_arena();
  ProtobufCAllocator allocator = arena.allocator();
  const std::string_view text = split.text(input);
  std::string q;
  for (std::size_t i = first; i < last && i < split.statements.size(); ++i) {
    const StatementSpan& sp = split.statements[i];
    const std::string_view sv = text.substr(sp.begin, sp.end - sp.begin);
    const std::size_t nul = sv.find('\0');
    if (nul != std::string_view::npos) {
      const auto at = static_cast<std::uint32_t>(sp.begin + nul);
      out.errors.push_back({at, at + 1, "NUL byte in statement (binary data?); statement skipped"});
      continue;
    }
    if (const auto bad = utf8::first_invalid(sv)) {
      const auto at = static_cast<std::uint32_t>(sp.begin + *bad);
      char msg[96];
      std::snprintf(msg, sizeof msg, "invalid byte sequence for encoding \"UTF8\": 0x%02x",
                    static_cast<unsigned>(static_cast<unsigned char>(sv[*bad])));
      out.errors.push_back({at, at + 1, msg});
      continue;
    }
    if (sp.depth_estimate > kMaxDepthEstimate) {
      out.errors.push_back({sp.begin, sp.end,
                            "statement nests expressions too deeply to analyse (estimated depth " +
                                std::to_string(sp.depth_estimate) + ", limit " +
                                std::to_string(kMaxDepthEstimate) + ")"});
      continue;
    }
    // Hand the parser the terminating ';' too, so its messages match psql's ("at or near ";"").
    const std::uint32_t qend =
        sp.terminator < text.size() && text[sp.terminator] == ';' ? sp.terminator + 1 : sp.end;
    q.assign(text.substr(sp.begin, qend - sp.begin));
    ProtobufResult res{pg_query_parse_protobuf(q.c_str())};
    if (res.r.error != nullptr) {
      const int cursor = res.r.error->cursorpos;
      std::uint32_t at = sp.begin;
      if (cursor > 0) {
        at = sp.begin + static_cast<std::uint32_t>(utf8::byte_offset_of_char(
                            std::string_view(q), static_cast<std::size_t>(cursor - 1)));
      }
      at = std::min(at, qend);
      out.errors.push_back(
          {at, token_end(text, at, std::max(qend, at)),
           res.r.error->message != nullptr ? res.r.error->message : "syntax error"});
      continue;
    }
    PgQuery__ParseResult* pr = pg_query__parse_result__unpack(
        &allocator, res.r.parse_tree.len,
        reinterpret_cast<const std::uint8_t*>(res.r.parse_tree.data));
    if (pr == nullptr) {
      out.errors.push_back({sp.begin, sp.end, "internal error: cannot read the parse tree"});
      arena.reset();
      continue;
    }
    for (std::size_t k = 0; k < pr->n_stmts; ++k) {
      const PgQuery__RawStmt* raw = pr->stmts[k];
      if (raw == nullptr) {
        continue;
      }
      std::uint32_t b = sp.begin + static_cast<std::uint32_t>(std::max(raw->stmt_location, 0));
      std::uint32_t e = raw->stmt_len > 0 ? b + static_cast<std::uint32_t>(raw->stmt_len) : sp.end;
      // stmt_location includes leading whitespace and comments; start at the first token.
      if (k > 0) {
        while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) {
          ++b;
        }
      } else {
        b = sp.begin;
      }
      e = std::min(e, sp.end);
      Lowerer lower(text, file, sp.begin, b, e, split.comments);
      lower.statement(raw->stmt, out.statements);
    }
    arena.reset();
  }
}

ParsedFile parse_text(std::string_view text, std::uint32_t file) {
  ParsedFile f;
  f.source.assign(text);
  f.split = split(f.source);
  // On a worker thread: deep statements need its large stack.
  parallel::for_each(1, 1, [&](std::size_t) {
    parse_statements(f.split, f.source, file, 0, f.split.statements.size(), f.parsed);
  });
  return f;
}

std::vector<int> keyword_kinds(const std::vector<std::string>& words) {
  std::vector<int> kinds(words.size(), 0);
  std::string joined;
  std::vector<std::pair<std::size_t, std::size_t>> starts; // (offset, index)
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const bool plain = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9');
    }) && !(w[0] >= '0' && w[0] <= '9');
    if (!plain) {
      continue;
    }
    starts.emplace_back(joined.size(), i);
    joined += w;
    joined += ' ';
  }
  if (starts.empty()) {
    return kinds;
  }
  tls_used = true;
  PgQueryScanResult sr = pg_query_scan(joined.c_str());
  if (sr.error == nullptr) {
    PgQuery__ScanResult* scan = pg_query__scan_result__unpack(
        nullptr, sr.pbuf.len, reinterpret_cast<const std::uint8_t*>(sr.pbuf.data));
    if (scan != nullptr) {
      std::size_t si = 0;
      for (std::size_t t = 0; t < scan->n_tokens; ++t) {
        const PgQuery__ScanToken* tok = scan->tokens[t];
        while (si < starts.size() && starts[si].first < static_cast<std::size_t>(tok->start)) {
          ++si;
        }
        if (si < starts.size() && starts[si].first == static_cast<std::size_t>(tok->start)) {
          kinds[starts[si].second] = static_cast<int>(tok->keyword_kind);
        }
      }
      pg_query__scan_result__free_unpacked(scan, nullptr);
    }
  }
  pg_query_free_scan_result(sr);
  return kinds;
}

namespace {

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
};
using KeywordTable = std::unordered_map<std::string, int, WordHash, std::equal_to<>>;

// PostgreSQL's keywords, with their categories: the scanner's verdict on every keyword token of
// libpg_query's Token enum, named after the keyword ("select" SELECT, "abort" ABORT_P). Names that
// are no keyword (MODE_TYPE_NAME, NOT_LA) scan as identifiers and drop out.
const KeywordTable& keyword_table() {
  static const auto* const table = [] {
    std::vector<std::string> candidates;
    for (unsigned i = 0; i < pg_query__token__descriptor.n_values; ++i) {
      std::string w = pg_query__token__descriptor.values[i].name;
      std::transform(w.begin(), w.end(), w.begin(),
                     [](char c) { return static_cast<char>(std::tolower(c)); });
      if (w.size() > 2 && w.ends_with("_p")) {
        w.resize(w.size() - 2);
      }
      if (!w.empty() && std::all_of(w.begin(), w.end(),
                                    [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; })) {
        candidates.push_back(std::move(w));
      }
    }
    const std::vector<int> kinds = keyword_kinds(candidates);
    auto* t = new KeywordTable(); // never destroyed: read until exit
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (kinds[i] != 0) {
        t->emplace(candidates[i], kinds[i]);
      }
    }
    return t;
  }();
  return *table;
}

} // namespace

int keyword_kind(std::string_view word) {
  const auto& table = keyword_table();
  if (word.empty() || word.size() > 32) {
    return 0;
  }
  const auto it = table.find(word);
  return it == table.end() ? 0 : it->second;
}

std::size_t keyword_count() {
  return keyword_table().size();
}

void shutdown() {
  if (tls_used) {
    pg_query_exit();
    tls_used = false;
  }
}

} // namespace ddlint::parse
