// Reading files and standard input with a size limit. No ddlint concepts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

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

// Writes `content` to `path` ("-" = stdout); throws IoError naming the path on failure.
void write(const std::string& path, const std::string& content);

} // namespace ddlint::files
