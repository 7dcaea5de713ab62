// The parse floor: what libpg_query alone costs on a file, the reference that ddlint's speed
// targets are ratios of (docs/performance.md). Modes:
//   split  pg_query_split_with_scanner + pg_query_parse_protobuf of every statement (the floor)
//   whole  one pg_query_parse_protobuf of the whole file
//   unpack split + protobuf-C unpack and free of every tree
// Usage: parse_floor <mode> <file> [repeat]; prints CPU seconds of the best repeat.
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

namespace {

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long run(const std::string& mode, const std::string& sql) {
  long statements = 0;
  if (mode == "whole") {
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
    statements = r.error == nullptr ? 1 : -1;
    pg_query_free_protobuf_parse_result(r);
    return statements;
  }
  PgQuerySplitResult s = pg_query_split_with_scanner(sql.c_str());
  if (s.error != nullptr) {
    pg_query_free_split_result(s);
    return -1;
  }
  std::string q;
  for (int i = 0; i < s.n_stmts; ++i) {
    q.assign(sql, static_cast<std::size_t>(s.stmts[i]->stmt_location),
             static_cast<std::size_t>(s.stmts[i]->stmt_len));
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(q.c_str());
    if (mode == "unpack" && r.error == nullptr) {
      PgQuery__ParseResult* pr = pg_query__parse_result__unpack(
          nullptr, r.parse_tree.len, reinterpret_cast<const std::uint8_t*>(r.parse_tree.data));
      pg_query__parse_result__free_unpacked(pr, nullptr);
    }
    pg_query_free_protobuf_parse_result(r);
    ++statements;
  }
  pg_query_free_split_result(s);
  return statements;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: parse_floor split|whole|unpack FILE [REPEAT]\n");
    return 2;
  }
  const std::string mode = argv[1];
  std::ifstream in(argv[2], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string sql = ss.str();
  const int repeat = argc > 3 ? std::atoi(argv[3]) : 1;
  double best = 1e30;
  long statements = 0;
  for (int i = 0; i < repeat; ++i) {
    const double t0 = cpu_now();
    statements = run(mode, sql);
    best = std::min(best, cpu_now() - t0);
  }
  std::printf("%s %s bytes=%zu statements=%ld cpu_s=%.4f\n", mode.c_str(), argv[2], sql.size(),
              statements, best);
  pg_query_exit();
  return 0;
}
