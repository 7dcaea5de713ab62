#include "ir/expr.h"

#include "base/strings.h"

namespace ddlint {

bool Expr::is_const(std::string_view text) const {
  return kind == Kind::Const && str::iequals(name, text);
}

} // namespace ddlint
