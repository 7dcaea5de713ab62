// Expressions: AST -> Expr. Depth is bounded (kMaxExprDepth); deeper parts become Truncated.
#include "parse/lower.h"

#include <algorithm>
#include <unordered_set>

namespace ddlint::parse {
namespace {

std::string op_name(std::span<ast::Node* const> names) {
  // OPERATOR(pg_catalog.=) arrives as ["pg_catalog", "="]; the operator is the last part.
  if (names.empty()) {
    return {};
  }
  return std::string(ast::str(names.back()));
}

const char* sublink_name(PgQuery__SubLinkType t) {
  switch (t) {
  case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK:
    return "exists";
  case PG_QUERY__SUB_LINK_TYPE__ALL_SUBLINK:
    return "all";
  case PG_QUERY__SUB_LINK_TYPE__ANY_SUBLINK:
    return "any";
  case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK:
    return "array";
  default:
    return "expr";
  }
}

const char* svf_name(PgQuery__SQLValueFunctionOp op) {
  switch (op) {
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE:
    return "current_date";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N:
    return "current_time";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N:
    return "current_timestamp";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N:
    return "localtime";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N:
    return "localtimestamp";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE:
    return "current_role";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER:
    return "current_user";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER:
    return "user";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER:
    return "session_user";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG:
    return "current_catalog";
  case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA:
    return "current_schema";
  default:
    return "sql_value_function";
  }
}

} // namespace

std::vector<std::string> columns_read(const Expr& e) {
  std::vector<std::string> out;
  e.walk([&](const Expr& x) {
    // Columns of sub-selects belong to other tables; Select nodes are not descended into by
    // callers that care (CHECK and index expressions cannot contain them anyway).
    if (x.kind == Expr::Kind::Column && std::find(out.begin(), out.end(), x.name) == out.end()) {
      out.emplace_back(x.name);
    }
  });
  return out;
}

Expr Lowerer::expr(const ast::Node* n, int depth) {
  Expr e;
  if (n == nullptr) {
    return e;
  }
  if (depth > kMaxExprDepth) {
    e.kind = Expr::Kind::Truncated;
    return e;
  }
  const int d = depth + 1;
  auto add = [&](const ast::Node* child) { e.args.push_back(expr(child, d)); };
  auto add_all = [&](std::span<ast::Node* const> children) {
    e.args.reserve(e.args.size() + children.size());
    for (const ast::Node* c : children) {
      add(c);
    }
  };
  switch (n->node_case) {
  case PG_QUERY__NODE__NODE_COLUMN_REF: {
    const auto* cr = n->column_ref;
    e.location = off(cr->location);
    const auto fields = ast::list(cr->n_fields, cr->fields);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const bool last = i + 1 == fields.size();
      if (ast::is(fields[i], PG_QUERY__NODE__NODE_A_STAR)) {
        e.kind = Expr::Kind::Star;
      } else if (last) {
        e.kind = Expr::Kind::Column;
        e.name = ast::str(fields[i]);
      } else {
        e.path.emplace_back(ast::str(fields[i]));
      }
    }
    break;
  }
  case PG_QUERY__NODE__NODE_A_CONST: {
    const auto* c = n->a_const;
    e.kind = Expr::Kind::Const;
    e.location = off(c->location);
    if (c->isnull) {
      e.flag = Expr::kNull;
      e.name = "NULL";
      break;
    }
    switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL:
      e.flag = Expr::kInteger;
      e.name = std::to_string(c->ival != nullptr ? c->ival->ival : 0);
      break;
    case PG_QUERY__A__CONST__VAL_FVAL:
      e.flag = Expr::kFloat;
      e.name = ast::cstr(c->fval != nullptr ? c->fval->fval : nullptr);
      break;
    case PG_QUERY__A__CONST__VAL_BOOLVAL:
      e.flag = Expr::kBool;
      e.name = (c->boolval != nullptr && c->boolval->boolval) ? "true" : "false";
      break;
    case PG_QUERY__A__CONST__VAL_SVAL:
      e.flag = Expr::kString;
      e.name = ast::cstr(c->sval != nullptr ? c->sval->sval : nullptr);
      break;
    case PG_QUERY__A__CONST__VAL_BSVAL:
      e.flag = Expr::kBitString;
      e.name = ast::cstr(c->bsval != nullptr ? c->bsval->bsval : nullptr);
      break;
    default:
      e.flag = Expr::kNull;
      e.name = "NULL";
      break;
    }
    break;
  }
  case PG_QUERY__NODE__NODE_PARAM_REF:
    e.kind = Expr::Kind::Param;
    e.location = off(n->param_ref->location);
    e.name = "$" + std::to_string(n->param_ref->number);
    break;
  case PG_QUERY__NODE__NODE_FUNC_CALL: {
    const auto* fc = n->func_call;
    e.kind = Expr::Kind::Func;
    e.location = off(fc->location);
    const auto names = ast::list(fc->n_funcname, fc->funcname);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i + 1 == names.size()) {
        e.name = ast::str(names[i]);
      } else {
        e.path.emplace_back(ast::str(names[i]));
      }
    }
    if (fc->agg_star) {
      Expr star;
      star.kind = Expr::Kind::Star;
      e.args.push_back(std::move(star));
    }
    add_all(ast::list(fc->n_args, fc->args));
    break;
  }
  case PG_QUERY__NODE__NODE_A_EXPR: {
    const auto* ae = n->a_expr;
    e.location = off(ae->location);
    const auto names = ast::list(ae->n_name, ae->name);
    e.name = op_name(names);
    switch (ae->kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY:
    case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL:
      e.kind = Expr::Kind::AnyAll;
      e.flag = ae->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL ? 1 : 0;
      add(ae->lexpr);
      add(ae->rexpr);
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_IN:
      e.kind = Expr::Kind::In;
      e.flag = e.name == "<>" ? 1 : 0;
      add(ae->lexpr);
      if (ast::is(ae->rexpr, PG_QUERY__NODE__NODE_LIST)) {
        add_all(ast::items(ae->rexpr));
      } else {
        add(ae->rexpr);
      }
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT:
      e.kind = Expr::Kind::Op;
      e.name = "IS DISTINCT FROM";
      add(ae->lexpr);
      add(ae->rexpr);
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT:
      e.kind = Expr::Kind::Op;
      e.name = "IS NOT DISTINCT FROM";
      add(ae->lexpr);
      add(ae->rexpr);
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF:
      e.kind = Expr::Kind::Func;
      e.name = "nullif";
      add(ae->lexpr);
      add(ae->rexpr);
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN_SYM:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN_SYM:
      e.kind = Expr::Kind::Op;
      e.name = (ae->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN ||
                ae->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN_SYM)
                   ? "NOT BETWEEN"
                   : "BETWEEN";
      add(ae->lexpr);
      add_all(ast::items(ae->rexpr));
      break;
    default: // OP, LIKE, ILIKE, SIMILAR: the operator name says which
      e.kind = Expr::Kind::Op;
      if (ae->lexpr != nullptr) {
        add(ae->lexpr);
      }
      add(ae->rexpr);
      break;
    }
    break;
  }
  case PG_QUERY__NODE__NODE_BOOL_EXPR: {
    const auto* be = n->bool_expr;
    e.location = off(be->location);
    e.kind = be->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR  ? Expr::Kind::And
             : be->boolop == PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR ? Expr::Kind::Or
                                                               : Expr::Kind::Not;
    add_all(ast::list(be->n_args, be->args));
    break;
  }
  case PG_QUERY__NODE__NODE_NULL_TEST:
    e.kind = Expr::Kind::NullTest;
    e.location = off(n->null_test->location);
    e.flag = n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL ? 1 : 0;
    add(n->null_test->arg);
    break;
  case PG_QUERY__NODE__NODE_BOOLEAN_TEST: {
    e.kind = Expr::Kind::BoolTest;
    e.location = off(n->boolean_test->location);
    switch (n->boolean_test->booltesttype) {
    case PG_QUERY__BOOL_TEST_TYPE__IS_TRUE:
      e.name = "true";
      break;
    case PG_QUERY__BOOL_TEST_TYPE__IS_NOT_TRUE:
      e.name = "not true";
      break;
    case PG_QUERY__BOOL_TEST_TYPE__IS_FALSE:
      e.name = "false";
      break;
    case PG_QUERY__BOOL_TEST_TYPE__IS_NOT_FALSE:
      e.name = "not false";
      break;
    case PG_QUERY__BOOL_TEST_TYPE__IS_UNKNOWN:
      e.name = "unknown";
      break;
    default:
      e.name = "not unknown";
      break;
    }
    add(n->boolean_test->arg);
    break;
  }
  case PG_QUERY__NODE__NODE_TYPE_CAST: {
    e.kind = Expr::Kind::Cast;
    e.location = off(n->type_cast->location);
    e.name = type(n->type_cast->type_name).display();
    add(n->type_cast->arg);
    break;
  }
  case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
    return expr(n->collate_clause->arg, depth);
  case PG_QUERY__NODE__NODE_SUB_LINK: {
    const auto* sl = n->sub_link;
    e.kind = Expr::Kind::SubLink;
    e.location = off(sl->location);
    e.name = sublink_name(sl->sub_link_type);
    if (sl->testexpr != nullptr) {
      add(sl->testexpr);
    } else {
      e.args.emplace_back();
    }
    if (ast::is(sl->subselect, PG_QUERY__NODE__NODE_SELECT_STMT)) {
      e.args.push_back(select_expr(sl->subselect->select_stmt, d));
    } else {
      add(sl->subselect);
    }
    const auto ops = ast::list(sl->n_oper_name, sl->oper_name);
    if (!ops.empty()) {
      e.path.push_back(op_name(ops));
    }
    break;
  }
  case PG_QUERY__NODE__NODE_SELECT_STMT:
    return select_expr(n->select_stmt, depth);
  case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
    e.kind = Expr::Kind::Array;
    e.location = off(n->a_array_expr->location);
    add_all(ast::list(n->a_array_expr->n_elements, n->a_array_expr->elements));
    break;
  case PG_QUERY__NODE__NODE_ROW_EXPR:
    e.kind = Expr::Kind::Row;
    e.location = off(n->row_expr->location);
    add_all(ast::list(n->row_expr->n_args, n->row_expr->args));
    break;
  case PG_QUERY__NODE__NODE_CASE_EXPR: {
    const auto* ce = n->case_expr;
    e.kind = Expr::Kind::Case;
    e.location = off(ce->location);
    e.flag = ce->arg != nullptr ? 1 : 0;
    if (ce->arg != nullptr) {
      add(ce->arg);
    }
    for (const ast::Node* w : ast::list(ce->n_args, ce->args)) {
      if (ast::is(w, PG_QUERY__NODE__NODE_CASE_WHEN)) {
        add(w->case_when->expr);
        add(w->case_when->result);
      }
    }
    if (ce->defresult != nullptr) {
      add(ce->defresult);
    }
    break;
  }
  case PG_QUERY__NODE__NODE_COALESCE_EXPR:
    e.kind = Expr::Kind::Coalesce;
    e.location = off(n->coalesce_expr->location);
    add_all(ast::list(n->coalesce_expr->n_args, n->coalesce_expr->args));
    break;
  case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
    e.kind = Expr::Kind::Func;
    e.location = off(n->min_max_expr->location);
    e.name = n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
    add_all(ast::list(n->min_max_expr->n_args, n->min_max_expr->args));
    break;
  case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
    e.kind = Expr::Kind::Func;
    e.location = off(n->sqlvalue_function->location);
    e.name = svf_name(n->sqlvalue_function->op);
    e.flag = 1; // written without parentheses
    break;
  case PG_QUERY__NODE__NODE_A_STAR:
    e.kind = Expr::Kind::Star;
    break;
  case PG_QUERY__NODE__NODE_A_INDIRECTION: {
    e.kind = Expr::Kind::Other;
    e.name = "indirection";
    add(n->a_indirection->arg);
    for (const ast::Node* ind :
         ast::list(n->a_indirection->n_indirection, n->a_indirection->indirection)) {
      if (ast::is(ind, PG_QUERY__NODE__NODE_STRING)) {
        e.path.emplace_back(ast::str(ind));
      }
    }
    break;
  }
  case PG_QUERY__NODE__NODE_LIST:
    e.kind = Expr::Kind::Row;
    add_all(ast::items(n));
    break;
  case PG_QUERY__NODE__NODE_RES_TARGET:
    return expr(n->res_target->val, depth);
  default:
    e.kind = Expr::Kind::Other;
    break;
  }
  return e;
}

