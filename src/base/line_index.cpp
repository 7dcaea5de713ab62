#include "base/line_index.h"

#include "base/utf8.h"

#include <algorithm>

namespace ddlint {

LineIndex::LineIndex(std::string_view text)
    : text_(text.substr(0, std::min<std::size_t>(text.size(), UINT32_MAX))) {
  text = text_;
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) > '\r') {
      continue;
    }
    if (c == '\n') {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(it - starts_.begin()); // 1-based
}

LineCol LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::uint32_t line = line_of(offset);
  const std::size_t start = starts_[line - 1];
  const std::size_t chars = utf8::count_chars(text_.substr(start, offset - start));
  return LineCol{line, static_cast<std::uint32_t>(chars + 1)};
}

std::uint32_t LineIndex::utf16_column(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::uint32_t line = line_of(offset);
  const std::size_t start = starts_[line - 1];
  return static_cast<std::uint32_t>(utf8::count_utf16(text_.substr(start, offset - start)) + 1);
}

std::size_t LineIndex::line_start(std::uint32_t line) const {
  if (line == 0) {
    return 0;
  }
  if (line > starts_.size()) {
    return text_.size();
  }
  return starts_[line - 1];
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) {
    return {};
  }
  const std::size_t start = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) {
    --end;
  }
  return text_.substr(start, end - start);
}

} // namespace ddlint
