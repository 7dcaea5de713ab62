// `ddlint report`: the compliance report for architects (SPEC section 8) as one HTML file or
// Markdown. The catalog and the findings come from the same engine run as `check`; the baseline
// does not apply (accepted findings are still part of the schema's state), suppression comments
// and config `ignore` do.
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "report/reporter.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <ostream>

namespace ddlint::cli {

std::string report_time() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (end != nullptr && *end == '\0' && v >= 0) {
      t = static_cast<std::time_t>(v);
    }
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
  return std::string(buf, n);
}

int cmd_report(const ReportOptions& o, Io& io) {
  const Config cfg = input_config(o.input, io);
  // Files or (--db) a live database: the report reads the catalog and the findings of this one
  // run, whatever the source.
  engine::Options eo = engine_options(o.input, cfg);
  eo.config.baseline.clear();
  engine::Result res = engine::run(eo);
  if (res.inputs.files.empty() && !res.inputs.from_db) {
    io.err << "ddlint: warning: no SQL files to report on\n";
  }
  report::Context ctx{res.inputs, res.catalog, res.findings, cfg, false, false, false, {}};
  ctx.notes = res.notes;
  if (res.filters.suppressed > 0) {
    ctx.notes.push_back(fmt::format("{} finding{} suppressed by comments", res.filters.suppressed,
                                    res.filters.suppressed == 1 ? "" : "s"));
  }
  if (res.filters.ignored > 0) {
    ctx.notes.push_back(fmt::format("{} finding{} ignored by the config", res.filters.ignored,
                                    res.filters.ignored == 1 ? "" : "s"));
  }
  ctx.rules_run = engine::selected_rules(eo.config, eo.only_rules);
  ctx.generated_at = report_time();
  write_output_with(o.output, io, [&](std::ostream& os) { report::render(o.format, ctx, os); });
  if (!o.output.empty() && o.output != "-") {
    io.err << fmt::format("ddlint: wrote the {} report ({} tables, {} findings) to {}\n", o.format,
                          res.catalog.tables().size(), res.findings.size(), o.output);
  }
  return 0;
}

} // namespace ddlint::cli
