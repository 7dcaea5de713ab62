#include "ir/types.h"

#include <algorithm>
#include <iterator>

namespace ddlint {
namespace {

// pg_catalog types a schema file may name (sorted for binary search).
constexpr std::string_view kBuiltin[] = {"aclitem",
                                         "any",
                                         "anyarray",
                                         "anycompatible",
                                         "anyelement",
                                         "anyenum",
                                         "anynonarray",
                                         "anyrange",
                                         "bit",
                                         "bool",
                                         "box",
                                         "bpchar",
                                         "bytea",
                                         "char",
                                         "cid",
                                         "cidr",
                                         "circle",
                                         "cstring",
                                         "date",
                                         "datemultirange",
                                         "daterange",
                                         "event_trigger",
                                         "float4",
                                         "float8",
                                         "gtsvector",
                                         "inet",
                                         "int2",
                                         "int2vector",
                                         "int4",
                                         "int4multirange",
                                         "int4range",
                                         "int8",
                                         "int8multirange",
                                         "int8range",
                                         "internal",
                                         "interval",
                                         "json",
                                         "jsonb",
                                         "jsonpath",
                                         "language_handler",
                                         "line",
                                         "lseg",
                                         "macaddr",
                                         "macaddr8",
                                         "money",
                                         "name",
                                         "numeric",
                                         "nummultirange",
                                         "numrange",
                                         "oid",
                                         "oidvector",
                                         "path",
                                         "pg_lsn",
                                         "pg_node_tree",
                                         "pg_snapshot",
                                         "point",
                                         "polygon",
                                         "record",
                                         "refcursor",
                                         "regclass",
                                         "regcollation",
                                         "regconfig",
                                         "regdictionary",
                                         "regnamespace",
                                         "regoper",
                                         "regoperator",
                                         "regproc",
                                         "regprocedure",
                                         "regrole",
                                         "regtype",
                                         "text",
                                         "tid",
                                         "time",
                                         "timestamp",
                                         "timestamptz",
                                         "timetz",
                                         "trigger",
                                         "tsmultirange",
                                         "tsquery",
                                         "tsrange",
                                         "tstzmultirange",
                                         "tstzrange",
                                         "tsvector",
                                         "txid_snapshot",
                                         "unknown",
                                         "uuid",
                                         "varbit",
                                         "varchar",
                                         "void",
                                         "xid",
                                         "xid8",
                                         "xml"};

struct Alias {
  std::string_view from;
  std::string_view to;
};
constexpr Alias kAliases[] = {
    {"bigint", "int8"},
    {"bigserial", "int8"},
    {"boolean", "bool"},
    {"char varying", "varchar"},
    {"character", "bpchar"},
    {"character varying", "varchar"},
    {"decimal", "numeric"},
    {"double precision", "float8"},
    {"float", "float8"},
    {"int", "int4"},
    {"integer", "int4"},
    {"real", "float4"},
    {"serial", "int4"},
    {"serial2", "int2"},
    {"serial4", "int4"},
    {"serial8", "int8"},
    {"smallint", "int2"},
    {"smallserial", "int2"},
    {"timestamp with time zone", "timestamptz"},
    {"time with time zone", "timetz"},
    {"bit varying", "varbit"},
};

} // namespace

bool is_builtin_type(std::string_view name) {
  return std::find(std::begin(kBuiltin), std::end(kBuiltin), name) != std::end(kBuiltin);
}

std::string_view canonical_type_name(std::string_view name) {
  for (const Alias& a : kAliases) {
    if (a.from == name) {
      return a.to;
    }
  }
  return name;
}

} // namespace ddlint
