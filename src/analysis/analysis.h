// Facts that several rules share, computed once per run on first use and cached (thread-safe):
// index coverage, the FK graph, tenancy, naming helpers. Reads the finished catalog and config.
#pragma once

#include "analysis/index_coverage.h"
#include "analysis/index_naming.h"
#include "analysis/tenancy.h"
#include "catalog/catalog.h"
#include "config/config.h"

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ddlint::analysis {

class Analysis {
public:
  Analysis(const catalog::Catalog& catalog, const Config& config)
      : catalog_(catalog), config_(config) {}

  const catalog::Catalog& catalog() const { return catalog_; }
  const Config& config() const { return config_; }

  // Tables with FKs that reference `t` (each once).
  const std::vector<const catalog::Table*>& referenced_by(const catalog::Table& t) const;

  // Keyword category of an identifier in PostgreSQL 15 (from libpg_query's scanner):
  // 0 none, 1 unreserved, 2 column name, 3 type/function name, 4 reserved. Cached; the first call
  // scans every identifier the catalog holds in one batch.
  int keyword_kind(std::string_view identifier) const;

  // The tenancy model (configured or detected tenant column, roots, the scope of each table).
  const Tenancy& tenancy() const;
  // Which FKs an index covers (fk-missing-index semantics), computed once.
  const IndexCoverage& index_coverage() const;

  // True when a view or materialized view reads `t` or one of its partitions or INHERITS
  // children (ALTER COLUMN ... TYPE on `t` recurses into them); unqualified reads match any
  // schema. Computed once.
  bool read_by_view(const catalog::Table& t) const;

private:
  void build_references() const;

  const catalog::Catalog& catalog_;
  const Config& config_;
  mutable std::once_flag references_once_;
  mutable std::unordered_map<const catalog::Table*, std::vector<const catalog::Table*>> refs_;
  mutable std::once_flag tenancy_once_;
  mutable std::unique_ptr<Tenancy> tenancy_;
  mutable std::once_flag coverage_once_;
  mutable std::unique_ptr<IndexCoverage> coverage_;
  mutable std::once_flag views_once_;
  mutable std::unordered_set<const catalog::Table*> read_by_views_;
};

} // namespace ddlint::analysis
