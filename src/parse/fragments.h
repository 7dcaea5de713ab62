// SQL fragments that PostgreSQL prints from its catalogs (pg_get_expr, pg_get_constraintdef,
// pg_get_indexdef, pg_get_partkeydef, format_type), parsed with libpg_query and lowered by the
// same code as file input, so rules see the same Expr / ConstraintDef / IndexDef / TypeRef for a
// live database as for files. Thread-safe; each call parses one fragment.
#pragma once

#include "ir/defs.h"
#include "ir/expr.h"
#include "ir/names.h"
#include "ir/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::parse {

// An expression such as "price > 0::numeric" or "nextval('s'::regclass)". Locations inside the
// result are meaningless (there is no file). nullopt when it does not parse.
std::optional<Expr> parse_expression(std::string_view sql);

// A table or domain constraint as pg_get_constraintdef prints it: "CHECK (...)",
// "EXCLUDE USING gist (...)", "FOREIGN KEY (a) REFERENCES s.t(id) ..." (name and location empty).
std::optional<ConstraintDef> parse_constraint(std::string_view def);

// A CREATE INDEX statement as pg_get_indexdef prints it.
std::optional<IndexDef> parse_index(std::string_view def);

// A type as format_type prints it ("character varying(255)", "public.status", "integer[]").
std::optional<TypeRef> parse_type(std::string_view type);

// Relations a view's query reads (FROM, joins, sub-selects; not CTE names), from pg_get_viewdef
// output, as file lowering finds them for CREATE VIEW. Names as printed (unqualified = visible).
std::optional<std::vector<QualName>> parse_view_reads(std::string_view query);

struct PartitionKey {
  std::string strategy;          // "range", "list", "hash"
  std::vector<std::string> keys; // columns, expressions as lowered for files
};
// pg_get_partkeydef output: "RANGE (created_at)".
std::optional<PartitionKey> parse_partition_key(std::string_view def);

} // namespace ddlint::parse
