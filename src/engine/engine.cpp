#include "engine/engine.h"

#include "analysis/analysis.h"
#include "base/error.h"
#include "base/files.h"
#include "base/parallel.h"
#include "base/strings.h"
#include "catalog/live/reader.h"
#include "rules/registry.h"
#include "source/discover.h"
#include "suppress/comments.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <numeric>

namespace ddlint::engine {
namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// Statements are parsed in chunks of about this many bytes, so that one big file (GitLab's
// structure.sql) still spreads over all workers.
constexpr std::size_t kChunkBytes = 64U * 1024U;

struct Chunk {
  std::uint32_t file = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  parse::ParsedChunk result;
};

// The rules' findings concatenated in rule order. One rule usually reports most of them, and its
// vector, grown by doubling, often has room for all the others: it becomes the result, the
// others are appended (each released once moved) and a rotation restores rule order. The peak is
// then the findings once, not the findings plus a second array of the same size.
std::vector<Finding> concatenate(std::vector<std::vector<Finding>>& per_rule) {
  std::size_t total = 0;
  std::size_t roomiest = 0;
  for (std::size_t i = 0; i < per_rule.size(); ++i) {
    total += per_rule[i].size();
    if (per_rule[i].capacity() > per_rule[roomiest].capacity()) {
      roomiest = i;
    }
  }
  std::vector<Finding> out;
  std::size_t before = 0; // findings of the rules before `roomiest`
  if (!per_rule.empty() && per_rule[roomiest].capacity() >= total) {
    out = std::move(per_rule[roomiest]);
    for (std::size_t i = 0; i < roomiest; ++i) {
      before += per_rule[i].size();
    }
  } else {
    out.reserve(total);
    roomiest = per_rule.size();
  }
  const std::size_t own = out.size();
  for (std::size_t i = 0; i < per_rule.size(); ++i) {
    if (i == roomiest) {
      continue;
    }
    std::move(per_rule[i].begin(), per_rule[i].end(), std::back_inserter(out));
    std::vector<Finding>().swap(per_rule[i]);
  }
  // [roomiest][rules before it][rules after it] -> [before][roomiest][after]
  std::rotate(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(own),
              out.begin() + static_cast<std::ptrdiff_t>(own + before));
  return out;
}

} // namespace

void load_sources(const std::vector<std::string>& paths, const Config& config, RunInputs& inputs) {
  source::DiscoverOptions d;
  d.include_down = config.include_down;
  d.include = config.include;
  d.exclude = config.exclude;
  d.base_dir = config.dir.empty() ? "." : config.dir;
  const source::Discovered found = source::discover(paths, d);
  inputs.skipped_down_files += found.skipped_down;
  for (const std::string& p : found.paths) {
    FileInput f;
    files::SourceResult r;
    if (p == "-") {
      files::ReadResult in = files::read_stdin(config.max_file_size);
      r.content = std::move(in.content);
      r.error = std::move(in.error);
      r.too_large = in.too_large;
    } else {
      r = files::read_source(p, config.max_file_size);
    }
    f.path = p == "-" ? "<stdin>" : p;
    if (r.too_large) {
      f.too_large = true;
      f.errors.push_back({0, 0, r.error});
    } else if (!r.error.empty()) {
      throw IoError("cannot read " + r.error);
    } else {
      f.content = std::move(r.content);
    }
    inputs.files.push_back(std::move(f));
  }
}

catalog::Catalog load_db(const std::string& url, const std::vector<std::string>& schemas,
                         unsigned jobs, RunInputs& inputs) {
  catalog::live::Options lo;
  lo.url = url;
  lo.schemas = schemas;
  lo.jobs = jobs;
  catalog::live::Info info;
  catalog::Catalog cat = catalog::live::read(lo, &info);
  inputs.from_db = true;
  inputs.db_label = info.label;
  return cat;
}

