// Reading files and standard input with a size limit. No ddlint concepts.
#pragma once

#include "base/source_text.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ddlint::files {

struct ReadResult {
  std::string content;
  std::string error; // empty on success; otherwise names the path and the cause
  bool too_large = false;
};

// Reads the whole file; content is empty and `error` set when it cannot be read or exceeds
// `max_bytes`.
ReadResult read(const std::string& path, std::uint64_t max_bytes);
ReadResult read_stdin(std::uint64_t max_bytes);

// An input file's text: regular files of at least kMapBytes are mapped (SourceText::map), so
// that their pages can be given back once parsed; others, and files that cannot be mapped, are
// read. Same errors and limit as read().
inline constexpr std::size_t kMapBytes = 4096;
struct SourceResult {
  SourceText content;
  std::string error;
  bool too_large = false;
};
SourceResult read_source(const std::string& path, std::uint64_t max_bytes);

// Whether a file's content is binary rather than text. Only the first kBinaryProbeBytes are
// looked at. "Odd" bytes there are NUL, the C0 control bytes other than \t \n \v \f \r, DEL,
// and bytes that are not part of a well-formed UTF-8 sequence (a sequence cut by the end of the
// probe is judged with the bytes after it). The content is binary when
//   * at least kBinaryOddPercent % of the probed bytes are odd (images, archives, executables,
//     UTF-16 text: about half of its bytes are NUL), or
//   * a NUL is among the first kBinaryHeadBytes bytes and another odd byte follows it in the
//     probe (the headers of binary formats: magic number, NUL padding, lengths).
// A stray NUL in otherwise textual SQL is not binary: the statement containing it is the error.
inline constexpr std::size_t kBinaryProbeBytes = 8192;
inline constexpr std::size_t kBinaryOddPercent = 10;
inline constexpr std::size_t kBinaryHeadBytes = 16;

struct BinaryProbe {
  bool binary = false;
  std::size_t probed = 0;    // bytes looked at
  std::size_t odd = 0;       // odd bytes among them
  std::size_t first_odd = 0; // offset of the first odd byte (valid when odd > 0)
};
BinaryProbe probe_binary(std::string_view content);

// Writes `content` to `path` ("-" = stdout); throws IoError naming the path on failure.
void write(const std::string& path, const std::string& content);

} // namespace ddlint::files
