// Enum-like text columns: names that promise a small closed set of values (status, type, kind…),
// whether the schema constrains those values (CHECK, FK, domain with a CHECK), and the values the
// schema documents for a column (its DEFAULT literal and its trailing comment).
#pragma once

#include "catalog/catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace ddlint::analysis {

// The string type behind `t` (following domains): text, varchar, bpchar, citext or name, not an
// array. `domain_check` is set when a domain on the way has a CHECK constraint.
bool is_text_column(const catalog::Catalog& cat, const TypeRef& t, bool* domain_check);

// True when `column` equals one of `names` or ends with one of `suffixes` ("order_status").
bool enum_like_name(std::string_view column, const std::vector<std::string>& names,
                    const std::vector<std::string>& suffixes);

// What constrains the values of `c`: "check <name>", "foreign key <name>", "domain <name>", or
// empty when nothing does.
std::string value_constraint(const catalog::Catalog& cat, const catalog::Table& t,
                             const catalog::Column& c);

// The string literal of a DEFAULT (`'pending'`, `'pending'::text`), or empty.
std::string default_literal(const Expr& e);

// Values a comment lists: quoted strings (`'pending', 'done'` or `"pending" | "done"`), or a
// whole comment that is a list of words separated by ',', '|' or '/' after an optional
// "one of:" / "values:" / "e.g." lead-in (`draft/published/archived`).
std::vector<std::string> comment_values(std::string_view comment);

// Values documented for `c`: its DEFAULT literal, then its trailing comment's values, without
// duplicates. (COMMENT ON text is prose more often than a value list, so it is not read.)
std::vector<std::string> documented_values(const catalog::Column& c);

} // namespace ddlint::analysis
