// Reporters: pure functions of (findings, inputs, catalog summary, options) -> text.
// One file per format; `render` picks by name. The findings formats (text, json, sarif, junit,
// github) stream: they write to an std::ostream in chunks, so a large report never sits in memory
// as one string (issue 9); html and markdown are built whole, then written.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "findings/finding.h"
#include "parse/inputs.h"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::report {

struct Context {
  const RunInputs& inputs;
  const catalog::Catalog& catalog;
  const std::vector<Finding>& findings;
  const Config& config;
  bool color = false;             // ANSI colours (text)
  bool tty = false;               // source line and caret under each finding (text)
  bool quiet = false;             // findings only, no summary (text)
  std::vector<std::string> notes; // information lines for the text summary
  // Filters (check): a baseline was used and accepted this many findings (JSON/SARIF summary).
  bool baseline_used = false;
  std::uint32_t baselined = 0;
  std::uint32_t baseline_stale = 0; // baseline entries no finding matched any more
  // Lowest severity that fails the run (--fail-on); nullopt for `never`. JUnit marks testcases
  // with findings at or above it as failed and lists the others in system-out.
  std::optional<Severity> fail_on = Severity::Error;
  // Compliance reports (html, markdown): the ids of the rules that ran, so that checklist items
  // whose rules did not run say "not checked" (empty: the registered rules the config enables),
  // and the time to print in the header (empty: none; the CLI passes the current UTC time, or
  // SOURCE_DATE_EPOCH's).
  std::vector<std::string> rules_run{};
  std::string generated_at{};
};

// The streaming writers buffer about this many bytes before writing them to the stream.
inline constexpr std::size_t kChunkBytes = std::size_t{256} * 1024;

// Writes the report in `format` to `os`; the bytes are those of the string form below, whatever
// `chunk` (the buffer size; tests pass tiny ones). Throws UsageError for an unknown format. The
// stream's state is the caller's to check.
void render(std::string_view format, const Context& ctx, std::ostream& os,
            std::size_t chunk = kChunkBytes);

void write_text(const Context& ctx, std::ostream& os, std::size_t chunk = kChunkBytes);
void write_json(const Context& ctx, std::ostream& os, std::size_t chunk = kChunkBytes);
void write_sarif(const Context& ctx, std::ostream& os, std::size_t chunk = kChunkBytes);
void write_junit(const Context& ctx, std::ostream& os, std::size_t chunk = kChunkBytes);
void write_github(const Context& ctx, std::ostream& os, std::size_t chunk = kChunkBytes);

// The whole report as one string (tests, small outputs). Throws UsageError for an unknown format.
std::string render(std::string_view format, const Context& ctx);

std::string render_text(const Context& ctx);
std::string render_json(const Context& ctx);
std::string render_sarif(const Context& ctx);
std::string render_junit(const Context& ctx);
std::string render_github(const Context& ctx);
std::string render_html(const Context& ctx);
std::string render_markdown(const Context& ctx);

// Where each rule's documentation lives on the web (SARIF helpUri, annotations).
std::string rule_doc_url(std::string_view rule);

// Known format names, for --help and validation.
std::vector<std::string> formats();

} // namespace ddlint::report
