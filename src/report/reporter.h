// Reporters: pure functions of (findings, inputs, catalog summary, options) -> text.
// One file per format; `render` picks by name.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "findings/finding.h"
#include "parse/inputs.h"

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
};

// Throws UsageError for an unknown format.
std::string render(std::string_view format, const Context& ctx);

std::string render_text(const Context& ctx);
std::string render_json(const Context& ctx);

// Known format names, for --help and validation.
std::vector<std::string> formats();

} // namespace ddlint::report
