#include "report/compliance.h"

#include "analysis/tenancy.h"
#include "base/strings.h"
#include "rules/registry.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ddlint::report {
namespace {

// The normal-form checklist (issue 10, SPEC section 8), keyed by rule id. The category is the
// one SPEC section 3 gives the rule, for rules not registered in this build.
struct ItemSpec {
  std::string_view form;
  std::string_view title;
  std::vector<std::pair<std::string_view, Category>> rules;
};

const std::vector<ItemSpec>& checklist_spec() {
  static const std::vector<ItemSpec> spec = {
      {"1NF",
       "No repeating groups (numbered column series such as phone1, phone2, phone3)",
       {{"repeating-group", Category::Normalization}}},
      {"1NF",
       "No multi-valued columns (arrays or JSON lists of ids)",
       {{"multi-valued-column", Category::Normalization}}},
      {"1NF", "Every table has a primary key", {{"no-primary-key", Category::Normalization}}},
      {"2NF",
       "No partial dependencies: no column copies an attribute of the table one part of a "
       "composite key references",
       {{"partial-dependency", Category::Normalization}}},
      {"3NF",
       "No transitive dependencies: no column copies an attribute of a referenced table",
       {{"transitive-dependency", Category::Normalization}}},
      {"3NF",
       "No stored aggregates of child rows (counts, totals, averages)",
       {{"derived-aggregate-column", Category::Normalization}}},
      {"Domains",
       "Enumerated values live in lookup tables or CHECK constraints",
       {{"enum-type", Category::Constraints}, {"enum-like-unconstrained", Category::Constraints}}},
      {"Integrity",
       "Foreign keys are declared for reference columns",
       {{"missing-foreign-key", Category::Integrity}}},
      {"Integrity",
       "No duplicate entities (tables whose column sets mostly coincide)",
       {{"duplicate-entity", Category::Normalization}}},
  };
  return spec;
}

} // namespace

std::size_t category_index(Category c) {
  for (std::size_t i = 0; i < kCategoryCount; ++i) {
    if (kAllCategories[i] == c) {
      return i;
    }
  }
  return kCategoryCount;
}

Severity SeverityCounts::worst() const {
  if (errors() > 0) {
    return Severity::Error;
  }
  return warnings() > 0 ? Severity::Warning : Severity::Info;
}

double CategoryScore::share() const {
  return tables == 0 ? 1.0 : static_cast<double>(clean) / static_cast<double>(tables);
}

const char* to_string(ItemStatus s) {
  switch (s) {
  case ItemStatus::Pass:
    return "pass";
  case ItemStatus::Fail:
    return "fail";
  case ItemStatus::NotChecked:
    return "not checked";
  }
  return "not checked";
}

std::string finding_anchor(std::uint32_t i) {
  return "f" + std::to_string(i);
}

std::string display_name(const catalog::Table& t) {
  return t.schema == "public" || t.schema.empty() ? t.name.string() : t.schema + "." + t.name;
}

RunSummary run_summary(const Context& ctx, const Compliance& c) {
  RunSummary s;
  if (ctx.inputs.from_db) {
    s.inputs = ctx.inputs.db_label.empty() ? std::string("a live database") : ctx.inputs.db_label;
  } else {
    const std::size_t n = ctx.inputs.files.size();
    s.inputs = fmt::format("{} file{}", n, n == 1 ? "" : "s");
    s.files.reserve(n);
    for (const FileInput& f : ctx.inputs.files) {
      s.files.push_back(f.path);
    }
  }
  const std::string presets = str::join(ctx.config.extends_chain, " → ");
  if (ctx.config.file.empty()) {
    s.config = "built-in defaults" + (presets.empty() ? std::string() : " (" + presets + ")");
  } else {
    s.config = ctx.config.file + (presets.empty() ? std::string() : " (extends " + presets + ")");
  }
  const analysis::Tenancy ten(ctx.catalog, ctx.config);
  const std::string columns = str::join(ten.columns(), ", ");
  const std::string roots = str::join(ten.root_names(), ", ");
  switch (ten.source()) {
  case analysis::Tenancy::Source::Configured:
    s.tenancy = fmt::format("configured: tenant column{} {}", ten.columns().size() == 1 ? "" : "s",
                            columns.empty() ? "(none)" : columns);
    break;
  case analysis::Tenancy::Source::Detected:
    s.tenancy = fmt::format("detected: tenant column {} on {} of {} tables", columns,
                            ten.carriers(), ten.counted_tables());
    break;
  case analysis::Tenancy::Source::Absent:
    s.tenancy = "none detected (no tenant column on at least half of the tables; set "
                "tenancy.columns in the config to declare one)";
    break;
  }
  if (ten.active() && !roots.empty()) {
    s.tenancy += "; root " + roots;
  }
  for (const TableEntry& e : c.tables) {
    if (e.partition) {
      continue;
    }
    for (const catalog::Constraint& con : e.table->constraints) {
      s.foreign_keys += con.kind == ConstraintKind::ForeignKey ? 1U : 0U;
    }
  }
  for (const Finding& f : ctx.findings) {
    s.findings.add(f.severity);
  }
  return s;
}

