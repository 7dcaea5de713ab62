// Input texts mapped from files (base/source_text.h, files::read_source) and the line starts
// that let reports find positions without reading a released text again (base/line_index.h).
#include "base/files.h"
#include "base/line_index.h"
#include "base/source_text.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace ddlint {
namespace {

std::string sample_sql(std::size_t bytes) {
  std::string s;
  for (int i = 0; s.size() < bytes; ++i) {
    s += "CREATE TABLE t" + std::to_string(i) + " (id bigint PRIMARY KEY); -- café\n";
  }
  return s;
}

} // namespace

TEST_CASE("a larger file is mapped, stays readable after release_pages, a small one is read",
          "[base]") {
  const test::TempDir dir("source_text");
  const std::string big = sample_sql(64 * 1024);
  const std::string small = "CREATE TABLE a (id int);\n";
  const std::string big_path = dir.write("big.sql", big).string();
  const std::string small_path = dir.write("small.sql", small).string();

  files::SourceResult b = files::read_source(big_path, 1U << 30U);
  REQUIRE(b.error.empty());
  CHECK(b.content.mapped());
  CHECK(b.content.view() == big);
  b.content.release_pages();
  CHECK(b.content.view() == big); // the pages come back from the page cache
  const SourceText copy = b.content;
  b.content = std::string("replaced");
  CHECK(copy.view() == big); // copies share the mapping
  CHECK(b.content.view() == "replaced");
  CHECK_FALSE(b.content.mapped());

  const files::SourceResult s = files::read_source(small_path, 1U << 30U);
  CHECK_FALSE(s.content.mapped());
  CHECK(s.content.view() == small);

  // The size limit and missing files behave as files::read.
  const files::SourceResult over = files::read_source(big_path, 1000);
  CHECK(over.too_large);
  CHECK(over.error.find("max_file_size") != std::string::npos);
  const files::SourceResult missing = files::read_source(dir.path() / "nope.sql", 1000);
  CHECK_FALSE(missing.error.empty());
}

TEST_CASE("a mapped file that shrinks under ddlint is an error naming it, not a crash", "[base]") {
  const test::TempDir dir("source_text_shrink");
  const std::string path = dir.write("shrinks.sql", sample_sql(64 * 1024)).string();
  std::array<int, 2> err{};
  REQUIRE(::pipe(err.data()) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(err[1], 2);
    const files::SourceResult r = files::read_source(path, 1U << 30U);
    if (!r.content.mapped() || ::truncate(path.c_str(), 0) != 0) {
      ::_exit(10);
    }
    r.content.release_pages();
    volatile char c = r.content[40000]; // beyond the new end of the file: SIGBUS
    (void)c;
    ::_exit(11);
  }
  ::close(err[1]);
  std::string message;
  std::array<char, 512> buf{};
  ssize_t n = 0;
  while ((n = ::read(err[0], buf.data(), buf.size())) > 0) {
    message.append(buf.data(), static_cast<std::size_t>(n));
  }
  ::close(err[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(message.find(path) != std::string::npos);
  CHECK(message.find("shrank while ddlint was reading it") != std::string::npos);
}

TEST_CASE("positions from shared line starts match a full scan, ASCII or not", "[base]") {
  const std::string text = "CREATE TABLE a (\n  x int -- é\r\n  y text\r  z int\n);\n€\n\nlast";
  const auto lines = LineIndex::scan(text);
  CHECK(lines->size == text.size());
  const LineIndex shared(text, lines);
  const LineIndex full(text);
  REQUIRE(shared.line_count() == full.line_count());
  for (std::size_t off = 0; off <= text.size() + 2; ++off) {
    INFO(off);
    CHECK(shared.at(off).line == full.at(off).line);
    CHECK(shared.at(off).column == full.at(off).column);
    CHECK(shared.utf16_column(off) == full.utf16_column(off));
  }
  // Column of "int" after "é" on line 2 counts code points; "y" on an ASCII line is byte-based.
  const std::size_t y = text.find("y text");
  CHECK(shared.at(y).line == 3);
  CHECK(shared.at(y).column == 3);
  const std::size_t euro_line_end = text.find("€") + std::string("€").size();
  CHECK(shared.at(euro_line_end).column == 2);
  // Lines scanned from another text are not trusted: the index scans its own.
  const LineIndex other(text, LineIndex::scan("short"));
  CHECK(other.line_count() == full.line_count());
}

} // namespace ddlint
