// The tenancy model shared by the tenancy and RLS rules: which column holds the tenant, which
// tables are the tenant roots, and how every table is scoped (SPEC section 4). Built once per
// run from the finished catalog and `tenancy` / `security` config; depends on nothing in rules/.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ddlint::analysis {

enum class TenantScope : std::uint8_t {
  None,     // not judged: views, foreign and temporary tables, or tenancy is inactive
  Root,     // a tenant root table (`tenancy.root_tables`, or the detected FK target)
  Global,   // shared by all tenants: `tenancy.global_tables`, or (detected tenancy) a table that
            // neither carries the tenant column nor points at tenant data
  Tenant,   // tenant-scoped: must carry the tenant column
  Indirect, // tenant-scoped through a NOT NULL FK chain to a tenant table (`allow_indirect`)
};
const char* to_string(TenantScope s);

class Tenancy {
public:
  enum class Source : std::uint8_t { Configured, Detected, Absent };

  // Builds the model. Linear in the size of the catalog (the indirect chains are one BFS).
  Tenancy(const catalog::Catalog& catalog, const Config& config);

  Source source() const { return source_; }
  // True when a tenant column is configured or was detected.
  bool active() const { return !columns_.empty(); }
  // Tenant column names, configured or the one detected (empty when inactive).
  const std::vector<std::string>& columns() const { return columns_; }
  // Root tables as "schema.name" (may name tables the inputs do not define, e.g. an FK target
  // listed in `external`).
  const std::vector<std::string>& root_names() const { return root_names_; }
  // One line for the user on what was detected ("" when tenancy is configured).
  const std::string& note() const { return note_; }
  // Detection statistics: tables that carry the detected column, of the tables counted.
  std::size_t carriers() const { return carriers_; }
  std::size_t counted_tables() const { return counted_; }

  // The table's scope; partitions take the scope of their top-level partitioned parent.
  TenantScope scope(const catalog::Table& t) const;
  bool is_tenant(const catalog::Table& t) const { return scope(t) == TenantScope::Tenant; }
  // Tenant or indirectly tenant-scoped: the table holds rows of one tenant each.
  bool holds_tenant_rows(const catalog::Table& t) const {
    const TenantScope s = scope(t);
    return s == TenantScope::Tenant || s == TenantScope::Indirect;
  }
  bool is_root(const QualName& q) const;
  // The tenant column the table carries (the first of `columns()` it has), or nullptr.
  const catalog::Column* tenant_column(const catalog::Table& t) const;
  // True when the table is judged on its own by the tenancy rules: a plain or partitioned table
  // that is not a partition (partitions follow their parent), not foreign, not temporary.
  // INHERITS children are judged on their own: they inherit columns but no FKs or indexes.
  static bool judged(const catalog::Table& t);
  // True when the table's schema is in `security.exposed_schemas`.
  bool exposed(const catalog::Table& t) const;

private:
  bool matches(const std::vector<std::string>& patterns, const catalog::Table& t) const;
  bool matches(const std::vector<std::string>& patterns, const QualName& q) const;
  void detect();
  void choose_roots();
  void classify();

  const catalog::Catalog& catalog_;
  const Config& config_;
  Source source_ = Source::Absent;
  std::vector<std::string> columns_;
  std::vector<std::string> root_names_;
  std::string note_;
  std::size_t carriers_ = 0;
  std::size_t counted_ = 0;
  std::unordered_map<const catalog::Table*, TenantScope> scopes_;
};

} // namespace ddlint::analysis
