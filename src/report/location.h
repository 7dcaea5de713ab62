// Turns SourceRefs into printable positions, with one LineIndex per file built on demand.
#pragma once

#include "base/line_index.h"
#include "findings/finding.h"
#include "parse/inputs.h"

#include <memory>
#include <string>
#include <vector>

namespace ddlint::report {

struct Position {
  std::string file; // path, or "db:schema.table" for live-database findings
  bool has_lines = false;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;
};

class Locator {
public:
  explicit Locator(const RunInputs& inputs) : inputs_(inputs), indexes_(inputs.files.size()) {}
  Position position(const Finding& f) const;
  const LineIndex* index(std::uint32_t file) const;
  std::string_view path(std::uint32_t file) const;

private:
  const RunInputs& inputs_;
  mutable std::vector<std::unique_ptr<LineIndex>> indexes_;
};

} // namespace ddlint::report
