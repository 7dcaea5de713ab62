// `ddlint check`: lint inputs and report findings; the exit code gates CI.
#include "base/error.h"
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "report/reporter.h"
#include "source/git.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>

namespace ddlint::cli {
namespace {

namespace fs = std::filesystem;

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

// The repository the inputs live in: the first given path, else the config's directory, else
// the working directory (so that `ddlint check /elsewhere/db --changed-since main` asks the
// right repository).
std::string repository_dir(const std::vector<std::string>& paths, const Config& cfg, const Io& io) {
  for (const std::string& p : paths) {
    if (p == "-") {
      continue;
    }
    std::error_code ec;
    const fs::path abs = fs::absolute(fs::path(io.cwd) / p, ec);
    return (fs::is_directory(abs, ec) ? abs : abs.parent_path()).string();
  }
  return cfg.dir.empty() ? io.cwd : cfg.dir;
}

// The notes that the filters add to the text summary.
void filter_notes(const engine::Result& res, const std::string& baseline_path,
                  std::vector<std::string>& notes) {
  const engine::FilterStats& st = res.filters;
  auto plural = [](std::uint32_t n) { return n == 1 ? "" : "s"; };
  if (st.suppressed > 0) {
    notes.push_back(
        fmt::format("{} finding{} suppressed by comments", st.suppressed, plural(st.suppressed)));
  }
  if (st.ignored > 0) {
    notes.push_back(
        fmt::format("{} finding{} ignored by the config", st.ignored, plural(st.ignored)));
  }
  if (st.baseline_used) {
    notes.push_back(fmt::format("{} finding{} baselined ({})", st.baselined, plural(st.baselined),
                                baseline_path));
    const auto stale = static_cast<std::uint32_t>(st.stale_baseline.size());
    if (stale > 0) {
      notes.push_back(fmt::format("{} baseline entr{} no longer occur{}; `ddlint baseline` "
                                  "rewrites the file without {}:",
                                  stale, stale == 1 ? "y" : "ies", stale == 1 ? "s" : "",
                                  stale == 1 ? "it" : "them"));
      constexpr std::size_t kShown = 20;
      for (std::size_t i = 0; i < st.stale_baseline.size() && i < kShown; ++i) {
        const suppress::BaselineEntry& e = st.stale_baseline[i];
        notes.push_back(fmt::format("  {} {} {}", e.fingerprint, e.rule,
                                    e.object.empty() ? e.message : e.object));
      }
      if (stale > kShown) {
        notes.push_back(fmt::format("  ... and {} more", stale - kShown));
      }
    }
  }
  if (st.out_of_scope > 0) {
    notes.push_back(fmt::format("{} finding{} outside the changed files not reported",
                                st.out_of_scope, plural(st.out_of_scope)));
  }
}

} // namespace

void add_gating_options(CLI::App& cmd, CheckOptions& o) {
  cmd.add_option("--baseline", o.baseline,
                 "count only findings not in this baseline file (see `ddlint baseline`)");
  CLI::Option* since = cmd.add_option(
      "--changed-since", o.changed_since,
      "report only findings located in files changed since the merge base of REV and HEAD "
      "(committed, staged, unstaged, untracked); every input still builds the schema");
  CLI::Option* staged = cmd.add_flag("--staged", o.staged,
                                     "report only findings located in files with staged changes");
  since->excludes(staged);
}

int cmd_check(const CheckOptions& o, Io& io) {
  const Config cfg = input_config(o.input, io);
  engine::Options eo = engine_options(o.input, cfg);
  eo.baseline = o.baseline;
  std::string scope_note;
  if (!o.changed_since.empty() || o.staged) {
    if (!eo.db.empty()) {
      throw UsageError("--changed-since and --staged select files; they cannot be used with --db");
    }
    const std::string repo = repository_dir(eo.paths, cfg, io);
    eo.changed_files =
        o.staged ? source::git_staged(repo) : source::git_changed_since(repo, o.changed_since);
    const std::size_t n = eo.changed_files->size();
    scope_note = fmt::format("reporting findings in {} changed file{} ({})", n, n == 1 ? "" : "s",
                             o.staged ? "staged" : "since " + o.changed_since);
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
  if (!scope_note.empty()) {
    ctx.notes.push_back(scope_note);
  }
  filter_notes(res, o.baseline.empty() ? cfg.baseline : o.baseline, ctx.notes);
  ctx.baseline_used = res.filters.baseline_used;
  ctx.baselined = res.filters.baselined;
  ctx.baseline_stale = static_cast<std::uint32_t>(res.filters.stale_baseline.size());
  ctx.fail_on = o.fail_on == "never" ? std::nullopt : parse_severity(o.fail_on);
  if (o.format == "html" || o.format == "markdown") {
    ctx.rules_run = engine::selected_rules(cfg, o.input.rules);
    ctx.generated_at = report_time();
  }
  write_output_with(o.output, io, [&](std::ostream& os) { report::render(o.format, ctx, os); });
  // On GitHub Actions the text report also annotates the pull request (on stdout, where the
  // runner reads workflow commands, even when the report goes to a file).
  const char* gha = std::getenv("GITHUB_ACTIONS");
  if (o.format == "text" && gha != nullptr && std::string_view(gha) == "true") {
    report::write_github(ctx, io.out);
    io.out.flush();
  }
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
  const int code = fails(res.findings, o.fail_on) ? 1 : 0;
  if (io.exiting) {
    // Still reachable from a static (so no leak report), never destroyed.
    static auto* kept = new std::vector<engine::Result>();
    kept->push_back(std::move(res));
  }
  return code;
}

} // namespace ddlint::cli
