// `ddlint catalog`: the schema as ddlint understands it, as deterministic JSON.
#include "catalog/dump.h"
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"

namespace ddlint::cli {

int cmd_catalog(const CatalogOptions& o, Io& io) {
  const Config cfg = load_config(
      o.input.config.empty() ? std::nullopt : std::optional<std::string>(o.input.config), io.cwd);
  RunInputs inputs;
  if (!o.input.db.empty()) {
    const catalog::Catalog cat =
        engine::load_db(o.input.db, o.input.db_schemas, o.input.jobs, inputs);
    write_output(o.output, catalog::dump_json(cat), io);
    return 0;
  }
  std::vector<std::string> paths = o.input.paths;
  if (paths.empty() && cfg.include.empty() && cfg.file.empty()) {
    paths.emplace_back(".");
  }
  engine::load_sources(paths, cfg, inputs);
  const catalog::Catalog cat = engine::build_catalog(inputs, o.input.jobs);
  write_output(o.output, catalog::dump_json(cat), io);
  return 0;
}

} // namespace ddlint::cli
