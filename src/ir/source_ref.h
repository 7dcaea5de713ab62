// Where something is in the inputs: a file of the run and a byte range in it.
// Live-database objects have no file; their location is the object's qualified name.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

namespace ddlint {

inline constexpr std::uint32_t kNoFile = std::numeric_limits<std::uint32_t>::max();
// File index used for objects read from a live database (`--db`).
inline constexpr std::uint32_t kDbFile = kNoFile - 1;

struct SourceRef {
  std::uint32_t file = kNoFile; // index into the run's SourceSet
  std::uint32_t begin = 0;      // 0-based byte offset, inclusive
  std::uint32_t end = 0;        // 0-based byte offset, exclusive (>= begin)

  bool valid() const { return file != kNoFile; }
  bool from_db() const { return file == kDbFile; }
  friend bool operator==(const SourceRef&, const SourceRef&) = default;
  friend auto operator<=>(const SourceRef&, const SourceRef&) = default;
};

} // namespace ddlint
