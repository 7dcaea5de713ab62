#include "report/escape.h"

#include "base/utf8.h"

#include <algorithm>

namespace ddlint::report::esc {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool invalid_at(std::string_view s, std::size_t i, std::size_t len) {
  // sequence_length() reports 1 for an invalid lead byte; validate the sequence it spans.
  if (len == 1) {
    return static_cast<unsigned char>(s[i]) >= 0x80U;
  }
  return utf8::first_invalid(s.substr(i, len)).has_value();
}

} // namespace

std::string clean_utf8(std::string_view s, bool keep_newlines) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80U) {
      const bool control = c < 0x20U || c == 0x7FU;
      const bool allowed = keep_newlines && (c == '\n' || c == '\t');
      if (control && !allowed) {
        out += kReplacement;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t len = std::max<std::size_t>(1, utf8::sequence_length(s, i));
    if (invalid_at(s, i, len)) {
      out += kReplacement;
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string html(std::string_view s, bool keep_newlines) {
  const std::string clean = clean_utf8(s, keep_newlines);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (const char c : clean) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string md(std::string_view s) {
  std::string flat(s);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  const std::string escaped = html(flat);
  std::string out;
  out.reserve(escaped.size() + escaped.size() / 8);
  for (const char c : escaped) {
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '#':
    case '|':
    case '~':
      out += '\\';
      out += c;
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string md_code_block(std::string_view code, std::string_view lang) {
  const std::string clean = clean_utf8(code, true);
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : clean) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string out = fence + std::string(lang) + "\n" + clean;
  if (!clean.empty() && clean.back() != '\n') {
    out += '\n';
  }
  out += fence + "\n";
  return out;
}

std::string md_code(std::string_view s) {
  std::string flat = clean_utf8(s);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  // Inside a table a '|' still splits the cell, code span or not; GFM accepts "\|" there.
  std::string body;
  for (const char c : flat) {
    if (c == '|') {
      body += "\\|";
    } else {
      body += c;
    }
  }
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : body) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string ticks(longest + 1, '`');
  const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  return ticks + (pad ? " " : "") + body + (pad ? " " : "") + ticks;
}

} // namespace ddlint::report::esc
