// The compliance model shared by the HTML and Markdown reports (SPEC section 8): a score per
// category, the table x category matrix, the normal-form checklist with its evidence, and which
// findings belong to which table. A pure function of the report context; no formatting here.
#pragma once

#include "report/reporter.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::report {

inline constexpr std::size_t kCategoryCount = std::size(kAllCategories);

// Index of `c` in kAllCategories; kCategoryCount for Category::Meta.
std::size_t category_index(Category c);

// Findings by severity (indexed by static_cast<size_t>(Severity)).
struct SeverityCounts {
  std::array<std::uint32_t, 3> by{0, 0, 0};

  void add(Severity s) { ++by[static_cast<std::size_t>(s)]; }
  std::uint32_t errors() const { return by[2]; }
  std::uint32_t warnings() const { return by[1]; }
  std::uint32_t infos() const { return by[0]; }
  std::uint32_t total() const { return by[0] + by[1] + by[2]; }
  // Severity of the worst finding; only meaningful when total() > 0.
  Severity worst() const;
};

struct CategoryScore {
  Category category = Category::Integrity;
  bool checked = false;     // at least one rule of the category ran
  std::uint32_t tables = 0; // scored tables (see TableEntry::scored)
  std::uint32_t clean = 0;  // scored tables without a finding of this category
  SeverityCounts findings;  // every finding of the category, on tables or not
  // clean / tables in [0, 1]; 1 when there are no tables.
  double share() const;
};

struct TableEntry {
  const catalog::Table* table = nullptr;
  std::string anchor; // "t<N>": HTML id of its section, stable for a given catalog
  // Counts toward the scores: a table (not a view) that is not a partition of another table.
  bool scored = false;
  bool partition = false;
  std::uint32_t partitions = 0; // partitions of a partitioned table
  std::array<SeverityCounts, kCategoryCount> cells{};
  SeverityCounts total;
  std::vector<std::uint32_t> findings; // indices into Context::findings, in report order
};

enum class ItemStatus : std::uint8_t { Pass, Fail, NotChecked };
const char* to_string(ItemStatus s); // "pass", "fail", "not checked"

struct ChecklistRule {
  std::string_view id;
  Category category = Category::Normalization;
  bool ran = false;
  std::string why_not; // when !ran: "not enabled", "not in this version of ddlint"
};

struct ChecklistItem {
  std::string_view form;  // "1NF", "2NF", "3NF", "Domains", "Integrity"
  std::string_view title; // what the item asks
  std::vector<ChecklistRule> rules;
  ItemStatus status = ItemStatus::NotChecked;
  std::vector<std::uint32_t> evidence; // finding indices (status Fail)
};

struct Compliance {
  std::vector<CategoryScore> scores;         // in kAllCategories order
  std::vector<TableEntry> tables;            // every relation, in catalog order
  std::vector<std::uint32_t> matrix;         // rows: scored tables and any relation with findings,
                                             // worst first (errors, warnings, infos; then name)
  std::vector<ChecklistItem> checklist;      // in the fixed order of the normal-form checklist
  std::vector<std::uint32_t> other_findings; // findings not about a relation of the catalog
  std::vector<std::int32_t> finding_table;   // per finding: index into `tables`, or -1
  std::uint32_t scored_tables = 0;
  std::uint32_t views = 0;
  std::uint32_t partitions = 0;
  std::vector<std::string> rules_run; // sorted ids
};

// What the report headers say about the run, as plain text (formats escape it).
struct RunSummary {
  std::string inputs;             // "3 files" or the database label
  std::vector<std::string> files; // input paths in apply order
  std::string config;             // config file and presets, or "built-in defaults (...)"
  std::string tenancy;            // configured or detected tenancy, or why there is none
  std::uint32_t foreign_keys = 0; // FK constraints of non-partition relations
  SeverityCounts findings;
};
RunSummary run_summary(const Context& ctx, const Compliance& c);

// Builds the model from the context. Rules that ran: ctx.rules_run, or (when empty) the
// registered rules the config enables. Linear in tables + findings (plus sorting).
Compliance build_compliance(const Context& ctx);

// HTML id of finding `i` ("f<i>").
std::string finding_anchor(std::uint32_t i);

// "schema.name", or just "name" in the public schema.
std::string display_name(const catalog::Table& t);

} // namespace ddlint::report
