// Reads the schema of a running PostgreSQL (13 to 17) through libpq into the catalog model: a
// handful of set-based queries on pg_catalog in one read-only snapshot, never one query per
// table. The catalog is built in its final state (names, partition clones and FK targets as the
// server holds them; nothing re-derived by apply()); expressions printed by the server are parsed
// with libpg_query through parse/ so rules see the same Expr as for files. Knows nothing of rules.
#pragma once

#include "catalog/catalog.h"

#include <string>
#include <vector>

namespace ddlint::catalog::live {

struct Options {
  std::string url;                  // libpq URI (postgresql://...) or key=value string
  std::vector<std::string> schemas; // only these schemas; empty: every non-system schema
  unsigned jobs = 0;                // threads for parsing expressions; 0: number of cores
};

struct Info {
  std::string label;      // "db:host:port/dbname"
  int server_version = 0; // e.g. 150018
  double connect_ms = 0;
  double query_ms = 0;
  double build_ms = 0;
};

// Reads the schema. Throws DbError (exit code 2) when the server cannot be reached, refuses the
// credentials, is older than 13 or a query fails; messages never contain the password.
Catalog read(const Options& options, Info* info = nullptr);

// The SourceRef of objects read from a database: file kDbFile; `begin`/`end` hold the object's
// ordinal (tables, then types, functions, sequences, in schema and name order) so that findings
// sort by object. Exposed for tests.
SourceRef db_ref(std::uint32_t ordinal);

} // namespace ddlint::catalog::live
