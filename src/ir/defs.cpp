#include "ir/defs.h"

namespace ddlint {

const char* to_string(ConstraintKind kind) {
  switch (kind) {
  case ConstraintKind::PrimaryKey:
    return "primary_key";
  case ConstraintKind::Unique:
    return "unique";
  case ConstraintKind::ForeignKey:
    return "foreign_key";
  case ConstraintKind::Check:
    return "check";
  case ConstraintKind::Exclude:
    return "exclude";
  }
  return "check";
}

const char* to_string(FkAction action) {
  switch (action) {
  case FkAction::NoAction:
    return "no action";
  case FkAction::Restrict:
    return "restrict";
  case FkAction::Cascade:
    return "cascade";
  case FkAction::SetNull:
    return "set null";
  case FkAction::SetDefault:
    return "set default";
  }
  return "no action";
}

const char* to_sql(FkAction action) {
  switch (action) {
  case FkAction::NoAction:
    return "NO ACTION";
  case FkAction::Restrict:
    return "RESTRICT";
  case FkAction::Cascade:
    return "CASCADE";
  case FkAction::SetNull:
    return "SET NULL";
  case FkAction::SetDefault:
    return "SET DEFAULT";
  }
  return "NO ACTION";
}

} // namespace ddlint
