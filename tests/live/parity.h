// The live-database parity check (issue 3): load SQL inputs with psql into a fresh database of a
// throwaway PostgreSQL 15 cluster, then compare what ddlint models from the files with what it
// reads back from the server: the catalog dumps field by field, and the findings by (rule,
// fingerprint). Every difference is a readable line.
#pragma once

#include "config/config.h"
#include "parse/inputs.h"
#include "support/fixture_runner.h"
#include "support/pg_cluster.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ddlint::test {

struct ParityInput {
  std::string name;               // for messages and the database name
  std::vector<std::string> paths; // files and directories, as for `ddlint check`
  std::vector<std::string> stubs; // SQL files applied first, by psql and by ddlint alike
  std::vector<std::string> setup; // SQL run on the database before loading (not seen by ddlint)
  Config config = default_config();
  bool keep_database = false; // for debugging: do not drop the database afterwards
};

struct ParityReport {
  bool loaded = false;                      // psql applied every file
  std::string rejected_file;                // the file psql stopped at
  std::string psql_output;                  // its messages
  std::vector<std::string> ddlint_problems; // syntax errors and catalog problems of the files
  std::vector<std::string> catalog_diffs;
  std::vector<std::string> finding_diffs;
  // Differences a database cannot avoid, with the reason (not failures; see docs).
  std::vector<std::string> excused;
  std::vector<std::string> roles_created; // roles the inputs grant to, created before loading
  std::size_t tables = 0;                 // tables read from the database
  std::size_t findings = 0;               // findings compared (files side)
  double load_ms = 0;                     // psql
  double read_ms = 0;                     // catalog::live::read
  std::string database;
};

ParityReport run_parity(PgCluster& pg, const ParityInput& in);

// Loading inputs into a fresh database (shared by run_parity and the `ddlint fix` proof).
struct LoadResult {
  bool loaded = false;                    // psql applied every file
  std::string database;                   // the database created (dropped by the caller)
  std::string rejected_file;              // the file psql stopped at
  std::string psql_output;                // its messages
  std::vector<std::string> roles_created; // roles the inputs grant to, created before loading
  double load_ms = 0;
};

// The files of `in` in ddlint's apply order (stubs first, then the inputs in natural order).
RunInputs parity_inputs(const ParityInput& in);

// Creates a database, runs in.setup, then loads `inputs` with psql (ON_ERROR_STOP, function
// bodies not checked), creating the roles the files grant to and retrying.
LoadResult load_inputs(PgCluster& pg, const ParityInput& in, const RunInputs& inputs);

// --- What the live tests load (test_live.cpp, test_fix_pg.cpp) ------------------------------

// A fixture case's config: <case>.ddlint.json beside a file, ddlint.json inside a directory.
Config fixture_config(const Fixture& fx);

// The case's SQL files: the file, or a directory's files without the expected output of its
// fixes (*.fix.sql).
std::vector<std::string> fixture_paths(const Fixture& fx);

// What a Supabase project has before its migrations run (tests/live/stubs/supabase.sql, the API
// roles, `extensions` on the search_path).
void add_supabase(ParityInput& in);
bool needs_supabase(const std::string& psql_output);

// Why a load that PostgreSQL rejected is not a file-model bug, or "" when it is one.
std::string rejection_reason(const std::vector<std::string>& ddlint_problems,
                             const std::string& psql_output, const Config& cfg);

// ../shared/corpus, or $DDLINT_CORPUS.
std::string corpus_dir();

struct CorpusEntry {
  const char* name;
  std::vector<const char*> paths; // relative to the entry
  bool supabase = false;          // needs tests/live/stubs/supabase.sql and the Supabase roles
  std::vector<const char*> roles; // roles the entry grants to (created before loading)
  std::vector<const char*> stubs; // more files of tests/live/stubs applied first
  // Statements blanked out of the entry's files (both sides read the edited copy): only for
  // extensions this server does not have and that nothing else in the entry needs.
  std::vector<const char*> blank;
};

// Entries that apply cleanly to PostgreSQL 15 (see docs/live-database.md for the others).
const std::vector<CorpusEntry>& corpus_entries();

// The input for one corpus entry under `dir` (edited copies under `scratch`, a directory the
// caller owns, when the entry blanks statements; throws std::runtime_error when a statement to
// blank is missing).
ParityInput corpus_input(const std::string& dir, const CorpusEntry& e, const std::string& scratch);

// Differences between two `ddlint catalog` dumps on the fields that must agree (tables, kinds,
// columns with type / nullability / default presence, constraints, indexes, partitions and
// inheritance, RLS, policies, triggers, view dependencies, types, functions, sequences).
std::vector<std::string> compare_catalogs(const nlohmann::json& files, const nlohmann::json& db);

} // namespace ddlint::test
