// Functional dependencies that DDL gives away by naming: a column `<x>_<attr>` next to a foreign
// key `<x>_id` whose target table has a non-key column `<attr>` of a compatible type repeats that
// attribute (orders.customer_email with customer_id → customers(email)). Shared by
// partial-dependency (the FK is part of a composite key, 2NF) and transitive-dependency (it is
// not, 3NF).
#pragma once

#include "catalog/catalog.h"

#include <string>
#include <vector>

namespace ddlint::analysis {

class Tenancy;

struct CopiedAttribute {
  const catalog::Column* column = nullptr;        // in the referencing table
  const catalog::Column* target_column = nullptr; // in the referenced table
};

struct ForeignKeyCopies {
  const catalog::Constraint* fk = nullptr;
  const catalog::Table* target = nullptr;
  std::string fk_column;  // the FK's column that names the referenced entity (tenant part dropped)
  std::string ref_column; // the referenced column it points at
  std::vector<CopiedAttribute> copies;
};

// For each foreign key of `t` with exactly one non-tenant column, the columns of `t` that repeat
// a non-key attribute of the referenced table. Tenant columns (those `tenancy` resolved) and FK
// columns are never copies. Only keys with at least one copy are returned.
std::vector<ForeignKeyCopies> copied_attributes(const catalog::Catalog& cat, const Tenancy& tenancy,
                                                const catalog::Table& t);

// Coarse type families for "could hold the same value": text-like, integer, numeric, boolean,
// timestamp, uuid, json; otherwise the exact type name.
std::string type_family(const TypeRef& t);

} // namespace ddlint::analysis
