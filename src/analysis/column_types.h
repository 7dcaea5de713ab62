// Column types as the type rules and FK rules compare them: the final type of a column (after
// every ALTER COLUMN ... TYPE) with domains resolved to their base type. Reads the catalog only.
#pragma once

#include "catalog/catalog.h"

#include <string>

namespace ddlint::analysis {

struct EffectiveType {
  TypeRef base;       // built-in or user type after following domains; array dims added up
  std::string domain; // the column's own domain ("public.ts_utc"), empty when none
  bool known = true;  // false for %TYPE references and unresolvable names
};

// Follows domains (DOMAIN over DOMAIN over timestamp -> timestamp); arrays of a domain and
// domains over arrays both end up as array dims on `base`.
EffectiveType effective_type(const catalog::Catalog& catalog, const TypeRef& type);

// True when two effective types are the same for comparison purposes (FK columns vs their
// target): same name and schema and array dims; type modifiers are ignored, and text and
// varchar count as one type (same operators, binary coercible).
bool same_type(const EffectiveType& a, const EffectiveType& b);

// "int4", "varchar(255)[]", "public.status"; with " (domain public.d)" when through a domain.
std::string describe(const EffectiveType& t);

class Analysis;

// Why PostgreSQL would refuse ALTER TABLE t ALTER COLUMN c TYPE ..., or "" when it would not
// (as far as the model knows): c is a partition key; a view or rule may read it (a view reads
// the table or one of its partitions); the predicate or an expression of an index, a policy or
// another generated column reads it.
std::string type_change_blocker(const Analysis& analysis, const catalog::Table& t,
                                const catalog::Column& c);

// Columns a table defines itself: not copied from an INHERITS parent or a partitioned parent
// (those are reported on the parent, once).
inline bool own_column(const catalog::Column& c) {
  return !c.inherited;
}

} // namespace ddlint::analysis
