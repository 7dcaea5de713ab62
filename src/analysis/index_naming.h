// Names for objects that fixes create (indexes, foreign keys, CHECK constraints): they follow the
// `constraint-naming` patterns of the configuration (SPEC section 4 defaults when unset), fit in
// 63 bytes and do not collide with existing relations of the schema. Reads catalog and config.
#pragma once

#include "catalog/catalog.h"
#include "config/config.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ddlint::analysis {

enum class NameKind : std::uint8_t { Index, ForeignKey, Check };

// The `constraint-naming` option for `kind` ("index", "foreign_key", "check") when the config
// sets it, else the SPEC default (`^(idx|ix)_`, `^fk_`, `^(chk|check)_`).
std::string naming_pattern(const Config& config, NameKind kind);

// A name for a new object of `kind` on table `table` over `columns`, with an optional extra word
// (`length` for a CHECK on a length): `idx_orders_client_id`, `fk_orders_client_id`,
// `chk_orders_code_length`, or the first of a few conventional spellings (prefix or suffix
// style, `index_orders_on_client_id` for Rails/GitLab) that matches `pattern`; `idx_…`-style
// when none does or the pattern is invalid. Shortened to 63 bytes the way PostgreSQL shortens
// generated names; `taken(name)` returning true makes it try `…1`, `…2`, … instead.
// `*matches` (when given) tells whether the returned name matches `pattern` (true when the
// pattern is invalid): callers say so when the name must be adapted by hand.
std::string suggest_name(NameKind kind, std::string_view pattern, std::string_view table,
                         const std::vector<std::string>& columns, std::string_view word,
                         const std::function<bool(std::string_view)>& taken,
                         bool* matches = nullptr);

} // namespace ddlint::analysis
