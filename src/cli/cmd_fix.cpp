// `ddlint fix`: one migration with the fix SQL of every fixable finding (src/fix/). Suppression
// comments and config `ignore` apply; the baseline does not (a baselined finding is accepted
// for CI, not fixed). --rule limits the fixes to those rules.
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "fix/migration.h"

#include <fmt/format.h>

namespace ddlint::cli {

int cmd_fix(const FixOptions& o, Io& io) {
  const Config cfg = input_config(o.input, io);
  engine::Options eo = engine_options(o.input, cfg);
  eo.config.baseline.clear();
  const engine::Result res = engine::run(eo);
  if (res.inputs.files.empty() && !res.inputs.from_db) {
    io.err << "ddlint: warning: no SQL files to fix\n";
  }
  fix::MigrationOptions mo;
  mo.version = DDLINT_VERSION;
  mo.rules = o.input.rules;
  const fix::Migration m = fix::build_migration(res.findings, res.inputs, mo);
  write_output(o.output, m.sql, io);
  const std::string where = o.output.empty() || o.output == "-" ? "stdout" : o.output;
  io.err << fmt::format("ddlint: {} fix{} for {} finding{} written to {}", m.fixes,
                        m.fixes == 1 ? "" : "es", m.findings, m.findings == 1 ? "" : "s", where);
  if (m.outside_transaction > 0) {
    io.err << fmt::format(" ({} must run outside a transaction block)", m.outside_transaction);
  }
  io.err << fmt::format("; {} finding{} without a fix", m.without_fix,
                        m.without_fix == 1 ? "" : "s");
  if (m.superseded > 0) {
    io.err << fmt::format("; {} rename{} left out (another fix drops or renames the object)",
                          m.superseded, m.superseded == 1 ? "" : "s");
  }
  io.err << "\n";
  return 0;
}

} // namespace ddlint::cli