Compliance build_compliance(const Context& ctx) {
  Compliance c;
  const catalog::Catalog& cat = ctx.catalog;

  // Rules that ran.
  if (!ctx.rules_run.empty()) {
    c.rules_run = ctx.rules_run;
  } else {
    for (const rules::Rule* r : rules::all()) {
      if (ctx.config.enabled(r->meta().id)) {
        c.rules_run.emplace_back(r->meta().id);
      }
    }
  }
  std::sort(c.rules_run.begin(), c.rules_run.end());
  c.rules_run.erase(std::unique(c.rules_run.begin(), c.rules_run.end()), c.rules_run.end());
  auto ran = [&](std::string_view id) {
    return std::binary_search(c.rules_run.begin(), c.rules_run.end(), id);
  };

  // Tables.
  const auto relations = cat.tables();
  c.tables.reserve(relations.size());
  std::unordered_map<const catalog::Table*, std::uint32_t> index_of;
  index_of.reserve(relations.size());
  for (const auto& t : relations) {
    TableEntry e;
    e.table = t.get();
    e.anchor = "t" + std::to_string(c.tables.size());
    e.partition = t->rare->partition_of.has_value();
    e.scored = t->is_table() && !e.partition;
    index_of.emplace(t.get(), static_cast<std::uint32_t>(c.tables.size()));
    c.tables.push_back(std::move(e));
  }
  for (TableEntry& e : c.tables) {
    if (e.partition) {
      ++c.partitions;
      if (const catalog::Table* parent =
              cat.table(e.table->rare->partition_of->schema, e.table->rare->partition_of->name)) {
        const auto it = index_of.find(parent);
        if (it != index_of.end()) {
          ++c.tables[it->second].partitions;
        }
      }
    }
    c.views += e.table->is_view() ? 1U : 0U;
    c.scored_tables += e.scored ? 1U : 0U;
  }

  // Findings onto tables and categories.
  c.scores.resize(kCategoryCount);
  for (std::size_t i = 0; i < kCategoryCount; ++i) {
    c.scores[i].category = kAllCategories[i];
    c.scores[i].tables = c.scored_tables;
  }
  for (const rules::Rule* r : rules::all()) {
    const std::size_t ci = category_index(r->meta().category);
    if (ci < kCategoryCount && ran(r->meta().id)) {
      c.scores[ci].checked = true;
    }
  }
  c.finding_table.assign(ctx.findings.size(), -1);
  for (std::uint32_t i = 0; i < ctx.findings.size(); ++i) {
    const Finding& f = ctx.findings[i];
    const std::size_t ci = category_index(f.category);
    if (ci < kCategoryCount) {
      c.scores[ci].findings.add(f.severity);
      c.scores[ci].checked = true;
    }
    const catalog::Table* t =
        f.object.table.empty() ? nullptr : cat.table(f.object.schema, f.object.table);
    const auto it = t == nullptr ? index_of.end() : index_of.find(t);
    if (it == index_of.end()) {
      c.other_findings.push_back(i);
      continue;
    }
    TableEntry& e = c.tables[it->second];
    c.finding_table[i] = static_cast<std::int32_t>(it->second);
    e.findings.push_back(i);
    e.total.add(f.severity);
    if (ci < kCategoryCount) {
      e.cells[ci].add(f.severity);
    }
  }
  for (const TableEntry& e : c.tables) {
    if (!e.scored) {
      continue;
    }
    for (std::size_t ci = 0; ci < kCategoryCount; ++ci) {
      c.scores[ci].clean += e.cells[ci].total() == 0 ? 1U : 0U;
    }
  }

  // The matrix, worst first.
  for (std::uint32_t i = 0; i < c.tables.size(); ++i) {
    if (c.tables[i].scored || c.tables[i].total.total() > 0) {
      c.matrix.push_back(i);
    }
  }
  std::vector<std::string> names(c.tables.size());
  for (const std::uint32_t i : c.matrix) {
    names[i] = display_name(*c.tables[i].table);
  }
  std::sort(c.matrix.begin(), c.matrix.end(), [&](std::uint32_t a, std::uint32_t b) {
    const SeverityCounts& x = c.tables[a].total;
    const SeverityCounts& y = c.tables[b].total;
    if (x.errors() != y.errors()) {
      return x.errors() > y.errors();
    }
    if (x.warnings() != y.warnings()) {
      return x.warnings() > y.warnings();
    }
    if (x.infos() != y.infos()) {
      return x.infos() > y.infos();
    }
    if (names[a] != names[b]) {
      return names[a] < names[b];
    }
    return a < b;
  });

  // The checklist.
  std::unordered_map<std::string_view, std::size_t> item_of_rule;
  for (const ItemSpec& spec : checklist_spec()) {
    ChecklistItem item;
    item.form = spec.form;
    item.title = spec.title;
    bool all_ran = true;
    for (const auto& [id, category] : spec.rules) {
      ChecklistRule r;
      r.id = id;
      const rules::Rule* rule = rules::find(id);
      r.category = rule != nullptr ? rule->meta().category : category;
      // A rule the caller says ran did run (it is then registered, in this or a test build).
      r.ran = ran(id);
      if (rule == nullptr) {
        r.why_not = "not in this version of ddlint";
      } else if (!r.ran) {
        r.why_not = "not enabled";
      }
      all_ran = all_ran && r.ran;
      item.rules.push_back(std::move(r));
      item_of_rule.emplace(id, c.checklist.size());
    }
    item.status = all_ran ? ItemStatus::Pass : ItemStatus::NotChecked;
    c.checklist.push_back(std::move(item));
  }
  for (std::uint32_t i = 0; i < ctx.findings.size(); ++i) {
    const auto it = item_of_rule.find(ctx.findings[i].rule);
    if (it != item_of_rule.end()) {
      c.checklist[it->second].evidence.push_back(i);
      c.checklist[it->second].status = ItemStatus::Fail;
    }
  }
  return c;
}

} // namespace ddlint::report
