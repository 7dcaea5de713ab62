// Reading row-level-security policy expressions (the lowered USING / WITH CHECK trees):
// which columns of the policy's own table they read, constant truth, user-editable metadata,
// and which commands and roles a policy applies to. Shared by the policy rules; never parses.
#pragma once

#include "catalog/catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::analysis {

// Column nodes of `e` that refer to column `col` of the policy's table `t`: unqualified outside
// any sub-select, qualified with the table's name, or unqualified inside a sub-select whose
// relations do not have that column (PostgreSQL resolves it outwards). A qualifier that is not
// the table's name is an alias of a sub-select relation (the policy's table has no alias).
std::vector<const Expr*> policy_column_refs(const Expr& e, const catalog::Table& t,
                                            std::string_view col, const catalog::Catalog& cat);

// The value of an expression that does not depend on the row: `true`, `1 = 1`, `'a' = 'a'`,
// `x = x`, `true OR ...`, `NOT false`, `'t'::boolean`, `COALESCE(true, ...)`; nullopt when it
// depends on something.
std::optional<bool> constant_truth(const Expr& e);

// What a policy expression reads of user-editable metadata (`raw_user_meta_data`,
// `user_metadata`, `auth.jwt() -> 'user_metadata'`), as SQL text; empty when nothing.
std::string user_metadata_read(const Expr& e);

// `e` without casts, for comparisons of operands (`tenant_id::text`, `'x'::uuid`).
const Expr& strip_casts(const Expr& e);

// A compact, cast-free text of an expression for matching against accessor patterns:
// lower case, no blanks or parentheses (`auth.jwt() ->> 'tenant_id'` -> `auth.jwt->>'tenant_id'`);
// `current_setting(name, missing_ok)` keeps only its name.
std::string accessor_key(const Expr& e);
std::string accessor_key(std::string_view pattern);

// True when the policy applies to `command` ("select", "insert", "update", "delete").
bool policy_covers(const catalog::Policy& p, std::string_view command);

// The expressions that guard the policy's commands: USING for select/update/delete/all, WITH
// CHECK for insert/update/all (USING stands in for a missing WITH CHECK on update/all).
struct PolicyClause {
  const char* label; // "USING" or "WITH CHECK"
  const Expr* expr;
};
std::vector<PolicyClause> policy_clauses(const catalog::Policy& p);

// True when every role of the policy is in `privileged` (a policy for PUBLIC never is).
bool only_roles_in(const catalog::Policy& p, const std::vector<std::string>& privileged);

} // namespace ddlint::analysis
