// libFuzzer target over the whole pipeline: split -> parse -> catalog -> every rule -> the
// filters (suppression comments) -> every reporter and the catalog dump. Built with clang (`make
// fuzz`, DDLINT_FUZZ=ON); seeded with the fixtures and the corpus. Crashes found become regression
// inputs under tests/robustness/.
#include "catalog/dump.h"
#include "config/config.h"
#include "engine/engine.h"
#include "parse/parser.h"
#include "report/reporter.h"
#include "rules/registry.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ddlint::Config kConfig = [] {
    ddlint::Config c = ddlint::parse_config(R"({"extends": "strict"})", "<fuzz>", ".");
    return c;
  }();
  static const std::vector<std::string> kAll = [] {
    std::vector<std::string> ids;
    for (const ddlint::rules::Rule* r : ddlint::rules::all()) {
      ids.emplace_back(r->meta().id);
    }
    return ids;
  }();
  ddlint::RunInputs inputs;
  ddlint::FileInput f;
  f.path = "fuzz.sql";
  f.content = std::string(reinterpret_cast<const char*>(data), size);
  inputs.files.push_back(std::move(f));
  const ddlint::catalog::Catalog cat = ddlint::engine::build_catalog(inputs, 1);
  std::vector<ddlint::Finding> findings = ddlint::engine::run_rules(cat, inputs, kConfig, kAll, 1);
  ddlint::engine::FilterOptions filters; // suppression comments are input too
  filters.ran = kAll;
  ddlint::engine::apply_filters(findings, inputs, kConfig, filters);
  ddlint::engine::sort_findings(findings);
  for (const std::string& format : ddlint::report::formats()) {
    ddlint::report::Context ctx{inputs, cat, findings, kConfig, true, true, false, {}};
    const std::string out = ddlint::report::render(format, ctx);
    (void)out;
  }
  const std::string dump = ddlint::catalog::dump_json(cat);
  (void)dump;
  return 0;
}
