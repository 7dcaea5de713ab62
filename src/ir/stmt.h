// Lowered statements: what parse/ hands to catalog/. One struct per statement family that the
// catalog models; everything else is `Skipped`. Names are folded but not yet resolved through the
// search_path. No libpg_query types appear here.
#pragma once

#include "ir/defs.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ddlint::ir {

enum class ObjKind : std::uint8_t {
  Table,
  View,
  MatView,
  ForeignTable,
  Index,
  Sequence,
  Type,
  Domain,
  Schema,
  Function,
  Procedure,
  Aggregate,
  Policy,
  Trigger,
  Extension,
  Column,
  Constraint,       // table constraint
  DomainConstraint, // constraint of a domain
  Other,
};
const char* to_string(ObjKind kind);

enum class RelKind : std::uint8_t { Table, Partitioned, View, MatView, Foreign };

struct CreateSchema {
  std::string name;
  std::string owner; // AUTHORIZATION role; empty when not given
  bool if_not_exists = false;
};

// GRANT / REVOKE of CREATE (or ALL) on schemas: who may create objects there. Other privileges
// and other object kinds stay Skipped.
struct GrantSchemaCreate {
  std::vector<std::string> schemas;
  std::vector<std::string> grantees; // role names; "public" for PUBLIC
  bool revoke = false;
};

struct LikeClause {
  QualName source;
  bool including_constraints = false; // CHECK constraints
  bool including_indexes = false;     // PK/UNIQUE/EXCLUDE and plain indexes
  bool including_defaults = false;
  bool including_identity = false;
  bool including_comments = false;
  bool including_generated = false;
};

struct CreateTable {
  QualName name;
  RelKind kind = RelKind::Table;
  bool if_not_exists = false;
  bool unlogged = false;
  bool temporary = false;
  bool columns_unknown = false; // CREATE TABLE AS / SELECT INTO: columns come from a query
  std::vector<ColumnDef> columns;
  std::vector<ConstraintDef> constraints; // table constraints and column constraints
  std::vector<LikeClause> likes;
  std::vector<QualName> inherits;
  std::optional<QualName> partition_of;
  std::string partition_bound;             // "FOR VALUES ..." text, "DEFAULT"
  std::string partition_strategy;          // "range", "list", "hash" (partitioned tables)
  std::vector<std::string> partition_keys; // key columns (expressions as written)
  std::optional<QualName> of_type;         // CREATE TABLE t OF type
  SourceRef name_loc;
};

struct CreateView {
  QualName name;
  bool materialized = false;
  bool replace = false;
  bool if_not_exists = false;
  std::vector<std::string> columns;     // from the column list or the simple target names
  bool columns_unknown = false;         // SELECT * without a column list
  std::vector<QualName> reads;          // relations the query reads (FROM, joins, sub-selects)
  std::optional<bool> security_invoker; // WITH (security_invoker = ...)
  bool security_barrier = false;
  bool check_option = false;
  SourceRef name_loc;
};

enum class AlterKind : std::uint8_t {
  AddColumn,
  DropColumn,
  AlterColumnType,
  SetDefault,
  DropDefault,
  SetNotNull,
  DropNotNull,
  AddConstraint,
  DropConstraint,
  ValidateConstraint,
  EnableRls,
  DisableRls,
  ForceRls,
  NoForceRls,
  AttachPartition, // ALTER TABLE parent ATTACH PARTITION child / ALTER INDEX p ATTACH PARTITION c
  DetachPartition,
  AddInherit,
  DropInherit,
  AddIdentity,
  DropIdentity,
  SetOptions,   // SET (k = v, ...) on tables, views, indexes
  ResetOptions, // RESET (k, ...)
  Other,
};

struct AlterCmd {
  AlterKind kind = AlterKind::Other;
  std::string name; // column or constraint name
  bool if_exists = false;
  bool if_not_exists = false;
  bool cascade = false;
  ColumnDef column;         // AddColumn
  ConstraintDef constraint; // AddConstraint
  TypeRef type;             // AlterColumnType
  Expr expr;                // SetDefault
  std::string expr_text;
  Identity identity = Identity::None;
  QualName target; // partition child / inherit parent
  std::string partition_bound;
  std::vector<std::pair<std::string, std::string>> options; // SetOptions / ResetOptions
  SourceRef loc;
};

struct AlterTable {
  QualName name;
  ObjKind objkind = ObjKind::Table; // ALTER TABLE / INDEX / VIEW / MATERIALIZED VIEW / ...
  bool if_exists = false;
  bool only = false;
  std::vector<AlterCmd> cmds;
};

struct CreateIndex {
  IndexDef def;
};

struct DropTarget {
  QualName name;             // object, or table for policies/triggers/constraints
  std::string member;        // policy / trigger name
  std::vector<TypeRef> args; // function argument types
  bool has_args = false;
};

struct Drop {
  ObjKind kind = ObjKind::Other;
  std::vector<DropTarget> targets;
  bool if_exists = false;
  bool cascade = false;
};

