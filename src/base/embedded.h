// Files embedded into the binary at build time (docs/rules/*.md, rules/*.json).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ddlint::embedded {

struct File {
  std::string_view path; // relative to the source tree, e.g. "docs/rules/fk-missing-index.md"
  std::string_view content;
};

std::span<const File> files();

inline std::optional<std::string_view> find(std::string_view path) {
  for (const File& f : files()) {
    if (f.path == path) {
      return f.content;
    }
  }
  return std::nullopt;
}

} // namespace ddlint::embedded