Expr Lowerer::select_expr(const PgQuery__SelectStmt* s, int depth) {
  Expr e;
  if (s == nullptr) {
    return e;
  }
  if (depth > kMaxExprDepth) {
    e.kind = Expr::Kind::Truncated;
    return e;
  }
  const int d = depth + 1;
  if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->op != 0) {
    // UNION / INTERSECT / EXCEPT: both sides, as an Other node.
    e.kind = Expr::Kind::Other;
    e.name = "setop";
    e.args.push_back(select_expr(s->larg, d));
    e.args.push_back(select_expr(s->rarg, d));
    return e;
  }
  e.kind = Expr::Kind::Select;
  bool pushed = false;
  if (s->with_clause != nullptr) {
    std::vector<std::string> names;
    for (const ast::Node* c : ast::list(s->with_clause->n_ctes, s->with_clause->ctes)) {
      if (ast::is(c, PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR)) {
        names.emplace_back(ast::cstr(c->common_table_expr->ctename));
      }
    }
    cte_scopes_.push_back(std::move(names));
    pushed = true;
  }
  e.args.push_back(s->where_clause != nullptr ? expr(s->where_clause, d) : Expr{});
  for (const ast::Node* t : ast::list(s->n_target_list, s->target_list)) {
    e.args.push_back(expr(t, d));
  }
  for (const ast::Node* f : ast::list(s->n_from_clause, s->from_clause)) {
    from_item(f, e, d);
  }
  if (s->having_clause != nullptr) {
    e.args.push_back(expr(s->having_clause, d));
  }
  for (const ast::Node* v : ast::list(s->n_values_lists, s->values_lists)) {
    e.args.push_back(expr(v, d));
  }
  if (s->with_clause != nullptr) {
    for (const ast::Node* c : ast::list(s->with_clause->n_ctes, s->with_clause->ctes)) {
      if (ast::is(c, PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR)) {
        e.args.push_back(expr(c->common_table_expr->ctequery, d));
      }
    }
  }
  if (pushed) {
    cte_scopes_.pop_back();
  }
  return e;
}

