#include "base/line_index.h"

#include "base/utf8.h"

#include <algorithm>

namespace ddlint {

std::shared_ptr<const LineIndex::Lines> LineIndex::scan(std::string_view text) {
  text = text.substr(0, std::min<std::size_t>(text.size(), UINT32_MAX));
  auto lines = std::make_shared<Lines>();
  lines->size = text.size();
  std::vector<std::uint32_t>& starts = lines->starts;
  std::vector<std::uint64_t>& wide = lines->non_ascii;
  starts.push_back(0);
  bool line_wide = false;
  // Records whether the current (last started) line held a byte beyond ASCII.
  auto close_line = [&] {
    const std::size_t i = starts.size() - 1;
    if (wide.size() <= i / 64) {
      wide.push_back(0);
    }
    if (line_wide) {
      wide[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    line_wide = false;
  };
  auto end_line = [&](std::size_t next) {
    close_line();
    starts.push_back(static_cast<std::uint32_t>(next));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c > '\r') {
      line_wide = line_wide || c >= 0x80U;
      continue;
    }
    if (c == '\n') {
      end_line(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
      end_line(i + 1);
    }
  }
  close_line(); // the last line (possibly empty)
  starts.shrink_to_fit();
  wide.shrink_to_fit();
  return lines;
}

LineIndex::LineIndex(std::string_view text)
    : text_(text.substr(0, std::min<std::size_t>(text.size(), UINT32_MAX))), lines_(scan(text)) {}

LineIndex::LineIndex(std::string_view text, std::shared_ptr<const Lines> lines)
    : text_(text.substr(0, std::min<std::size_t>(text.size(), UINT32_MAX))),
      lines_(lines && lines->size == text_.size() ? std::move(lines) : scan(text)) {}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::vector<std::uint32_t>& starts = lines_->starts;
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return static_cast<std::uint32_t>(it - starts.begin()); // 1-based
}

LineCol LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::uint32_t line = line_of(offset);
  const std::size_t start = lines_->starts[line - 1];
  // An ASCII line's columns are its bytes: no need to read the text (it may be paged out).
  const std::size_t chars =
      ascii_line(line) ? offset - start : utf8::count_chars(text_.substr(start, offset - start));
  return LineCol{line, static_cast<std::uint32_t>(chars + 1)};
}

std::uint32_t LineIndex::utf16_column(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::uint32_t line = line_of(offset);
  const std::size_t start = lines_->starts[line - 1];
  if (ascii_line(line)) {
    return static_cast<std::uint32_t>(offset - start + 1);
  }
  return static_cast<std::uint32_t>(utf8::count_utf16(text_.substr(start, offset - start)) + 1);
}

std::size_t LineIndex::line_start(std::uint32_t line) const {
  if (line == 0) {
    return 0;
  }
  if (line > lines_->starts.size()) {
    return text_.size();
  }
  return lines_->starts[line - 1];
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  const std::vector<std::uint32_t>& starts = lines_->starts;
  if (line == 0 || line > starts.size()) {
    return {};
  }
  const std::size_t start = starts[line - 1];
  std::size_t end = line < starts.size() ? starts[line] : text_.size();
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) {
    --end;
  }
  return text_.substr(start, end - start);
}

} // namespace ddlint
