// Maps 0-based byte offsets of one text to 1-based line and column numbers.
// Lines end at "\n", "\r\n" or a lone "\r". Columns count Unicode code points (1-based);
// the UTF-16 column is available for formats that want it (SARIF may). Texts must be shorter
// than 4 GiB (offsets beyond clamp to the last line). No ddlint concepts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ddlint {

struct LineCol {
  std::uint32_t line = 1;   // 1-based
  std::uint32_t column = 1; // 1-based, code points
};

class LineIndex {
public:
  // Where the lines of a text start, and which lines hold a byte beyond ASCII. Computed once
  // (while the text is at hand) and shared; positions on ASCII lines are then found without
  // reading the text again.
  struct Lines {
    std::vector<std::uint32_t> starts;    // texts are below 4 GiB (max_file_size)
    std::vector<std::uint64_t> non_ascii; // one bit per line (0-based)
    std::size_t size = 0;                 // bytes of the text
  };
  static std::shared_ptr<const Lines> scan(std::string_view text);

  explicit LineIndex(std::string_view text);
  // `lines` must have been scanned from this text.
  LineIndex(std::string_view text, std::shared_ptr<const Lines> lines);

  // Offset beyond the text clamps to its end.
  LineCol at(std::size_t offset) const;
  // 1-based UTF-16 column of the offset.
  std::uint32_t utf16_column(std::size_t offset) const;
  // Text of the given 1-based line without its line terminator.
  std::string_view line_text(std::uint32_t line) const;
  // 0-based byte offset where the 1-based line starts.
  std::size_t line_start(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(lines_->starts.size()); }

private:
  std::uint32_t line_of(std::size_t offset) const;
  bool ascii_line(std::uint32_t line) const {
    const std::size_t i = line - 1;
    return (lines_->non_ascii[i / 64] >> (i % 64) & 1U) == 0;
  }

  std::string_view text_;
  std::shared_ptr<const Lines> lines_;
};

} // namespace ddlint