struct Rename {
  ObjKind kind = ObjKind::Other; // Table/View/Index/.../Column/Constraint/Policy/Trigger/Schema
  QualName target;               // the relation, type or schema (schema: name only)
  std::string member;            // old column/constraint/policy/trigger name
  std::string new_name;
  bool if_exists = false;
  std::vector<TypeRef> args; // functions
};

struct SetSchema {
  ObjKind kind = ObjKind::Other;
  QualName target;
  std::string new_schema;
  bool if_exists = false;
};

struct CreateEnum {
  QualName name;
  std::vector<std::string> values;
  std::vector<SourceRef> value_locs;
};

struct AlterEnum {
  QualName name;
  std::string new_value;
  std::string neighbor; // BEFORE/AFTER value, empty: append
  bool after = true;
  bool if_not_exists = false;
  std::string old_value; // RENAME VALUE old TO new_value
};

struct CreateDomain {
  QualName name;
  TypeRef base;
  bool not_null = false;
  bool has_default = false;
  std::vector<ConstraintDef> checks;
};

enum class AlterDomainKind : std::uint8_t {
  AddConstraint,
  DropConstraint,
  ValidateConstraint,
  SetNotNull,
  DropNotNull,
  SetDefault,
  DropDefault,
  Other
};

struct AlterDomain {
  QualName name;
  AlterDomainKind kind = AlterDomainKind::Other;
  ConstraintDef constraint;
  std::string constraint_name;
  bool if_exists = false;
};

struct CreateComposite {
  QualName name;
  std::vector<ColumnDef> attrs;
};

struct CreateOtherType { // range, base, shell types
  QualName name;
};

struct CreatePolicy {
  std::string name;
  QualName table;
  std::string command = "all"; // all, select, insert, update, delete
  bool permissive = true;
  std::vector<std::string> roles; // "public" when none given
  bool has_using = false;
  Expr using_expr;
  std::string using_text;
  bool has_check = false;
  Expr check_expr;
  std::string check_text;
};

struct AlterPolicy {
  std::string name;
  QualName table;
  std::optional<std::vector<std::string>> roles;
  bool has_using = false;
  Expr using_expr;
  std::string using_text;
  bool has_check = false;
  Expr check_expr;
  std::string check_text;
};

struct CreateFunction {
  QualName name;
  std::vector<TypeRef> arg_types; // IN/INOUT/VARIADIC arguments (the identity signature)
  std::vector<std::string> arg_names;
  bool procedure = false;
  bool replace = false;
  bool security_definer = false;
  bool has_search_path = false;
  std::vector<std::string> search_path; // SET search_path = ... values (folded)
  std::string language;
  TypeRef returns;
  bool returns_set = false;
};

struct AlterFunction {
  QualName name;
  std::vector<TypeRef> arg_types;
  bool has_args = false;
  bool procedure = false;
  std::optional<bool> security_definer;
  std::optional<std::vector<std::string>> set_search_path; // SET search_path
  bool reset_search_path = false;
};

struct CreateTrigger {
  std::string name;
  QualName table;
  QualName function;
  std::string timing; // before, after, instead of
  std::vector<std::string> events;
  bool replace = false;
  bool row_level = false;
  bool constraint_trigger = false;
};

struct Comment {
  ObjKind kind = ObjKind::Other;
  QualName target;     // table/type/function/schema/index...; for columns: the table
  std::string member;  // column, constraint, policy or trigger name
  bool remove = false; // COMMENT ... IS NULL
  std::string text;
};

struct SetSearchPath {
  std::vector<std::string> schemas;
  bool reset = false; // RESET search_path / SET search_path TO DEFAULT
};

struct CreateSequence {
  QualName name;
  bool if_not_exists = false;
  std::optional<QualName> owned_table;
  std::string owned_column;
};

struct AlterSequence {
  QualName name;
  bool if_exists = false;
  std::optional<QualName> owned_table; // OWNED BY t.c
  std::string owned_column;
  bool owned_none = false;
};

struct CreateExtension {
  std::string name;
  std::string schema;
  bool if_not_exists = false;
};

// Statements the catalog does not model (DML, GRANT, DO, SET of other settings, ...).
struct Skipped {
  std::string what; // e.g. "InsertStmt"
};

using Node = std::variant<Skipped, CreateSchema, CreateTable, CreateView, AlterTable, CreateIndex,
                          Drop, Rename, SetSchema, CreateEnum, AlterEnum, CreateDomain, AlterDomain,
                          CreateComposite, CreateOtherType, CreatePolicy, AlterPolicy,
                          CreateFunction, AlterFunction, CreateTrigger, Comment, SetSearchPath,
                          CreateSequence, AlterSequence, CreateExtension, GrantSchemaCreate>;

// A reference to an object, recorded where a statement names it; the catalog checks it exists.
struct Statement {
  SourceRef loc; // the statement, from its first token to its end (without the ';')
  Node node;
  // From inside a DO block: applied, but problems it causes are not reported (such blocks
  // usually guard the statement with IF NOT EXISTS checks or EXCEPTION handlers).
  bool quiet = false;
};

} // namespace ddlint::ir
