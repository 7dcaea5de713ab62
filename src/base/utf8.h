// UTF-8 helpers: validation and conversions between byte offsets and character counts.
// No ddlint concepts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ddlint::utf8 {

// 0-based byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when valid.
std::optional<std::size_t> first_invalid(std::string_view text);

// Length in bytes of the well-formed sequence starting at text[pos] (1 for invalid lead bytes).
std::size_t sequence_length(std::string_view text, std::size_t pos);

// Number of code points in text[0, bytes); invalid bytes count one each.
std::size_t count_chars(std::string_view text);

// Byte offset of the `chars`-th code point (0-based) of `text`; clamps to text.size().
std::size_t byte_offset_of_char(std::string_view text, std::size_t chars);

// Number of UTF-16 code units needed for text (invalid bytes count one each).
std::size_t count_utf16(std::string_view text);

} // namespace ddlint::utf8
