#include "engine/filters.h"

#include "engine/engine.h"
#include "rules/registry.h"
#include "source/git.h"
#include "suppress/comments.h"

#include <algorithm>
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

std::uint32_t keep_in_scope(std::vector<Finding>& findings, const RunInputs& inputs,
                            const std::vector<std::string>& files) {
  const std::set<std::string, std::less<>> wanted(files.begin(), files.end());
  std::vector<char> in_scope(inputs.files.size(), 0);
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    const std::string& p = inputs.files[i].path;
    in_scope[i] = p != "<stdin>" && wanted.contains(source::canonical_path(p)) ? 1 : 0;
  }
  auto inside = [&](const SourceRef& r) {
    return r.valid() && r.file < in_scope.size() && in_scope[r.file] != 0;
  };
  const auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    return !inside(f.loc) && std::none_of(f.related.begin(), f.related.end(), inside);
  });
  return static_cast<std::uint32_t>(before - findings.size());
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
    st.out_of_scope = keep_in_scope(findings, inputs, *opts.scope);
  }
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
  return apply_filters(res.findings, res.inputs, options.config, fo);
}

} // namespace ddlint::engine
