// libpq's functions, resolved at run time (base/dynlib.h) the first time --db needs them: ddlint
// does not link libpq, so runs without --db never load it nor the TLS, Kerberos and LDAP
// libraries it depends on. Internal to catalog/live; only connection.cpp calls libpq.
#pragma once

#include <libpq-fe.h>

namespace ddlint::catalog::live {

// Every libpq function connection.cpp calls, once. A function missing here fails to link (the
// binary does not link libpq), so the list cannot fall behind the code.
#define DDLINT_PQ_FUNCTIONS(X)                                                                     \
  X(PQclear)                                                                                       \
  X(PQconnectdbParams)                                                                             \
  X(PQconninfoFree)                                                                                \
  X(PQconninfoParse)                                                                               \
  X(PQdb)                                                                                          \
  X(PQerrorMessage)                                                                                \
  X(PQexecParams)                                                                                  \
  X(PQfinish)                                                                                      \
  X(PQfreemem)                                                                                     \
  X(PQgetisnull)                                                                                   \
  X(PQgetlength)                                                                                   \
  X(PQgetvalue)                                                                                    \
  X(PQhost)                                                                                        \
  X(PQntuples)                                                                                     \
  X(PQport)                                                                                        \
  X(PQresultErrorMessage)                                                                          \
  X(PQresultStatus)                                                                                \
  X(PQserverVersion)                                                                               \
  X(PQstatus)

// One pointer per function, named and typed after libpq-fe.h's declaration (decltype), so a
// call through it reads like the direct call and its signature cannot drift from the header.
struct PqApi {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `fn` is a declarator, not an expression
#define DDLINT_PQ_MEMBER(fn) decltype(&::fn) fn = nullptr;
  DDLINT_PQ_FUNCTIONS(DDLINT_PQ_MEMBER)
#undef DDLINT_PQ_MEMBER
};

// The table, loaded on the first call (thread-safe; later calls return the same table). Throws
// DbError "--db needs libpq (libpq.so.5, Debian package libpq5): <dlerror>" when libpq or one of
// its functions cannot be loaded; every pointer is set otherwise.
const PqApi& pq_api();

} // namespace ddlint::catalog::live
