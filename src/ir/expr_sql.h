// Prints a lowered expression back as SQL, the same way for file and live-database input
// (used for defaults, predicates and expression keys in dumps, messages and fixes).
#pragma once

#include "ir/expr.h"

#include <string>

namespace ddlint {

std::string to_sql(const Expr& e);

} // namespace ddlint
