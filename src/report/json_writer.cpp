#include "report/json_writer.h"

#include "base/utf8.h"

#include <algorithm>

namespace ddlint::report::json_out {

namespace {

// The escaped characters of `s`, without the quotes.
void append_body(std::string& out, std::string_view s) {
  while (!s.empty()) {
    const auto bad = utf8::first_invalid(s);
    const std::string_view good = s.substr(0, bad.value_or(s.size()));
    for (std::size_t i = 0; i < good.size(); ++i) {
      // Runs of characters that need no escape are appended at once.
      std::size_t j = i;
      while (j < good.size() && static_cast<unsigned char>(good[j]) >= 0x20U && good[j] != '"' &&
             good[j] != '\\') {
        ++j;
      }
      if (j > i) {
        out.append(good.substr(i, j - i));
        if (j == good.size()) {
          break;
        }
        i = j;
      }
      const char ch = good[i];
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          static constexpr std::string_view kHex = "0123456789abcdef";
          out += "\\u00";
          out += kHex[c >> 4U];
          out += kHex[c & 0xFU];
        } else {
          out += ch;
        }
      }
    }
    if (!bad) {
      break;
    }
    out += "\xEF\xBF\xBD";
    s.remove_prefix(*bad + 1);
  }
}

} // namespace

void append_string(std::string& out, std::string_view s) {
  out += '"';
  append_body(out, s);
  out += '"';
}

void append_string(std::string& out, std::string_view s, std::size_t slice,
                   const std::function<void()>& spill) {
  out += '"';
  slice = std::max<std::size_t>(slice, 4);
  while (!s.empty()) {
    std::size_t n = std::min(slice, s.size());
    // Never cut a UTF-8 sequence: end the slice before the continuation bytes of one.
    for (int k = 0;
         k < 3 && n < s.size() && n > 1 && (static_cast<unsigned char>(s[n]) & 0xC0U) == 0x80U;
         ++k) {
      --n;
    }
    append_body(out, s.substr(0, n));
    s.remove_prefix(n);
    spill();
  }
  out += '"';
}

void append_value(std::string& out, const nlohmann::ordered_json& value, std::size_t depth) {
  const std::string text =
      value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  // JSON strings never hold a raw newline: every one in `text` is layout.
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.append(text, from, nl + 1 - from);
    out.append(depth * 2, ' ');
    from = nl + 1;
  }
  out.append(text, from, std::string::npos);
}

void Writer::open() {
  out_ += '{';
  ++depth_;
  first_ = true;
}

void Writer::close() {
  --depth_;
  if (!first_) {
    newline();
  }
  out_ += '}';
  first_ = false;
}

void Writer::key(std::string_view k) {
  if (!first_) {
    out_ += ',';
  }
  first_ = false;
  newline();
  append_string(out_, k);
  out_ += ": ";
}

void Writer::member(std::string_view k, std::string_view v) {
  key(k);
  append_string(out_, v);
}

void Writer::member(std::string_view k, std::uint32_t v) {
  key(k);
  out_ += std::to_string(v);
}

void Writer::member(std::string_view k, const std::vector<std::string>& v) {
  key(k);
  if (v.empty()) {
    out_ += "[]";
    return;
  }
  out_ += '[';
  ++depth_;
  for (std::size_t i = 0; i < v.size(); ++i) {
    out_ += i == 0 ? "" : ",";
    newline();
    append_string(out_, v[i]);
  }
  --depth_;
  newline();
  out_ += ']';
}

void Writer::newline() {
  out_ += '\n';
  out_.append(depth_ * 2, ' ');
}

} // namespace ddlint::report::json_out
