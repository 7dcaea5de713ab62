// `ddlint fix`: turns the fix SQL that rules attach to findings (Finding::fix) into one migration
// file that applies in order: a transactional part, then the statements PostgreSQL refuses inside
// a transaction block (CREATE/DROP INDEX CONCURRENTLY...), then renames. Invents no fixes, never
// parses with libpg_query (only the psql-compatible splitter and a keyword scan).
#pragma once

#include "findings/finding.h"
#include "parse/inputs.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::fix {

// Where a fix goes in the migration, in the order of the file.
enum class Phase : std::uint8_t {
  Drop,        // drop duplicate/redundant indexes and constraints first: less to rewrite later
  Types,       // column type changes (ALTER COLUMN ... TYPE), enum -> text
  Columns,     // identity, defaults, NOT NULL, new columns
  Constraints, // ADD CONSTRAINT (FK, CHECK ... NOT VALID), VALIDATE CONSTRAINT
  Indexes,     // CREATE INDEX without CONCURRENTLY (partitioned tables)
  Security,    // ENABLE/FORCE ROW LEVEL SECURITY, policies, function settings
  Other,
  Concurrent, // outside a transaction block: CONCURRENTLY, ALTER TYPE ... ADD VALUE, VACUUM
  Renames,    // last: every statement above uses the current names
};
const char* to_string(Phase p); // the section heading

struct FixShape {
  Phase phase = Phase::Other;
  Phase first = Phase::Other; // the phase of the first statement alone (orders within a part)
  std::vector<std::string> statements; // each without its terminating ';'
  // Per statement: the comment lines written before it in the fix ("-- check first that ..."),
  // joined by '\n'; kept in the migration above the statement.
  std::vector<std::string> notes;
  // Objects the statements drop and rename, as keys ("type public.mood", "column public.t.c"):
  // unquoted words folded to lower case, quoted identifiers as written. Only schema-qualified
  // names as the rules write them; other statements contribute nothing.
  std::vector<std::string> drops;
  std::vector<std::string> renames;
  // Renames only: 0 when every rename is of a part of a relation (column, constraint, policy,
  // trigger, index), 1 when one renames a relation, type or function, 2 when one renames a
  // schema. Parts are renamed before what contains them, whose name their statements use.
  int rename_level = 0;
};

// Splits `sql` into statements and decides where the fix goes: Renames when a statement renames,
// else Concurrent when one must run outside a transaction block, else the phase of the first
// statement. A fix's statements always stay together and in order.
FixShape analyse_fix(std::string_view sql);

struct MigrationOptions {
  std::string version;            // ddlint version for the header
  std::vector<std::string> rules; // --rule, for the header (empty: every enabled rule)
};

struct Migration {
  std::string sql;
  std::uint32_t fixes = 0;               // distinct fixes written
  std::uint32_t findings = 0;            // findings they resolve (a fix shared by two counts once)
  std::uint32_t without_fix = 0;         // findings with no fix (not in the file)
  std::uint32_t outside_transaction = 0; // fixes in the non-transactional part
  std::uint32_t superseded = 0;   // rename fixes left out: another fix drops or renames the object
  std::vector<std::string> fixed; // fingerprints of the findings whose fix is in the file
};

// The migration for `findings` (in their order within each phase). Locations in the comments
// come from `inputs`. A rename fix is left out (listed in a comment at the end) when another fix
// drops the object, or an earlier fix already renames it: two fixes cannot both apply.
// Deterministic: no timestamps.
Migration build_migration(const std::vector<Finding>& findings, const RunInputs& inputs,
                          const MigrationOptions& options);

} // namespace ddlint::fix