catalog::Catalog build_catalog(RunInputs& inputs, unsigned jobs) {
  if (jobs == 0) {
    jobs = parallel::hardware_jobs();
  }
  std::vector<parse::SplitResult> splits(inputs.files.size());
  parallel::for_each(inputs.files.size(), jobs, [&](std::size_t i) {
    FileInput& f = inputs.files[i];
    if (f.too_large) {
      return;
    }
    // Not a text file (files::probe_binary): one finding instead of thousands. A stray NUL in
    // a text file costs only its statement (the parser reports it).
    const files::BinaryProbe bin = files::probe_binary(f.content);
    if (bin.binary) {
      f.binary = true;
      const auto at = static_cast<std::uint32_t>(bin.first_odd);
      f.errors.push_back({at, at + 1,
                          "file looks binary (" + std::to_string(bin.odd) + " of the first " +
                              std::to_string(bin.probed) +
                              " bytes are NUL, control bytes or invalid UTF-8); not parsed"});
      return;
    }
    splits[i] = parse::split(f.content);
    f.statements = static_cast<std::uint32_t>(splits[i].statements.size());
    // While the text is at hand: where its lines start, and whether it holds suppressions.
    // Reports then need the text only for the lines they quote, so a mapped file can give its
    // pages back until its statements are parsed, and again after.
    f.lines = LineIndex::scan(f.content);
    f.no_directives = !suppress::any_directive(f.content, splits[i].comments);
    f.content.release_pages();
  });
  std::vector<Chunk> chunks;
  constexpr std::size_t kNoChunk = static_cast<std::size_t>(-1);
  std::vector<std::size_t> last_chunk_of_file(splits.size(), kNoChunk);
  for (std::uint32_t fi = 0; fi < splits.size(); ++fi) {
    const auto& stmts = splits[fi].statements;
    std::size_t first = 0;
    std::size_t bytes = 0;
    for (std::size_t k = 0; k < stmts.size(); ++k) {
      bytes += stmts[k].end - stmts[k].begin;
      if (bytes >= kChunkBytes || k + 1 == stmts.size()) {
        chunks.push_back(Chunk{fi, first, k + 1, {}});
        first = k + 1;
        bytes = 0;
      }
    }
  }
  for (std::size_t ci = 0; ci < chunks.size(); ++ci) {
    last_chunk_of_file[chunks[ci].file] = ci;
  }
  catalog::Catalog cat;
  std::uint32_t next_file = 0; // files before this one have been started in the catalog
  auto start_files_until = [&](std::uint32_t fi) {
    for (; next_file <= fi && next_file < splits.size(); ++next_file) {
      FileInput& f = inputs.files[next_file];
      for (const parse::LongIdentifier& li : splits[next_file].long_identifiers) {
        cat.add_long_name(catalog::LongName{SourceRef{next_file, li.begin, li.end}, li.name,
                                            li.name.substr(0, 63)});
      }
      // Parse workers read the file's comments (trailing column comments) until its last chunk
      // is parsed: they move to the file only then (below), or here for a file with no chunk.
      if (last_chunk_of_file[next_file] == kNoChunk) {
        f.comments = std::move(splits[next_file].comments);
        f.content.release_pages();
      }
      cat.begin_file();
    }
  };
  // Parse in parallel, apply in order as chunks complete; a bounded window keeps at most a few
  // chunks' statements in memory at once.
  parallel::pipeline(
      chunks.size(), jobs, static_cast<std::size_t>(jobs) * 4U,
      [&](std::size_t i) {
        Chunk& c = chunks[i];
        parse::parse_statements(splits[c.file], inputs.files[c.file].content, c.file, c.first,
                                c.last, c.result);
      },
      [&](std::size_t i) {
        Chunk& c = chunks[i];
        start_files_until(c.file);
        FileInput& f = inputs.files[c.file];
        for (ir::Statement& st : c.result.statements) {
          cat.apply(std::move(st));
        }
        for (parse::ParseError& e : c.result.errors) {
          f.errors.push_back(std::move(e));
        }
        c.result = parse::ParsedChunk{};
        if (last_chunk_of_file[c.file] == i) {
          // Every chunk of the file has been parsed (chunks are consumed in order).
          f.comments = std::move(splits[c.file].comments);
          splits[c.file].blanked = std::string(); // the blanked copy is no longer needed
          splits[c.file].statements = {};
          f.content.release_pages();
        }
      });
  start_files_until(static_cast<std::uint32_t>(splits.size()));
  cat.finish();
  parallel::release_free_memory();
  return cat;
}

std::vector<Finding> run_rules(const catalog::Catalog& catalog, const RunInputs& inputs,
                               const Config& config, const std::vector<std::string>& only,
                               unsigned jobs, std::vector<std::string>* notes) {
  if (jobs == 0) {
    jobs = parallel::hardware_jobs();
  }
  for (const std::string& id : only) {
    if (rules::find(id) == nullptr) {
      throw UsageError("unknown rule \"" + id + "\" (see `ddlint rules`)");
    }
  }
  std::vector<const rules::Rule*> selected;
  for (const std::string& id : selected_rules(config, only, inputs.from_db)) {
    selected.push_back(rules::find(id));
  }
  std::vector<std::vector<Finding>> per_rule(selected.size());
  std::vector<std::vector<std::string>> per_rule_notes(selected.size());
  {
    // The shared analysis (index coverage, tenancy, references) goes before the findings are
    // concatenated: that is the run's memory peak.
    const analysis::Analysis analysis(catalog, config);
    parallel::for_each(selected.size(), jobs, [&](std::size_t i) {
      const rules::Rule& r = *selected[i];
      const RuleSetting* s = config.setting(r.meta().id);
      const Severity sev = s != nullptr ? s->severity : r.meta().default_severity;
      rules::RuleContext ctx(r.meta(), sev, catalog, analysis, inputs, config, "", per_rule[i]);
      ctx.set_notes(&per_rule_notes[i]);
      r.check(ctx);
    });
  }
  std::vector<Finding> out = concatenate(per_rule);
  if (notes != nullptr) {
    for (const auto& v : per_rule_notes) {
      for (const std::string& n : v) {
        if (std::find(notes->begin(), notes->end(), n) == notes->end()) {
          notes->push_back(n);
        }
      }
    }
  }
  return out;
}

