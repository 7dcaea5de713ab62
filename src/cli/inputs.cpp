// What the subcommands that lint inputs share: their configuration and engine options.
#include "cli/commands.h"

namespace ddlint::cli {

Config input_config(const InputOptions& o, const Io& io) {
  return load_config(o.config.empty() ? std::nullopt : std::optional<std::string>(o.config),
                     io.cwd);
}

engine::Options engine_options(const InputOptions& o, const Config& cfg) {
  engine::Options eo;
  eo.paths = o.paths;
  eo.config = cfg;
  eo.only_rules = o.rules;
  eo.jobs = o.jobs;
  eo.db = o.db;
  eo.db_schemas = o.db_schemas;
  if (eo.paths.empty() && cfg.include.empty() && cfg.file.empty() && eo.db.empty()) {
    eo.paths.emplace_back(".");
  }
  return eo;
}

} // namespace ddlint::cli
