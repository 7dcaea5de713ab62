// `ddlint check`: lint inputs and report findings; the exit code gates CI.
#include "base/error.h"
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "report/reporter.h"

#include <fmt/format.h>

#include <cstdlib>

namespace ddlint::cli {
namespace {

bool fails(const std::vector<Finding>& findings, const std::string& fail_on) {
  if (fail_on == "never") {
    return false;
  }
  const Severity threshold = *parse_severity(fail_on);
  for (const Finding& f : findings) {
    if (f.severity >= threshold) {
      return true;
    }
  }
  return false;
}

} // namespace

int cmd_check(const CheckOptions& o, Io& io) {
  const Config cfg = load_config(
      o.input.config.empty() ? std::nullopt : std::optional<std::string>(o.input.config), io.cwd);
  engine::Options eo;
  eo.paths = o.input.paths;
  eo.config = cfg;
  eo.only_rules = o.input.rules;
  eo.jobs = o.input.jobs;
  eo.db = o.input.db;
  eo.db_schemas = o.input.db_schemas;
  if (eo.paths.empty() && cfg.include.empty() && cfg.file.empty() && eo.db.empty()) {
    eo.paths.emplace_back(".");
  }
  engine::Result res = engine::run(eo);
  if (res.inputs.files.empty() && !res.inputs.from_db) {
    io.err << "ddlint: warning: no SQL files to check\n";
  }
  const bool to_terminal = io.out_is_tty && (o.output.empty() || o.output == "-");
  const bool color = o.color == "always" ||
                     (o.color == "auto" && to_terminal && std::getenv("NO_COLOR") == nullptr);
  report::Context ctx{res.inputs, res.catalog, res.findings, cfg, false, false, false, {}};
  ctx.color = color;
  ctx.tty = to_terminal;
  ctx.quiet = o.quiet;
  ctx.notes = res.notes;
  if (res.ignored > 0) {
    ctx.notes.push_back(fmt::format("{} finding{} ignored by the config", res.ignored,
                                    res.ignored == 1 ? "" : "s"));
  }
  write_output(o.output, report::render(o.format, ctx), io);
  if (o.stats) {
    std::uint32_t statements = 0;
    for (const FileInput& f : res.inputs.files) {
      statements += f.statements;
    }
    io.err << fmt::format(
        "ddlint: {} files, {} statements, {} tables, {} findings; read {:.1f} ms, parse+catalog "
        "{:.1f} ms, rules {:.1f} ms\n",
        res.inputs.files.size(), statements, res.catalog.tables().size(), res.findings.size(),
        res.timings.read_ms, res.timings.parse_ms, res.timings.rules_ms);
  }
  return fails(res.findings, o.fail_on) ? 1 : 0;
}

} // namespace ddlint::cli
