#include "ir/stmt.h"

namespace ddlint::ir {

const char* to_string(ObjKind kind) {
  switch (kind) {
  case ObjKind::Table:
    return "table";
  case ObjKind::View:
    return "view";
  case ObjKind::MatView:
    return "materialized view";
  case ObjKind::ForeignTable:
    return "foreign table";
  case ObjKind::Index:
    return "index";
  case ObjKind::Sequence:
    return "sequence";
  case ObjKind::Type:
    return "type";
  case ObjKind::Domain:
    return "domain";
  case ObjKind::Schema:
    return "schema";
  case ObjKind::Function:
    return "function";
  case ObjKind::Procedure:
    return "procedure";
  case ObjKind::Aggregate:
    return "aggregate";
  case ObjKind::Policy:
    return "policy";
  case ObjKind::Trigger:
    return "trigger";
  case ObjKind::Extension:
    return "extension";
  case ObjKind::Column:
    return "column";
  case ObjKind::Constraint:
    return "constraint";
  case ObjKind::DomainConstraint:
    return "domain constraint";
  case ObjKind::Other:
    return "object";
  }
  return "object";
}

} // namespace ddlint::ir
