// Shared by the integrity rules that report the catalog's own problems
// (semantic-error, undefined-object, forward-reference).
#pragma once

#include "catalog/model.h"
#include "rules/rule.h"

namespace ddlint::rules {

inline ObjectRef problem_object(const catalog::Problem& p) {
  ObjectRef o;
  o.schema = p.schema;
  o.table = p.table;
  o.column = p.column;
  o.constraint = p.constraint;
  o.index = p.index;
  o.type = p.type;
  o.function = p.function;
  return o;
}

} // namespace ddlint::rules
