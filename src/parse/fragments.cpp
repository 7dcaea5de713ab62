#include "parse/fragments.h"

#include "ir/source_ref.h"
#include "ir/stmt.h"
#include "parse/arena.h"
#include "parse/lower.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <variant>

namespace ddlint::parse {
namespace {

// Parses `sql` (one statement) and calls fn(lowerer, stmt) with its first statement's node.
template <typename Fn>
auto with_statement(const std::string& sql, Fn&& fn)
    -> decltype(fn(std::declval<Lowerer&>(), static_cast<const ast::Node*>(nullptr))) {
  tls_used = true;
  Arena& arena = thread_arena();
  ProtobufCAllocator allocator = arena.allocator();
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
  decltype(fn(std::declval<Lowerer&>(), static_cast<const ast::Node*>(nullptr))) out{};
  if (r.error == nullptr) {
    PgQuery__ParseResult* pr = pg_query__parse_result__unpack(
        &allocator, r.parse_tree.len, reinterpret_cast<const std::uint8_t*>(r.parse_tree.data));
    if (pr != nullptr && pr->n_stmts >= 1 && pr->stmts[0] != nullptr) {
      Lowerer lower(sql, kDbFile, 0, 0, static_cast<std::uint32_t>(sql.size()), {});
      out = fn(lower, pr->stmts[0]->stmt);
    }
    arena.reset();
  }
  pg_query_free_protobuf_parse_result(r);
  return out;
}

} // namespace

std::optional<Expr> parse_expression(std::string_view sql) {
  return with_statement(
      "SELECT " + std::string(sql),
      [](Lowerer& lower, const ast::Node* stmt) -> std::optional<Expr> {
        if (!ast::is(stmt, PG_QUERY__NODE__NODE_SELECT_STMT) ||
            stmt->select_stmt->n_target_list != 1 ||
            !ast::is(stmt->select_stmt->target_list[0], PG_QUERY__NODE__NODE_RES_TARGET)) {
          return std::nullopt;
        }
        return lower.expr(stmt->select_stmt->target_list[0]->res_target->val);
      });
}

std::optional<ConstraintDef> parse_constraint(std::string_view def) {
  return with_statement("ALTER TABLE ddlint_fragment ADD " + std::string(def),
                        [](Lowerer& lower, const ast::Node* stmt) -> std::optional<ConstraintDef> {
                          if (!ast::is(stmt, PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)) {
                            return std::nullopt;
                          }
                          const auto* as = stmt->alter_table_stmt;
                          for (const ast::Node* n : ast::list(as->n_cmds, as->cmds)) {
                            if (ast::is(n, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) &&
                                ast::is(n->alter_table_cmd->def, PG_QUERY__NODE__NODE_CONSTRAINT)) {
                              ConstraintDef k =
                                  lower.constraint(n->alter_table_cmd->def->constraint);
                              k.loc = SourceRef{};
                              return k;
                            }
                          }
                          return std::nullopt;
                        });
}

std::optional<IndexDef> parse_index(std::string_view def) {
  return with_statement(std::string(def),
                        [](Lowerer& lower, const ast::Node* stmt) -> std::optional<IndexDef> {
                          if (!ast::is(stmt, PG_QUERY__NODE__NODE_INDEX_STMT)) {
                            return std::nullopt;
                          }
                          IndexDef d = lower.index(stmt->index_stmt);
                          d.loc = SourceRef{};
                          return d;
                        });
}

std::optional<TypeRef> parse_type(std::string_view type) {
  return with_statement("CREATE TABLE ddlint_fragment (c " + std::string(type) + ")",
                        [](Lowerer& lower, const ast::Node* stmt) -> std::optional<TypeRef> {
                          if (!ast::is(stmt, PG_QUERY__NODE__NODE_CREATE_STMT)) {
                            return std::nullopt;
                          }
                          const auto* cs = stmt->create_stmt;
                          for (const ast::Node* n : ast::list(cs->n_table_elts, cs->table_elts)) {
                            if (ast::is(n, PG_QUERY__NODE__NODE_COLUMN_DEF)) {
                              return lower.type(n->column_def->type_name);
                            }
                          }
                          return std::nullopt;
                        });
}

std::optional<std::vector<QualName>> parse_view_reads(std::string_view query) {
  return with_statement(
      "CREATE VIEW ddlint_fragment AS " + std::string(query),
      [](Lowerer& lower, const ast::Node* stmt) -> std::optional<std::vector<QualName>> {
        std::vector<ir::Statement> out;
        lower.statement(stmt, out);
        if (out.empty()) {
          return std::nullopt;
        }
        auto* v = std::get_if<ir::CreateView>(&out.front().node);
        if (v == nullptr) {
          return std::nullopt;
        }
        return std::move(v->reads);
      });
}

std::optional<PartitionKey> parse_partition_key(std::string_view def) {
  return with_statement(
      "CREATE TABLE ddlint_fragment () PARTITION BY " + std::string(def),
      [](Lowerer& lower, const ast::Node* stmt) -> std::optional<PartitionKey> {
        std::vector<ir::Statement> out;
        lower.statement(stmt, out);
        if (out.empty()) {
          return std::nullopt;
        }
        auto* t = std::get_if<ir::CreateTable>(&out.front().node);
        if (t == nullptr || t->partition_strategy.empty()) {
          return std::nullopt;
        }
        return PartitionKey{std::move(t->partition_strategy), std::move(t->partition_keys)};
      });
}

} // namespace ddlint::parse
