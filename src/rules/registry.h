// The list of all rules, built from rule_list.inc. Rules are stateless; one instance each.
#pragma once

#include "rules/rule.h"

#include <span>
#include <string_view>

namespace ddlint::rules {

std::span<const Rule* const> all();
const Rule* find(std::string_view id);
// Ids that must never be reused.
std::span<const std::string_view> retired_ids();

} // namespace ddlint::rules
