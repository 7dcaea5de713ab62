// The schema model: what the statements produce when applied in order (or what a live database
// holds). Knows nothing of rules. Every object keeps where it was created and changed.
#pragma once

#include "ir/defs.h"
#include "ir/names.h"
#include "ir/source_log.h"
#include "ir/source_ref.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ddlint::catalog {

// Appends `x` to one of the model's per-table vectors, growing its capacity by a quarter (at least
// two), not double: ALTER TABLE and CREATE INDEX add to a table one column, constraint or index at
// a time, and doubling left a third of every altered table's arrays unused until
// Catalog::finish() trims them (60 MB at 100,000 tables, at the peak of the build). Still
// amortised O(1). `x` must not be an element of `v`.
template <class V, class T> void append_to(V& v, T&& x) {
  if (v.size() == v.capacity()) {
    v.reserve(v.size() + std::max<std::size_t>(2, v.size() / 4));
  }
  v.push_back(std::forward<T>(x));
}

struct History {
  SourceRef created;
  // every later statement that altered the object, in order (out of line: most objects are
  // never altered)
  SourceLog changed;

  void touch(const SourceRef& at) {
    if (at.valid() && (changed.empty() || !(changed.back() == at)) && !(created == at)) {
      changed.push_back(at);
    }
  }
  // The most recent statement that created or changed the object.
  const SourceRef& last() const { return changed.empty() ? created : changed.back(); }
};

// Its comment and the ALTER that changed its type are in ColumnDef's rare part.
struct Column : ColumnDef {
  bool inherited = false; // came from a parent (INHERITS / PARTITION OF / LIKE); fills padding
  History hist;
};

struct Constraint : ConstraintDef {
  // The flags first: they fill ConstraintDef's tail padding.
  bool name_generated = false; // PostgreSQL chose the name (no CONSTRAINT clause)
  bool ref_exists = false;     // the FK target table exists in the catalog
  bool inherited = false;      // cloned from a partitioned parent or inherited CHECK
  // FK whose key types have no equality operator (varchar → int4): PostgreSQL refuses to create
  // it ("foreign key constraint cannot be implemented"), recorded as a semantic Problem.
  bool key_types_incompatible = false;
  QualName ref_resolved;         // FK target with its schema resolved
  AtomList ref_columns_resolved; // FK target columns (the PK when omitted)
  History hist;
};

struct Index : IndexDef {
  // The flags first: they fill IndexDef's tail padding.
  bool name_generated = false;
  bool primary = false;
  bool valid = true; // false for ON ONLY indexes on a partitioned table not yet complete
  Atom schema;       // indexes live in their table's schema
  Atom constraint;   // name of the PK/UNIQUE/EXCLUDE constraint it backs, if any
  History hist;

  std::vector<std::string> column_names() const; // key columns; "" for expression keys
};

struct Policy {
  // Interned: multi-tenant schemas give every table the same policy name, command and text.
  Atom name;
  Atom command = "all";
  bool permissive = true;
  bool has_using = false;
  bool has_check = false;
  AtomList roles; // interned, one inline: almost every policy names one role
  // Shared by every policy with the same text (the catalog's ExprPool).
  SharedExpr using_expr;
  Atom using_text;
  SharedExpr check_expr;
  Atom check_text;
  Box<std::string> comment;
  History hist;
};

struct Trigger {
  std::string name;
  QualName function;
  std::string timing;
  std::vector<std::string> events;
  bool row_level = false;
  bool constraint_trigger = false;
  History hist;
};

enum class RlsEvent : std::uint8_t { Enable, Disable, Force, NoForce };

struct RlsChange {
  RlsEvent event = RlsEvent::Enable;
  SourceRef at;
};

enum class TableKind : std::uint8_t { Table, Partitioned, View, MatView, Foreign };
const char* to_string(TableKind kind);

// What plain tables leave empty: partitioning, inheritance, typed tables, views, triggers,
// options, comments. Kept behind one pointer (Table::rare), read as empty when unset.
struct TableRare {
  std::optional<QualName> partition_of; // this table is a partition of ...
  std::string partition_bound;
  std::string partition_strategy; // partitioned tables
  std::vector<std::string> partition_keys;
  std::vector<QualName> inherits; // INHERITS parents, resolved
  std::optional<QualName> of_type;
  std::vector<std::pair<std::string, SourceRef>> dropped_policies; // DROP POLICY name, where
  std::vector<Trigger> triggers;
  // views and materialized views
  std::vector<QualName> reads;
  std::optional<bool> security_invoker;
  bool security_barrier = false;
  bool check_option = false;
  std::vector<std::pair<std::string, std::string>> options; // reloptions (SET (...))
  std::string comment;
};

