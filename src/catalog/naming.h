// PostgreSQL's rules for the names it generates (makeObjectName, ChooseIndexColumnNames, ...),
// so that generated constraint and index names match a real server.
#pragma once

#include "ir/defs.h"

#include <string>
#include <string_view>
#include <vector>

namespace ddlint::catalog {

inline constexpr std::size_t kMaxIdentifierBytes = 63; // NAMEDATALEN - 1

// name1[_name2][_label], with name1/name2 shortened (longer first) to fit 63 bytes.
std::string make_object_name(std::string_view name1, std::string_view name2,
                             std::string_view label);

// Column names joined with '_' the way ChooseIndexNameAddition does.
std::string name_addition(const std::vector<std::string>& names);

// Per-key names PostgreSQL uses for an index: the column, the function name of an expression
// key, or "expr"; made unique within the index by digits.
std::vector<std::string> index_column_names(const std::vector<IndexKey>& keys);

// Truncates an identifier to 63 bytes without splitting a UTF-8 character.
std::string truncate_identifier(std::string_view name);

} // namespace ddlint::catalog
