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
  bool not_null = false;
  bool has_default = false;
  Identity identity = Identity::None;
  Serial serial = Serial::None;
  bool generated = false; // GENERATED ALWAYS AS (expr) STORED

  const Expr& generated_expr() const { return rare->generated_expr; }
  const std::string& collation() const { return rare->collation; }
  // a comment right after the definition, on the same line
  const std::string& trailing_comment() const { return rare->trailing_comment; }
  // Setters allocate the rare part only for a value that is set.
  void set_generated_expr(Expr e) { rare.mut().generated_expr = std::move(e); }
  void set_collation(std::string s) {
    if (!s.empty() || rare.has_value()) {
      rare.mut().collation = std::move(s);
    }
  }
  void set_trailing_comment(std::string s) {
    if (!s.empty() || rare.has_value()) {
      rare.mut().trailing_comment = std::move(s);
    }
  }
  // COMMENT ON COLUMN (catalog)
  const std::string& comment() const { return rare->comment; }
  void set_comment(std::string s) {
    if (!s.empty() || rare.has_value()) {
      rare.mut().comment = std::move(s);
    }
  }
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
  template <class T> void set(T Rare::*field, T v) {
    if (!v.empty() || rare.has_value()) {
      rare.mut().*field = std::move(v);
    }
  }
};

// Fields are ordered by size (pointers, then locations, then flags): a schema holds one or more
// constraints per table, and padding between a flag and a pointer costs 7 bytes each time.
struct ConstraintDef {
  Atom name;        // empty: PostgreSQL chooses one (interned: the catalog's name maps hold it too)
  AtomList columns; // key columns; FK: referencing columns; CHECK: columns read
  Box<std::vector<std::string>> include; // INCLUDE (...) of PK/UNIQUE
  // FOREIGN KEY
  QualName ref_table;
  AtomList ref_columns; // empty: the referenced table's primary key
  // CHECK
  Box<Expr> expr;
  Box<std::string>
      expr_text; // the expression as written (without the CHECK keyword and outer parens)
  // EXCLUDE
  Box<std::string> method;                     // access method of EXCLUDE
  Box<std::vector<std::string>> exclude_ops;   // operator per element
  Box<std::vector<IndexKey>> exclude_elements; // the elements (columns or expressions)
  Box<Expr> where;
  // common
  Box<std::string> using_index; // ADD CONSTRAINT ... USING INDEX name
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
};

// Ordered by size like ConstraintDef.
struct IndexDef {
  Atom name; // empty: PostgreSQL chooses one (interned: the catalog's name maps hold it too)
  QualName table;
  Atom method = "btree";
  std::vector<IndexKey> keys;
  Box<std::vector<std::string>> include;
  Box<Expr> predicate;
  Box<std::string> predicate_text;
  Box<std::vector<std::string>> predicate_columns;
  SourceRef loc;
  bool unique = false;
  bool nulls_not_distinct = false;
  bool concurrently = false;
  bool if_not_exists = false;
  bool only = false; // ON ONLY parent
  bool has_predicate = false;
};

} // namespace ddlint
