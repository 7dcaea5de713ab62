#include "engine/filters.h"

#include "engine/engine.h"
#include "rules/registry.h"
#include "source/git.h"
#include "suppress/comments.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

namespace ddlint::engine {

std::vector<std::string> selected_rules(const Config& config, const std::vector<std::string>& only,
                                        bool from_db) {
  std::vector<std::string> out;
  for (const rules::Rule* r : rules::all()) {
    const std::string_view id = r->meta().id;
    const bool wanted =
        only.empty() ? config.enabled(id) : std::find(only.begin(), only.end(), id) != only.end();
    // Rules about files (syntax, apply order) have nothing to say about a live database.
    if (wanted && !(from_db && r->meta().files_only)) {
      out.emplace_back(id);
    }
  }
  return out;
}

namespace {

// The histories of the object a finding is about: the most specific one the catalog has (a
// column, constraint, index or policy of the table; else the table), or the type, the functions
// of that name (every overload), or the schema. Empty when the catalog does not know the object.
std::vector<const catalog::History*> object_histories(const catalog::Catalog& cat,
                                                      const ObjectRef& o) {
  std::vector<const catalog::History*> out;
  if (!o.table.empty()) {
    const catalog::Table* t = cat.table(o.schema, o.table);
    if (t == nullptr) {
      return out;
    }
    if (!o.constraint.empty()) {
      if (const catalog::Constraint* c = t->constraint(o.constraint)) {
        out.push_back(&c->hist);
      }
    }
    if (!o.index.empty()) {
      if (const catalog::Index* i = t->index(o.index)) {
        out.push_back(&i->hist);
      }
    }
    if (!o.policy.empty()) {
      if (const catalog::Policy* p = t->policy(o.policy)) {
        out.push_back(&p->hist);
      }
    }
    if (out.empty()) {
      if (!o.column.empty()) {
        if (const catalog::Column* c = t->column(o.column)) {
          out.push_back(&c->hist);
        }
      }
      for (const std::string& name : o.columns) {
        if (const catalog::Column* c = t->column(name); c != nullptr && name != o.column) {
          out.push_back(&c->hist);
        }
      }
    }
    if (out.empty()) {
      out.push_back(&t->hist);
    }
    return out;
  }
  if (!o.type.empty()) {
    if (const catalog::Type* ty = cat.type(o.schema, o.type)) {
      out.push_back(&ty->hist);
    }
    return out;
  }
  if (!o.function.empty()) {
    for (const auto& fn : cat.functions()) {
      if (fn->schema == o.schema && fn->name == o.function) {
        out.push_back(&fn->hist);
      }
    }
    return out;
  }
  if (!o.schema.empty()) {
    for (const auto& s : cat.schemas()) {
      if (s->name == o.schema) {
        out.push_back(&s->hist);
      }
    }
  }
  return out;
}

} // namespace

std::uint32_t keep_in_scope(std::vector<Finding>& findings, const RunInputs& inputs,
                            const std::vector<std::string>& files,
                            const catalog::Catalog* catalog) {
  const std::set<std::string, std::less<>> wanted(files.begin(), files.end());
  std::vector<char> in_scope(inputs.files.size(), 0);
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    const std::string& p = inputs.files[i].path;
    in_scope[i] = p != "<stdin>" && wanted.contains(source::canonical_path(p)) ? 1 : 0;
  }
  auto inside = [&](const SourceRef& r) {
    return r.valid() && r.file < in_scope.size() && in_scope[r.file] != 0;
  };
  auto touched_inside = [&](const catalog::History* h) {
    return inside(h->created) || std::any_of(h->changed.begin(), h->changed.end(), inside);
  };
  auto in_scope_finding = [&](const Finding& f) {
    if (inside(f.loc) || std::any_of(f.related.begin(), f.related.end(), inside)) {
      return true;
    }
    if (catalog == nullptr || f.object.empty()) {
      return false;
    }
    const std::vector<const catalog::History*> hs = object_histories(*catalog, f.object);
    return std::any_of(hs.begin(), hs.end(), touched_inside);
  };
  const auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) { return !in_scope_finding(f); });
  return static_cast<std::uint32_t>(before - findings.size());
}

