// Maps 0-based byte offsets of one text to 1-based line and column numbers.
// Lines end at "\n", "\r\n" or a lone "\r". Columns count Unicode code points (1-based);
// the UTF-16 column is available for formats that want it (SARIF may). Texts must be shorter
// than 4 GiB (offsets beyond clamp to the last line). No ddlint concepts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ddlint {

struct LineCol {
  std::uint32_t line = 1;   // 1-based
  std::uint32_t column = 1; // 1-based, code points
};

class LineIndex {
public:
  explicit LineIndex(std::string_view text);

  // Offset beyond the text clamps to its end.
  LineCol at(std::size_t offset) const;
  // 1-based UTF-16 column of the offset.
  std::uint32_t utf16_column(std::size_t offset) const;
  // Text of the given 1-based line without its line terminator.
  std::string_view line_text(std::uint32_t line) const;
  // 0-based byte offset where the 1-based line starts.
  std::size_t line_start(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

private:
  std::uint32_t line_of(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::uint32_t> starts_; // texts are below 4 GiB (max_file_size)
};

} // namespace ddlint
