// AST -> ir lowering (internal to parse/). One Lowerer per statement: it knows the file text,
// where the statement string starts in the file (parser locations are relative to it) and the
// file's comments (for trailing column comments).
#pragma once

#include "ir/stmt.h"
#include "parse/ast.h"
#include "parse/splitter.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::parse {

class Lowerer {
public:
  Lowerer(std::string_view text, std::uint32_t file, std::uint32_t base, std::uint32_t stmt_begin,
          std::uint32_t stmt_end, std::span<const CommentSpan> comments)
      : text_(text), file_(file), base_(base), stmt_begin_(stmt_begin), stmt_end_(stmt_end),
        comments_(comments) {}

  // Appends the lowered statement(s) of one raw statement (CREATE SCHEMA ... elements can
  // yield several).
  void statement(const ast::Node* stmt, std::vector<ir::Statement>& out);

  // Pieces, also used for fragments parsed on behalf of the live-database reader.
  Expr expr(const ast::Node* n, int depth = 0);
  TypeRef type(const PgQuery__TypeName* tn);
  QualName range_var(const PgQuery__RangeVar* rv);
  ColumnDef column(const PgQuery__ColumnDef* cd, std::vector<ConstraintDef>& inline_constraints);
  ConstraintDef constraint(const PgQuery__Constraint* c);
  IndexDef index(const PgQuery__IndexStmt* is);

private:
  // statement families
  ir::Node create_table(const PgQuery__CreateStmt* cs, ir::RelKind kind);
  ir::Node alter_table(const PgQuery__AlterTableStmt* as);
  ir::Node drop(const PgQuery__DropStmt* ds);
  ir::Node rename(const PgQuery__RenameStmt* rs);
  ir::Node set_schema(const PgQuery__AlterObjectSchemaStmt* s);
  ir::Node create_view(const PgQuery__ViewStmt* vs);
  ir::Node create_table_as(const PgQuery__CreateTableAsStmt* s);
  ir::Node create_domain(const PgQuery__CreateDomainStmt* s);
  ir::Node alter_domain(const PgQuery__AlterDomainStmt* s);
  ir::Node create_policy(const PgQuery__CreatePolicyStmt* s);
  ir::Node alter_policy(const PgQuery__AlterPolicyStmt* s);
  ir::Node create_function(const PgQuery__CreateFunctionStmt* s);
  ir::Node alter_function(const PgQuery__AlterFunctionStmt* s);
  ir::Node create_trigger(const PgQuery__CreateTrigStmt* s);
  ir::Node comment(const PgQuery__CommentStmt* s);
  ir::Node variable_set(const PgQuery__VariableSetStmt* s);
  ir::Node select(const PgQuery__SelectStmt* s);
  ir::Node create_sequence(const PgQuery__CreateSeqStmt* s);
  ir::Node alter_sequence(const PgQuery__AlterSeqStmt* s);
  ir::Node define(const PgQuery__DefineStmt* s);
  void do_block(const PgQuery__DoStmt* s, std::vector<ir::Statement>& out);

  // helpers
  Expr select_expr(const PgQuery__SelectStmt* s, int depth);
  void from_item(const ast::Node* n, Expr& sel, int depth);
  std::string trailing_comment(std::uint32_t after) const;
  std::string check_text(std::uint32_t constraint_offset) const;
  std::vector<std::string> search_path_values(std::span<ast::Node* const> args) const;
  QualName name_list(std::span<ast::Node* const> names) const;
  SourceRef span(std::uint32_t b, std::uint32_t e) const;
  SourceRef element(std::int32_t location) const;
  std::uint32_t off(std::int32_t location) const { return ast::loc(location, base_, stmt_begin_); }

  std::string_view text_;
  std::uint32_t file_;
  std::uint32_t base_;
  std::uint32_t stmt_begin_;
  std::uint32_t stmt_end_;
  std::span<const CommentSpan> comments_;
  std::vector<std::vector<std::string>> cte_scopes_;
};

// Value of a DefElem argument or option as text: "true", "42", "public".
std::string option_value(const ast::Node* n);

// Columns an expression reads (Column nodes' names, first occurrence order, no duplicates).
std::vector<std::string> columns_read(const Expr& e);

} // namespace ddlint::parse
