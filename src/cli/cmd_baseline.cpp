// `ddlint baseline`: writes every current finding to a baseline file (suppress/baseline.h), so
// that `ddlint check` counts only new ones. The existing baseline is not applied while writing.
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "suppress/baseline.h"

#include <fmt/format.h>

#include <filesystem>

namespace ddlint::cli {

int cmd_baseline(const BaselineOptions& o, Io& io) {
  const Config cfg = input_config(o.input, io);
  // With --db the findings come from the database (the same fingerprints as from the files that
  // built it); a connection error is an IoError (exit 2), as for `check --db`.
  engine::Options eo = engine_options(o.input, cfg);
  eo.config.baseline.clear();
  const engine::Result res = engine::run(eo);
  std::string path = o.output;
  if (path.empty()) {
    path =
        cfg.baseline.empty()
            ? (std::filesystem::path(io.cwd) / ".ddlint-baseline.json").lexically_normal().string()
            : cfg.baseline;
  }
  write_output(path, suppress::write_baseline(res.findings), io);
  if (path != "-") {
    io.err << fmt::format("ddlint: wrote {} finding{} to {}\n", res.findings.size(),
                          res.findings.size() == 1 ? "" : "s", path);
  }
  return 0;
}

} // namespace ddlint::cli