void Lowerer::from_item(const ast::Node* n, Expr& sel, int depth) {
  if (n == nullptr || depth > kMaxExprDepth) {
    return;
  }
  switch (n->node_case) {
  case PG_QUERY__NODE__NODE_RANGE_VAR: {
    const QualName q = range_var(n->range_var);
    if (!q.qualified()) {
      for (const auto& scope : cte_scopes_) {
        if (std::find(scope.begin(), scope.end(), q.name) != scope.end()) {
          return;
        }
      }
    }
    sel.path.push_back(q.str());
    break;
  }
  case PG_QUERY__NODE__NODE_JOIN_EXPR:
    from_item(n->join_expr->larg, sel, depth + 1);
    from_item(n->join_expr->rarg, sel, depth + 1);
    if (n->join_expr->quals != nullptr) {
      sel.args.push_back(expr(n->join_expr->quals, depth + 1));
    }
    break;
  case PG_QUERY__NODE__NODE_RANGE_SUBSELECT:
    sel.args.push_back(expr(n->range_subselect->subquery, depth + 1));
    break;
  case PG_QUERY__NODE__NODE_RANGE_FUNCTION:
    for (const ast::Node* f :
         ast::list(n->range_function->n_functions, n->range_function->functions)) {
      for (const ast::Node* item : ast::items(f)) {
        sel.args.push_back(expr(item, depth + 1));
      }
    }
    break;
  default:
    break;
  }
}

} // namespace ddlint::parse
