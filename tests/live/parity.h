// The live-database parity check (issue 3): load SQL inputs with psql into a fresh database of a
// throwaway PostgreSQL 15 cluster, then compare what ddlint models from the files with what it
// reads back from the server: the catalog dumps field by field, and the findings by (rule,
// fingerprint). Every difference is a readable line.
#pragma once

#include "config/config.h"
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

// Differences between two `ddlint catalog` dumps on the fields that must agree (tables, kinds,
// columns with type / nullability / default presence, constraints, indexes, partitions and
// inheritance, RLS, policies, triggers, view dependencies, types, functions, sequences).
std::vector<std::string> compare_catalogs(const nlohmann::json& files, const nlohmann::json& db);

} // namespace ddlint::test
