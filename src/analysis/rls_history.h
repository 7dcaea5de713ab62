// Row-level security over the migration history: the final state counts, and when a later
// statement undid protection (DISABLE ROW LEVEL SECURITY, DROP POLICY of the last policy) the
// findings point at that statement. Reads Table::rls_changes and Table::dropped_policies.
#pragma once

#include "catalog/model.h"

namespace ddlint::analysis {

// The DISABLE ROW LEVEL SECURITY that left RLS off after an earlier ENABLE (nullptr when RLS is
// enabled, or was never enabled).
const SourceRef* rls_reopened_at(const catalog::Table& t);

// The statement that last turned RLS on (nullptr when none did).
const SourceRef* rls_enabled_at(const catalog::Table& t);

// The NO FORCE ROW LEVEL SECURITY that left RLS unforced after an earlier FORCE (nullptr when
// RLS is forced, or was never forced).
const SourceRef* rls_unforced_at(const catalog::Table& t);

// When the table has no policy left but had some: the DROP POLICY that removed the last one.
const std::pair<std::string, SourceRef>* last_policy_dropped(const catalog::Table& t);

} // namespace ddlint::analysis
