// Builds a catalog from SQL text (one string per file) for unit tests.
#pragma once

#include "catalog/catalog.h"
#include "engine/engine.h"

#include <string>
#include <vector>

namespace ddlint::test {

struct Built {
  RunInputs inputs;
  catalog::Catalog catalog;
};

inline Built build(const std::vector<std::string>& files) {
  Built b;
  for (std::size_t i = 0; i < files.size(); ++i) {
    FileInput f;
    f.path = "f" + std::to_string(i + 1) + ".sql";
    f.content = files[i];
    b.inputs.files.push_back(std::move(f));
  }
  b.catalog = engine::build_catalog(b.inputs, 1);
  return b;
}

inline std::vector<std::string> problems(const catalog::Catalog& c) {
  std::vector<std::string> out;
  for (const auto& p : c.problems()) {
    out.push_back(p.message);
  }
  return out;
}

} // namespace ddlint::test
