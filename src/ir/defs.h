// Definitions of schema objects as written in DDL (columns, constraints, indexes), shared by the
// lowered statements (ir/stmt.h) and the catalog model (catalog/model.h).
#pragma once

#include "base/atom_list.h"
#include "base/box.h"
#include "ir/expr.h"
#include "ir/names.h"
#include "ir/source_ref.h"
#include "ir/types.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ddlint {

enum class ConstraintKind : std::uint8_t { PrimaryKey, Unique, ForeignKey, Check, Exclude };
enum class FkAction : std::uint8_t { NoAction, Restrict, Cascade, SetNull, SetDefault };
enum class Identity : std::uint8_t { None, Always, ByDefault };
enum class Serial : std::uint8_t { None, Small, Regular, Big };

const char* to_string(ConstraintKind kind);
const char* to_string(FkAction action); // "no action", "cascade", ...
const char* to_sql(FkAction action);    // "NO ACTION", "CASCADE", ...

struct ColumnDef {
  // What few columns have, behind one pointer (read through the accessors below).
  struct Rare {
    Expr generated_expr;
    std::string collation;
    std::string trailing_comment;
    // Set by the catalog: COMMENT ON COLUMN, and the ALTER COLUMN ... TYPE that set the final type.
    std::string comment;
    SourceRef type_changed;
    bool empty() const {
      return generated_expr.kind == Expr::Kind::Other && generated_expr.args.empty() &&
             generated_expr.name.empty() && collation.empty() && trailing_comment.empty() &&
             comment.empty() && !type_changed.valid();
    }
  };

  // Pointers first, then the 4-byte-aligned fields: a schema holds a million columns, and a gap
  // between an atom and a pointer costs 4 bytes each time.
  SharedExpr default_expr; // shared by columns with the same default (the catalog's ExprPool)
  Box<Rare> rare;
  Atom name; // interned: the same few names (id, tenant_id, created_at) recur in every table
  TypeRef type;
  Atom default_text; // interned: now(), false and 0 recur in every table
  SourceRef loc;     // the whole column definition
  Identity identity = Identity::None;
  Serial serial = Serial::None;
  // One byte of flags: with the catalog's `inherited` after it, a column ends on an 8-byte
  // boundary (80 bytes instead of 88).
  bool not_null : 1 = false;
  bool has_default : 1 = false;
  bool generated : 1 = false; // GENERATED ALWAYS AS (expr) STORED

  const Expr& generated_expr() const { return rare->generated_expr; }
  const std::string& collation() const { return rare->collation; }
  // a comment right after the definition, on the same line
  const std::string& trailing_comment() const { return rare->trailing_comment; }
  // Setters allocate the rare part only for a value that is set.
  void set_generated_expr(Expr e) { rare.mut().generated_expr = std::move(e); }
  void set_collation(std::string s) { rare.set_member(&Rare::collation, std::move(s)); }
  void set_trailing_comment(std::string s) {
    rare.set_member(&Rare::trailing_comment, std::move(s));
  }
  // COMMENT ON COLUMN (catalog)
  const std::string& comment() const { return rare->comment; }
  void set_comment(std::string s) { rare.set_member(&Rare::comment, std::move(s)); }
  // The ALTER COLUMN ... TYPE that set the final type (invalid: none; catalog)
  const SourceRef& type_changed() const { return rare->type_changed; }
  void set_type_changed(const SourceRef& at) { rare.mut().type_changed = at; }
};

struct IndexKey {
  // An expression key's parts and the options few keys have, behind one pointer: a schema has
  // hundreds of thousands of keys, almost all a plain column (16 bytes instead of 56).
  struct Rare {
    Expr expr;
    std::string expr_text;
    std::vector<std::string> expr_columns; // columns an expression key reads
    std::string opclass;
    std::string collation;
  };

  Box<Rare> rare;
  Atom column; // empty for an expression key (interned: tenant_id, created_at recur)
  bool descending = false;

  bool is_expression() const { return column.empty(); }
  const Expr& expr() const { return rare->expr; }
  const std::string& expr_text() const { return rare->expr_text; }
  const std::vector<std::string>& expr_columns() const { return rare->expr_columns; }
  const std::string& opclass() const { return rare->opclass; }
  const std::string& collation() const { return rare->collation; }
  // Setters allocate the rare part only for a value that is set.
  void set_expr(Expr e) { rare.mut().expr = std::move(e); }
  void set_expr_text(std::string s) { set(&Rare::expr_text, std::move(s)); }
  void set_expr_columns(std::vector<std::string> v) { set(&Rare::expr_columns, std::move(v)); }
  void set_opclass(std::string s) { set(&Rare::opclass, std::move(s)); }
  void set_collation(std::string s) { set(&Rare::collation, std::move(s)); }

private:
  template <class T> void set(T Rare::*field, T v) { rare.set_member(field, std::move(v)); }
};

