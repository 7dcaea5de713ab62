// Which indexes serve which lookups: FK coverage (fk-missing-index, tenant-column-unindexed),
// and comparable index signatures (duplicate-index, redundant-index). Reads the catalog only.
#pragma once

#include "catalog/catalog.h"

#include <string>
#include <vector>

namespace ddlint::analysis {

// True when `pred` holds for every row in which all of `cols` are NOT NULL, proven the simple
// way: IS NOT NULL / NOT (IS NULL) of one of `cols`, a conjunction of such facts, a disjunction
// with one such fact, or TRUE. Anything else (`deleted_at IS NULL`, `col > 0`) is not implied.
bool implied_by_not_null(const Expr& pred, const std::vector<std::string>& cols);

// True when `idx` serves an equality lookup on all of `cols` (the query PostgreSQL runs for a
// foreign key): its first cols.size() keys are plain columns that are exactly `cols` in any
// order, it is valid, not BRIN, and its predicate (if any) is implied by `cols IS NOT NULL`.
bool index_covers(const catalog::Index& idx, const std::vector<std::string>& cols);

// The first index of `t` (PK/UNIQUE constraint indexes included) that covers `cols`, or nullptr.
const catalog::Index* covering_index(const catalog::Table& t, const std::vector<std::string>& cols);

// A foreign key that fk-missing-index judges: declared on `table` itself (clones that
// PostgreSQL makes on partitions are judged through their partitioned parent).
struct JudgedForeignKey {
  const catalog::Table* table = nullptr;
  const catalog::Constraint* fk = nullptr;
  const catalog::Index* covered_by = nullptr; // nullptr: no index covers it
};

// FK coverage of the whole catalog, computed once (Analysis::index_coverage()).
class IndexCoverage {
public:
  explicit IndexCoverage(const catalog::Catalog& catalog);

  // Every judged foreign key, in catalog order (tables in creation order, then constraints).
  const std::vector<JudgedForeignKey>& foreign_keys() const { return fks_; }

private:
  std::vector<JudgedForeignKey> fks_;
};

// Text that is equal for two index keys exactly when PostgreSQL treats them as the same key
// (column or expression, operator class, collation, direction). Expressions are printed from
// the lowered tree, so renamed columns compare by their new names.
std::string key_signature(const IndexKey& key, bool with_direction = true);

// The predicate of `idx` as comparable text ("" when it has none).
std::string predicate_signature(const catalog::Index& idx);

} // namespace ddlint::analysis