std::uint32_t apply_ignores(std::vector<Finding>& findings, const RunInputs& inputs,
                            const Config& config) {
  if (config.ignore.empty()) {
    return 0;
  }
  auto matches = [&](const IgnoreEntry& e, const Finding& f) {
    if (!e.rule.empty() && !str::glob_match(e.rule, f.rule)) {
      return false;
    }
    if (!e.schema.empty() && !str::glob_match(e.schema, f.object.schema)) {
      return false;
    }
    if (!e.table.empty()) {
      const std::string qualified = f.object.schema + "." + f.object.table;
      if (f.object.table.empty() ||
          !(str::glob_match(e.table, f.object.table) || str::glob_match(e.table, qualified))) {
        return false;
      }
    }
    if (!e.column.empty()) {
      bool any = str::glob_match(e.column, f.object.column);
      for (const std::string& c : f.object.columns) {
        any = any || str::glob_match(e.column, c);
      }
      if (!any) {
        return false;
      }
    }
    if (!e.file.empty()) {
      if (f.loc.file >= inputs.files.size() ||
          !str::glob_match(e.file, inputs.files[f.loc.file].path)) {
        return false;
      }
    }
    return true;
  };
  const auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    return std::any_of(config.ignore.begin(), config.ignore.end(),
                       [&](const IgnoreEntry& e) { return matches(e, f); });
  });
  return static_cast<std::uint32_t>(before - findings.size());
}

void sort_findings(std::vector<Finding>& findings) {
  // By position, then rule, object and message. Only an index per finding is sorted (4 bytes,
  // where a key holding the object's display string cost about 120 at a quarter of a million
  // findings, the run's peak); the display strings are built only for the rare pairs that tie on
  // position and rule. The findings are then permuted in place.
  std::vector<std::uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [&](std::uint32_t ia, std::uint32_t ib) {
    const Finding& a = findings[ia];
    const Finding& b = findings[ib];
    if (a.loc.file != b.loc.file) {
      return a.loc.file < b.loc.file;
    }
    if (a.loc.begin != b.loc.begin) {
      return a.loc.begin < b.loc.begin;
    }
    if (a.rule != b.rule) {
      return a.rule < b.rule;
    }
    const std::string oa = a.object.display();
    const std::string ob = b.object.display();
    if (oa != ob) {
      return oa < ob;
    }
    return a.message != b.message ? a.message < b.message : ia < ib;
  });
  // Position k receives findings[order[k]]: follow each cycle of the permutation once.
  std::vector<bool> placed(findings.size(), false);
  for (std::size_t start = 0; start < findings.size(); ++start) {
    if (placed[start]) {
      continue;
    }
    Finding held = std::move(findings[start]);
    std::size_t k = start;
    while (true) {
      placed[k] = true;
      const std::size_t from = order[k];
      if (from == start) {
        findings[k] = std::move(held);
        break;
      }
      findings[k] = std::move(findings[from]);
      k = from;
    }
  }
}

Result run(const Options& options) {
  parallel::limit_allocator_arenas(options.jobs == 0 ? parallel::hardware_jobs() : options.jobs);
  Result res;
  std::optional<suppress::Baseline> baseline = load_baseline(options); // fail before the work
  auto t0 = std::chrono::steady_clock::now();
  if (!options.db.empty()) {
    res.catalog = load_db(options.db, options.db_schemas, options.jobs, res.inputs);
    res.timings.read_ms = ms_since(t0);
  } else {
    load_sources(options.paths, options.config, res.inputs);
    res.timings.read_ms = ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    res.catalog = build_catalog(res.inputs, options.jobs);
    res.timings.parse_ms = ms_since(t0);
  }
  t0 = std::chrono::steady_clock::now();
  res.findings = run_rules(res.catalog, res.inputs, options.config, options.only_rules,
                           options.jobs, &res.notes);
  res.filters = filter(res, options, std::move(baseline));
  res.ignored = res.filters.ignored;
  sort_findings(res.findings);
  res.timings.rules_ms = ms_since(t0);
  return res;
}

} // namespace ddlint::engine