// Fields are ordered by size (pointers, then locations, then flags): a schema holds one or more
// constraints per table, and padding between a flag and a pointer costs 7 bytes each time.
struct ConstraintDef {
  // What few constraints have (a CHECK or EXCLUDE body, INCLUDE, USING INDEX, a comment), behind
  // one pointer: a schema holds hundreds of thousands of keys and foreign keys, and one pointer
  // per optional part made a constraint 72 bytes larger. Read through the accessors below; write
  // through mut().
  struct Rare {
    std::vector<std::string> include; // INCLUDE (...) of PK/UNIQUE
    // CHECK
    Expr expr;
    std::string expr_text; // the expression as written (without the CHECK keyword and outer parens)
    // EXCLUDE
    std::string method;                     // access method of EXCLUDE
    std::vector<std::string> exclude_ops;   // operator per element
    std::vector<IndexKey> exclude_elements; // the elements (columns or expressions)
    Expr where;
    // common
    std::string using_index; // ADD CONSTRAINT ... USING INDEX name
    std::string comment;     // COMMENT ON CONSTRAINT (catalog)
  };

  Box<Rare> rare;
  AtomList columns; // key columns; FK: referencing columns; CHECK: columns read
  // FOREIGN KEY
  QualName ref_table;
  AtomList ref_columns; // empty: the referenced table's primary key
  Atom name; // empty: PostgreSQL chooses one (interned: the catalog's name maps hold it too)
  SourceRef loc;
  ConstraintKind kind = ConstraintKind::Check;
  FkAction on_delete = FkAction::NoAction; // FOREIGN KEY
  FkAction on_update = FkAction::NoAction;
  char match_type = 's';   // 's' simple, 'f' full, 'p' partial
  bool no_inherit = false; // CHECK
  bool has_where = false;  // EXCLUDE
  bool not_valid = false;
  bool deferrable = false;
  bool initially_deferred = false;
  bool nulls_not_distinct = false;
  bool inline_column = false; // written as part of a column definition

  const std::vector<std::string>& include() const { return rare->include; }
  const Expr& expr() const { return rare->expr; }
  const std::string& expr_text() const { return rare->expr_text; }
  const std::string& method() const { return rare->method; }
  const std::vector<std::string>& exclude_ops() const { return rare->exclude_ops; }
  const std::vector<IndexKey>& exclude_elements() const { return rare->exclude_elements; }
  const Expr& where() const { return rare->where; }
  const std::string& using_index() const { return rare->using_index; }
  const std::string& comment() const { return rare->comment; }
  Rare& mut() { return rare.mut(); } // allocates the rare part
  // Sets a rare field; an empty value allocates nothing.
  template <class T, class V> void set(T Rare::*field, V&& v) {
    rare.set_member(field, std::forward<V>(v));
  }
};

// Ordered by size like ConstraintDef.
struct IndexDef {
  // What few indexes have (INCLUDE, a predicate, the partitioned parent, a comment), behind one
  // pointer, like ConstraintDef::Rare.
  struct Rare {
    std::vector<std::string> include;
    Expr predicate;
    std::string predicate_text;
    std::vector<std::string> predicate_columns;
    std::string parent;  // partitioned parent index (schema.name) it is attached to (catalog)
    std::string comment; // COMMENT ON INDEX (catalog)
  };

  Box<Rare> rare;
  std::vector<IndexKey> keys;
  QualName table;
  Atom name; // empty: PostgreSQL chooses one (interned: the catalog's name maps hold it too)
  Atom method = "btree";
  SourceRef loc;
  bool unique = false;
  bool nulls_not_distinct = false;
  bool concurrently = false;
  bool if_not_exists = false;
  bool only = false; // ON ONLY parent
  bool has_predicate = false;

  const std::vector<std::string>& include() const { return rare->include; }
  const Expr& predicate() const { return rare->predicate; }
  const std::string& predicate_text() const { return rare->predicate_text; }
  const std::vector<std::string>& predicate_columns() const { return rare->predicate_columns; }
  const std::string& parent() const { return rare->parent; }
  const std::string& comment() const { return rare->comment; }
  Rare& mut() { return rare.mut(); } // allocates the rare part
  // Sets a rare field; an empty value allocates nothing.
  template <class T, class V> void set(T Rare::*field, V&& v) {
    rare.set_member(field, std::forward<V>(v));
  }
};

} // namespace ddlint
