// JSON in the layout of nlohmann::ordered_json::dump(2), written piece by piece so that a report
// never has to exist as one document (issue 9). Shared by the JSON and SARIF reporters.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::report::json_out {

// Appends `s` as a JSON string literal as dump() writes it (UTF-8 kept, control characters
// escaped, \u00XX in lowercase hex); each byte of an invalid UTF-8 sequence becomes U+FFFD
// rather than an error. (The JSON report's contract; nlohmann's error_handler_t::replace folds a
// truncated sequence into one U+FFFD instead, which append_value keeps for SARIF.)
void append_string(std::string& out, std::string_view s);
// The same, appended `slice` bytes of `s` at a time (never cutting a UTF-8 sequence) with
// `spill()` called after each, so that a streaming reporter can write out a huge string (a fix
// that rewrites thousands of columns) instead of holding all of it escaped at once.
void append_string(std::string& out, std::string_view s, std::size_t slice,
                   const std::function<void()>& spill);

// Appends `value` as dump(2, ' ', false, error_handler_t::replace) of an enclosing document
// prints it at nesting level `depth` (two spaces per level). Its first line is not indented: the
// caller has written what precedes it on that line.
void append_value(std::string& out, const nlohmann::ordered_json& value, std::size_t depth);

// Writes objects with ordered_json::dump(2)'s layout: `"key": value` members, two spaces per
// level, `{}` for an empty object. `depth` is the nesting level of the object opened next.
class Writer {
public:
  Writer(std::string& out, std::size_t depth) : out_(out), depth_(depth) {}

  void open();
  void close();
  void key(std::string_view k);
  void member(std::string_view k, std::string_view v);
  void member(std::string_view k, std::uint32_t v);
  void member(std::string_view k, const std::vector<std::string>& v);

private:
  void newline();
  std::string& out_;
  std::size_t depth_;
  bool first_ = true;
};

} // namespace ddlint::report::json_out
