#include "cli/app.h"

#include "base/error.h"
#include "cli/commands.h"
#include "parse/parser.h"
#include "report/reporter.h"

#include <fstream>
#include <iostream>

namespace ddlint::cli {

void write_output(const std::string& path, const std::string& text, Io& io) {
  write_output_with(path, io, [&](std::ostream& os) { os << text; });
}

void write_output_with(const std::string& path, Io& io,
                       const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(io.out);
    io.out.flush();
    return;
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) {
    throw IoError("cannot write " + path);
  }
  write(f);
  if (!f.flush()) {
    throw IoError("cannot write " + path);
  }
}

void add_input_options(CLI::App& cmd, InputOptions& o, bool with_rules) {
  CLI::Option* paths =
      cmd.add_option("paths", o.paths, "SQL files or directories (recursive *.sql); - for stdin");
  CLI::Option* db = cmd.add_option(
      "--db", o.db, "read a live PostgreSQL database instead of files (postgresql://... URL)");
  db->excludes(paths);
  cmd.add_option("--schema", o.db_schemas, "with --db: read only this schema (repeatable)")
      ->needs(db);
  cmd.add_option("--config", o.config, "configuration file (default: .ddlint.json found upwards)");
  if (with_rules) {
    cmd.add_option("--rule", o.rules, "run only this rule (repeatable)");
  }
  cmd.add_option("--jobs,-j", o.jobs, "parallel jobs (default: number of cores)");
}

int run(const std::vector<std::string>& args, Io& io) {
  CLI::App app{"ddlint: a PostgreSQL schema linter", "ddlint"};
  app.set_version_flag("--version", std::string("ddlint ") + DDLINT_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough(false);

  CheckOptions check;
  CLI::App* c = app.add_subcommand("check", "lint SQL files (or a live database)");
  add_input_options(*c, check.input, true);
  c->add_option("--format", check.format, "text|json|sarif|junit|github|markdown|html")
      ->check(CLI::IsMember(report::formats()));
  c->add_option("--output,-o", check.output, "write the report to this file");
  c->add_option("--fail-on", check.fail_on,
                "lowest severity that makes the exit code 1: error|warning|info|never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  c->add_option("--color", check.color, "auto|always|never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  c->add_flag("--quiet,-q", check.quiet, "print findings only");
  c->add_flag("--stats", check.stats, "print timings and counts to stderr");
  add_gating_options(*c, check);

  ReportOptions report_opts;
  CLI::App* rp = app.add_subcommand(
      "report", "write the compliance report for architects (HTML or Markdown, with ER diagram)");
  add_input_options(*rp, report_opts.input, true);
  rp->add_option("--format", report_opts.format, "html|markdown (default html)")
      ->check(CLI::IsMember({"html", "markdown"}));
  rp->add_option("--output,-o", report_opts.output,
                 "write the report to this file (default: stdout)");

  FixOptions fix_opts;
  CLI::App* fx = app.add_subcommand(
      "fix", "write a migration with the fixes of every fixable finding (review it, then apply)");
  add_input_options(*fx, fix_opts.input, true);
  fx->add_option("--output,-o", fix_opts.output,
                 "write the migration to this file (default: stdout)");

  BaselineOptions baseline;
  CLI::App* b = app.add_subcommand("baseline", "write the current findings to a baseline file");
  add_input_options(*b, baseline.input, true);
  b->add_option("--output,-o", baseline.output,
                "baseline file (default: config `baseline`, else .ddlint-baseline.json)");

  InitOptions init;
  CLI::App* in = app.add_subcommand("init", "write a commented .ddlint.json for this repository");
  in->add_option("--dir", init.dir, "repository directory (default: the working directory)");

  CatalogOptions cat;
  CLI::App* k = app.add_subcommand("catalog", "print the schema as ddlint understands it");
  add_input_options(*k, cat.input, false);
  k->add_option("--format", cat.format, "json")->check(CLI::IsMember({"json"}));
  k->add_option("--output,-o", cat.output, "write to this file");

  RulesOptions rules;
  CLI::App* r = app.add_subcommand("rules", "list the rules with category, severity and presets");
  r->add_option("--format", rules.format, "text|json")->check(CLI::IsMember({"text", "json"}));
  r->add_option("--config", rules.config, "configuration file for effective severities");

  ExplainOptions explain;
  CLI::App* e = app.add_subcommand("explain", "print a rule's documentation");
  e->add_option("rule", explain.rule, "rule id")->required();

  DevOptions dev;
  CLI::App* d = app.add_subcommand("dev", "developer tools");
  CLI::App* g = d->add_subcommand("gen-docs", "regenerate doc headers, the rule index and presets");
  g->add_flag("--check", dev.check, "fail (exit 1) when generated files are out of date");
  g->add_option("--root", dev.root, "source tree root");
  d->require_subcommand(1);

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    if (!reversed.empty()) {
      reversed.pop_back(); // program name
    }
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    io.out << "ddlint " << DDLINT_VERSION << "\n";
    return 0;
  } catch (const CLI::ParseError& ex) {
    // CLI11's own exit codes (100+) would contradict SPEC section 6: usage errors are 2.
    io.err << "ddlint: error: " << ex.what() << "\n";
    io.err << "Run 'ddlint --help' for usage.\n";
    return 2;
  }

  try {
    if (c->parsed()) {
      return cmd_check(check, io);
    }
    if (b->parsed()) {
      return cmd_baseline(baseline, io);
    }
    if (rp->parsed()) {
      return cmd_report(report_opts, io);
    }
    if (fx->parsed()) {
      return cmd_fix(fix_opts, io);
    }
    if (in->parsed()) {
      return cmd_init(init, io);
    }
    if (k->parsed()) {
      return cmd_catalog(cat, io);
    }
    if (r->parsed()) {
      return cmd_rules(rules, io);
    }
    if (e->parsed()) {
      return cmd_explain(explain, io);
    }
    if (g->parsed()) {
      return cmd_dev_gen_docs(dev, io);
    }
    io.out << app.help();
    return 0;
  } catch (const Error& ex) {
    io.err << "ddlint: error: " << ex.what() << "\n";
    return 2;
  }
}

} // namespace ddlint::cli
