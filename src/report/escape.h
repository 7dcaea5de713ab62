// Text escaping for the document formats (HTML, SVG labels, Markdown, Mermaid). Identifiers can
// hold anything PostgreSQL accepts, including markup, control characters and (from broken input)
// invalid UTF-8: every function here returns valid UTF-8 that the target format shows literally.
#pragma once

#include <string>
#include <string_view>

namespace ddlint::report::esc {

// `s` with invalid UTF-8 sequences and C0/DEL control characters (except tab and line feed
// when `keep_newlines`) replaced by U+FFFD.
std::string clean_utf8(std::string_view s, bool keep_newlines = false);

// HTML/XML text and attribute values: & < > " ' escaped, cleaned as above.
std::string html(std::string_view s, bool keep_newlines = false);

// One Markdown table cell or inline text: HTML-escaped, Markdown punctuation backslash-escaped,
// line breaks turned into spaces; '|' is escaped so that it never splits a cell.
std::string md(std::string_view s);

// A fenced code block holding `code` literally (the fence is longer than any backtick run in it).
std::string md_code_block(std::string_view code, std::string_view lang);

// Inline code span holding `s` literally (one line).
std::string md_code(std::string_view s);

} // namespace ddlint::report::esc
