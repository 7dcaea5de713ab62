// The `object` of a finding as JSON (SPEC section 7): only the keys that apply.
#pragma once

#include "findings/finding.h"

#include <nlohmann/json.hpp>

namespace ddlint::report {

nlohmann::ordered_json object_json(const ObjectRef& o);

} // namespace ddlint::report
