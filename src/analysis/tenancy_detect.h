// Tenancy detection of SPEC section 4, for when `tenancy.columns` is absent: a column name from
// the candidate list that at least half of the tables carry becomes the tenant column, and the
// most common target of its foreign keys the root table.
#pragma once

#include "catalog/catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::analysis {

inline constexpr std::string_view kTenantColumnCandidates[] = {
    "tenant_id",  "client_account_id", "organization_id", "org_id",
    "account_id", "workspace_id",      "client_id"};

struct DetectedTenancy {
  std::string column;       // the tenant column
  std::string root;         // "schema.table" of the tenant root; empty when no FK says so
  std::size_t carriers = 0; // tables that have the column
  std::size_t tables = 0;   // tables counted (partitions and views excluded)
};

// nullopt when no candidate is carried by at least half of the tables (or there are none).
// Ties go to the candidate listed first.
std::optional<DetectedTenancy> detect_tenancy(const catalog::Catalog& catalog);

} // namespace ddlint::analysis