struct Table {
  Atom schema; // interned: lookups and QualName copies cost no allocation
  Atom name;
  TableKind kind = TableKind::Table;
  bool unlogged = false;
  bool temporary = false;
  bool columns_unknown = false; // CREATE TABLE AS: columns come from a query
  bool rls_enabled = false;
  bool rls_forced = false;
  std::vector<Column> columns;
  std::vector<Constraint> constraints;
  std::vector<Index> indexes;
  std::vector<RlsChange> rls_changes;
  std::vector<Policy> policies;
  Box<TableRare> rare; // read t.rare->inherits; write t.rare.mut().inherits
  History hist;

  QualName qname() const { return QualName{schema, name}; }
  bool is_view() const { return kind == TableKind::View || kind == TableKind::MatView; }
  bool is_table() const { return !is_view(); }
  const Column* column(std::string_view col) const;
  Column* column(std::string_view col);
  const Constraint* primary_key() const;
  const Constraint* constraint(std::string_view cname) const;
  Constraint* constraint(std::string_view cname);
  const Index* index(std::string_view iname) const;
  const Policy* policy(std::string_view pname) const;
};

enum class TypeKind : std::uint8_t { Enum, Domain, Composite, Range, Base };
const char* to_string(TypeKind kind);

struct Type {
  Atom schema; // interned: lookups and QualName copies cost no allocation
  Atom name;
  TypeKind kind = TypeKind::Base;
  std::vector<std::string> values;    // enum labels in order
  std::vector<SourceRef> value_added; // where each label was added (parallel to values)
  TypeRef base;                       // domain base type
  bool not_null = false;              // domain NOT NULL
  bool has_default = false;           // domain DEFAULT
  std::vector<Constraint> checks;     // domain CHECK constraints
  std::vector<Column> attributes;     // composite attributes
  std::string comment;
  History hist;

  QualName qname() const { return QualName{schema, name}; }
};

struct Function {
  Atom schema; // interned: lookups and QualName copies cost no allocation
  Atom name;
  std::vector<TypeRef> arg_types;
  std::vector<std::string> arg_names;
  bool procedure = false;
  bool security_definer = false;
  bool has_search_path = false;
  std::vector<std::string> search_path;
  std::string language;
  TypeRef returns;
  bool returns_set = false;
  std::string comment;
  History hist;

  QualName qname() const { return QualName{schema, name}; }
  std::string signature() const; // name(argtype, ...)
};

struct Sequence {
  Atom schema; // interned: lookups and QualName copies cost no allocation
  Atom name;
  std::optional<QualName> owned_table;
  std::string owned_column;
  History hist;
};

struct Schema {
  std::string name;
  bool builtin = false; // public, pg_catalog, information_schema
  std::string owner;    // AUTHORIZATION role when the inputs name it, else empty
  // Roles other than the owner granted CREATE on the schema ("public" for PUBLIC), in grant
  // order: untrusted roles may create objects here that shadow others on a search_path.
  std::vector<std::string> create_grantees;
  std::string comment;
  History hist;
};

struct Extension {
  std::string name;
  std::string schema;
  History hist;
};

// A problem PostgreSQL itself would report when applying the statements.
struct Problem {
  enum class Kind : std::uint8_t {
    Semantic,  // PostgreSQL would reject the statement (duplicate column, unknown key column...)
    Undefined, // reference to an object defined nowhere in the inputs
    Forward,   // reference to an object created only later in apply order
  };
  Kind kind = Kind::Semantic;
  SourceRef loc;
  std::string message;
  // What it is about (for `object` in findings and for `external` matching).
  std::string schema;
  std::string table;
  std::string column;
  std::string constraint;
  std::string index;
  std::string type;
  std::string function;
  std::string missing; // undefined/forward: the referenced name, e.g. "auth.users", "auth.uid()"
  std::string missing_kind; // "table", "schema", "type", "column", "function", ...
  SourceRef created_at;     // forward: where the object is created later
};

// An identifier longer than PostgreSQL keeps (63 bytes), as written.
struct LongName {
  SourceRef loc;
  std::string full;
  std::string truncated;
};

} // namespace ddlint::catalog
