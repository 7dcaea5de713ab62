#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace ddlint::utf8 {
namespace {

bool is_cont(unsigned char c) {
  return (c & 0xC0U) == 0x80U;
}

// Returns the length of a valid sequence at pos, or 0 when invalid.
std::size_t valid_length(std::string_view text, std::size_t pos) {
  const auto c0 = static_cast<unsigned char>(text[pos]);
  const std::size_t left = text.size() - pos;
  if (c0 < 0x80U) {
    return 1;
  }
  if (c0 >= 0xC2U && c0 <= 0xDFU) {
    return (left >= 2 && is_cont(static_cast<unsigned char>(text[pos + 1]))) ? 2 : 0;
  }
  if (c0 >= 0xE0U && c0 <= 0xEFU) {
    if (left < 3) {
      return 0;
    }
    const auto c1 = static_cast<unsigned char>(text[pos + 1]);
    const auto c2 = static_cast<unsigned char>(text[pos + 2]);
    if (!is_cont(c1) || !is_cont(c2)) {
      return 0;
    }
    if (c0 == 0xE0U && c1 < 0xA0U) {
      return 0; // overlong
    }
    if (c0 == 0xEDU && c1 >= 0xA0U) {
      return 0; // surrogates
    }
    return 3;
  }
  if (c0 >= 0xF0U && c0 <= 0xF4U) {
    if (left < 4) {
      return 0;
    }
    const auto c1 = static_cast<unsigned char>(text[pos + 1]);
    if (!is_cont(c1) || !is_cont(static_cast<unsigned char>(text[pos + 2])) ||
        !is_cont(static_cast<unsigned char>(text[pos + 3]))) {
      return 0;
    }
    if ((c0 == 0xF0U && c1 < 0x90U) || (c0 == 0xF4U && c1 >= 0x90U)) {
      return 0;
    }
    return 4;
  }
  return 0;
}

} // namespace

std::optional<std::size_t> first_invalid(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Fast paths over ASCII: eight bytes at a time, then one.
    if (pos + 8 <= text.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, text.data() + pos, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80U) {
      ++pos;
      continue;
    }
    const std::size_t len = valid_length(text, pos);
    if (len == 0) {
      return pos;
    }
    pos += len;
  }
  return std::nullopt;
}

std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const std::size_t len = valid_length(text, pos);
  return len == 0 ? 1 : len;
}

std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < text.size(); pos += sequence_length(text, pos)) {
    ++n;
  }
  return n;
}

std::size_t byte_offset_of_char(std::string_view text, std::size_t chars) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < chars && pos < text.size(); ++i) {
    pos += sequence_length(text, pos);
  }
  return pos < text.size() ? pos : text.size();
}

std::size_t count_utf16(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t len = sequence_length(text, pos);
    n += (len == 4) ? 2 : 1;
    pos += len;
  }
  return n;
}

} // namespace ddlint::utf8