std::uint32_t limit_per_file(std::vector<Finding>& findings, const RunInputs& inputs,
                             const Config& config, const std::vector<std::string>& ran) {
  const std::uint32_t limit = config.max_findings_per_file;
  const std::size_t nfiles = inputs.files.size();
  if (limit == 0 || findings.size() <= limit) {
    return 0;
  }
  std::vector<std::uint32_t> per_file(nfiles, 0);
  bool over = false;
  for (const Finding& f : findings) {
    if (f.loc.file < nfiles && ++per_file[f.loc.file] > limit) {
      over = true;
    }
  }
  if (!over) {
    return 0;
  }
  sort_findings(findings); // "in their order": by position, whatever order the rules ran in
  // Per capped file, the severity from which findings are kept, and how many of the findings at
  // exactly that severity still fit (in their order).
  std::vector<std::array<std::uint32_t, 3>> by_sev(nfiles, {0, 0, 0});
  for (const Finding& f : findings) {
    if (f.loc.file < nfiles && per_file[f.loc.file] > limit) {
      ++by_sev[f.loc.file][static_cast<std::size_t>(f.severity)];
    }
  }
  std::vector<std::array<std::uint32_t, 3>> room(nfiles, {0, 0, 0});
  for (std::size_t i = 0; i < nfiles; ++i) {
    if (per_file[i] <= limit) {
      continue;
    }
    std::uint32_t left = limit;
    for (int s = 2; s >= 0; --s) {
      const auto si = static_cast<std::size_t>(s);
      room[i][si] = std::min(left, by_sev[i][si]);
      left -= room[i][si];
    }
  }
  const auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    if (f.loc.file >= nfiles || per_file[f.loc.file] <= limit) {
      return false;
    }
    std::uint32_t& r = room[f.loc.file][static_cast<std::size_t>(f.severity)];
    if (r == 0) {
      return true;
    }
    --r;
    return false;
  });
  const auto dropped = static_cast<std::uint32_t>(before - findings.size());
  if (std::find(ran.begin(), ran.end(), "findings-limit") != ran.end()) {
    const rules::Rule* rule = rules::find("findings-limit");
    for (std::size_t i = 0; i < nfiles; ++i) {
      if (per_file[i] <= limit) {
        continue;
      }
      Finding f;
      f.rule = "findings-limit";
      f.category = rule->meta().category;
      f.severity = config.severity(f.rule);
      f.loc = SourceRef{static_cast<std::uint32_t>(i), 0, 0};
      f.message = inputs.files[i].path + " has " + std::to_string(per_file[i]) +
                  " findings, more than max_findings_per_file (" + std::to_string(limit) +
                  "): the " + std::to_string(limit) + " most severe are reported, " +
                  std::to_string(per_file[i] - limit) +
                  " were dropped; fix or baseline the bulk, or raise the limit";
      // A file-level finding has no schema object: the file's name tells capped files apart.
      f.fingerprint = make_fingerprint(
          f.rule, f.object, std::filesystem::path(inputs.files[i].path).filename().string());
      findings.push_back(std::move(f));
    }
  }
  return dropped;
}

FilterStats apply_filters(std::vector<Finding>& findings, const RunInputs& inputs,
                          const Config& config, const FilterOptions& opts) {
  FilterStats st;
  st.suppressed = suppress::apply(findings, inputs, config, opts.ran).suppressed;
  st.ignored = apply_ignores(findings, inputs, config);
  if (opts.baseline) {
    suppress::BaselineOutcome b = suppress::apply_baseline(findings, *opts.baseline);
    st.baseline_used = true;
    st.baselined = b.baselined;
    // Entries of rules that did not run (--rule, or turned off) say nothing about this run.
    std::erase_if(b.stale, [&](const suppress::BaselineEntry& e) {
      return !e.rule.empty() &&
             std::find(opts.ran.begin(), opts.ran.end(), e.rule) == opts.ran.end();
    });
    st.stale_baseline = std::move(b.stale);
  }
  if (opts.scope) {
    st.out_of_scope = keep_in_scope(findings, inputs, *opts.scope, opts.catalog);
  }
  st.over_limit = limit_per_file(findings, inputs, config, opts.ran);
  return st;
}

std::optional<suppress::Baseline> load_baseline(const Options& options) {
  const std::string& path = !options.baseline.empty() ? options.baseline : options.config.baseline;
  if (path.empty()) {
    return std::nullopt;
  }
  return suppress::read_baseline(path);
}

FilterStats filter(Result& res, const Options& options,
                   std::optional<suppress::Baseline> baseline) {
  FilterOptions fo;
  fo.ran = selected_rules(options.config, options.only_rules, !options.db.empty());
  fo.baseline = std::move(baseline);
  fo.scope = options.changed_files;
  fo.catalog = &res.catalog;
  return apply_filters(res.findings, res.inputs, options.config, fo);
}

} // namespace ddlint::engine
