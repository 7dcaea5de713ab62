// Statement dispatch and the smaller statement families: AST -> ir.
#include "parse/lower.h"

#include "base/strings.h"
#include "ir/expr_sql.h"

#include <nlohmann/json.hpp>
#include <pg_query.h>

#include <algorithm>
#include <type_traits>

namespace ddlint::parse {

std::string option_value(const ast::Node* n) {
  if (n == nullptr) {
    return "true";
  }
  switch (n->node_case) {
  case PG_QUERY__NODE__NODE_STRING:
    return std::string(ast::str(n));
  case PG_QUERY__NODE__NODE_INTEGER:
    return std::to_string(n->integer->ival);
  case PG_QUERY__NODE__NODE_FLOAT:
    return std::string(ast::cstr(n->float_->fval));
  case PG_QUERY__NODE__NODE_BOOLEAN:
    return n->boolean->boolval ? "true" : "false";
  case PG_QUERY__NODE__NODE_A_CONST:
    if (n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL && n->a_const->sval != nullptr) {
      return std::string(ast::cstr(n->a_const->sval->sval));
    }
    if (n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL && n->a_const->ival != nullptr) {
      return std::to_string(n->a_const->ival->ival);
    }
    if (n->a_const->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL && n->a_const->boolval != nullptr) {
      return n->a_const->boolval->boolval ? "true" : "false";
    }
    return {};
  case PG_QUERY__NODE__NODE_TYPE_NAME: {
    std::string out;
    for (const ast::Node* p : ast::list(n->type_name->n_names, n->type_name->names)) {
      out += (out.empty() ? "" : ".") + std::string(ast::str(p));
    }
    return out;
  }
  default:
    return {};
  }
}

namespace {

bool is_truthy(std::string_view v) {
  return str::iequals(v, "true") || str::iequals(v, "on") || v == "1" || str::iequals(v, "yes");
}

ir::ObjKind obj_kind(PgQuery__ObjectType t) {
  switch (t) {
  case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    return ir::ObjKind::Table;
  case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    return ir::ObjKind::View;
  case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    return ir::ObjKind::MatView;
  case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
    return ir::ObjKind::ForeignTable;
  case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
    return ir::ObjKind::Index;
  case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
    return ir::ObjKind::Sequence;
  case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    return ir::ObjKind::Type;
  case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
    return ir::ObjKind::Domain;
  case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
    return ir::ObjKind::Schema;
  case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
  case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
    return ir::ObjKind::Function;
  case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    return ir::ObjKind::Procedure;
  case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
    return ir::ObjKind::Aggregate;
  case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
    return ir::ObjKind::Policy;
  case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
    return ir::ObjKind::Trigger;
  case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
    return ir::ObjKind::Extension;
  case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
    return ir::ObjKind::Column;
  case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
    return ir::ObjKind::Constraint;
  case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
    return ir::ObjKind::DomainConstraint;
  default:
    return ir::ObjKind::Other;
  }
}

std::string role_name(const ast::Node* n) {
  if (ast::is(n, PG_QUERY__NODE__NODE_ROLE_SPEC)) {
    const PgQuery__RoleSpec* r = n->role_spec;
    switch (r->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING:
      return std::string(ast::cstr(r->rolename));
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE:
      return "current_role";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER:
      return "current_user";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER:
      return "session_user";
    default:
      return "public";
    }
  }
  return std::string(ast::str(n));
}

// Output column names of a query's target list; *star is set when a `*` makes them unknown.
std::vector<std::string> target_names(const PgQuery__SelectStmt* sel, bool* star) {
  std::vector<std::string> out;
  while (sel != nullptr && sel->op != PG_QUERY__SET_OPERATION__SETOP_NONE && sel->larg != nullptr) {
    sel = sel->larg;
  }
  if (sel == nullptr) {
    return out;
  }
  for (const ast::Node* t : ast::list(sel->n_target_list, sel->target_list)) {
    if (!ast::is(t, PG_QUERY__NODE__NODE_RES_TARGET)) {
      continue;
    }
    const PgQuery__ResTarget* rt = t->res_target;
    if (rt->name != nullptr && rt->name[0] != '\0') {
      out.emplace_back(rt->name);
    } else if (ast::is(rt->val, PG_QUERY__NODE__NODE_COLUMN_REF)) {
      const auto fields = ast::list(rt->val->column_ref->n_fields, rt->val->column_ref->fields);
      if (!fields.empty() && ast::is(fields.back(), PG_QUERY__NODE__NODE_A_STAR)) {
        *star = true;
      } else if (!fields.empty()) {
        out.emplace_back(ast::str(fields.back()));
      }
    } else if (ast::is(rt->val, PG_QUERY__NODE__NODE_FUNC_CALL)) {
      const auto names = ast::list(rt->val->func_call->n_funcname, rt->val->func_call->funcname);
      out.emplace_back(names.empty() ? std::string_view("?column?") : ast::str(names.back()));
    } else {
      out.emplace_back("?column?");
    }
  }
  return out;
}

} // namespace

std::vector<std::string> Lowerer::search_path_values(std::span<ast::Node* const> args) const {
  std::vector<std::string> out;
  for (const ast::Node* a : args) {
    std::string v = option_value(a);
    // SET search_path = 'a, b' arrives as one string; split it like PostgreSQL does.
    for (const std::string& part : str::split(v, ',')) {
      std::string_view s = str::trim(part);
      if (s.empty()) {
        continue;
      }
      if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
        out.emplace_back(s.substr(1, s.size() - 2));
      } else {
        out.push_back(str::to_lower(s));
      }
    }
  }
  return out;
}

void Lowerer::statement(const ast::Node* stmt, std::vector<ir::Statement>& out) {
  ir::Statement s;
  s.loc = span(stmt_begin_, stmt_end_);
  if (stmt == nullptr) {
    s.node = ir::Skipped{"empty"};
    out.push_back(std::move(s));
    return;
  }
  switch (stmt->node_case) {
  case PG_QUERY__NODE__NODE_CREATE_STMT:
    s.node = create_table(stmt->create_stmt, ir::RelKind::Table);
    break;
  case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
    if (stmt->create_foreign_table_stmt->base_stmt != nullptr) {
      s.node = create_table(stmt->create_foreign_table_stmt->base_stmt, ir::RelKind::Foreign);
    }
    break;
  case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    s.node = alter_table(stmt->alter_table_stmt);
    break;
  case PG_QUERY__NODE__NODE_INDEX_STMT:
    s.node = ir::CreateIndex{index(stmt->index_stmt)};
    break;
  case PG_QUERY__NODE__NODE_DROP_STMT:
    s.node = drop(stmt->drop_stmt);
    break;
  case PG_QUERY__NODE__NODE_RENAME_STMT:
    s.node = rename(stmt->rename_stmt);
    break;
  case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
    s.node = set_schema(stmt->alter_object_schema_stmt);
    break;
  case PG_QUERY__NODE__NODE_VIEW_STMT:
    s.node = create_view(stmt->view_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
    s.node = create_table_as(stmt->create_table_as_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: {
    const auto* e = stmt->create_enum_stmt;
    ir::CreateEnum ce;
    ce.name = name_list(ast::list(e->n_type_name, e->type_name));
    for (const ast::Node* v : ast::list(e->n_vals, e->vals)) {
      ce.values.emplace_back(ast::str(v));
    }
    s.node = std::move(ce);
    break;
  }
  case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: {
    const auto* e = stmt->alter_enum_stmt;
    ir::AlterEnum ae;
    ae.name = name_list(ast::list(e->n_type_name, e->type_name));
    ae.new_value = ast::cstr(e->new_val);
    ae.old_value = ast::cstr(e->old_val);
    ae.neighbor = ast::cstr(e->new_val_neighbor);
    ae.after = e->new_val_is_after;
    ae.if_not_exists = e->skip_if_new_val_exists;
    s.node = std::move(ae);
    break;
  }
  case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    s.node = create_domain(stmt->create_domain_stmt);
    break;
  case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
    s.node = alter_domain(stmt->alter_domain_stmt);
    break;
  case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: {
    const auto* c = stmt->composite_type_stmt;
    ir::CreateComposite cc;
    cc.name = range_var(c->typevar);
    std::vector<ConstraintDef> ignored;
    for (const ast::Node* n : ast::list(c->n_coldeflist, c->coldeflist)) {
      if (ast::is(n, PG_QUERY__NODE__NODE_COLUMN_DEF)) {
        cc.attrs.push_back(column(n->column_def, ignored));
      }
    }
    s.node = std::move(cc);
    break;
  }
  case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
    s.node = ir::CreateOtherType{name_list(
        ast::list(stmt->create_range_stmt->n_type_name, stmt->create_range_stmt->type_name))};
    break;
  case PG_QUERY__NODE__NODE_DEFINE_STMT:
    s.node = define(stmt->define_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
    s.node = create_policy(stmt->create_policy_stmt);
    break;
  case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
    s.node = alter_policy(stmt->alter_policy_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
    s.node = create_function(stmt->create_function_stmt);
    break;
  case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
    s.node = alter_function(stmt->alter_function_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    s.node = create_trigger(stmt->create_trig_stmt);
    break;
  case PG_QUERY__NODE__NODE_COMMENT_STMT:
    s.node = comment(stmt->comment_stmt);
    break;
  case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
    s.node = variable_set(stmt->variable_set_stmt);
    break;
  case PG_QUERY__NODE__NODE_SELECT_STMT:
    s.node = select(stmt->select_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    s.node = create_sequence(stmt->create_seq_stmt);
    break;
  case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
    s.node = alter_sequence(stmt->alter_seq_stmt);
    break;
  case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: {
    const auto* e = stmt->create_extension_stmt;
    ir::CreateExtension ce;
    ce.name = ast::cstr(e->extname);
    ce.if_not_exists = e->if_not_exists;
    for (const ast::Node* o : ast::list(e->n_options, e->options)) {
      if (ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM) &&
          ast::cstr(o->def_elem->defname) == "schema") {
        ce.schema = option_value(o->def_elem->arg);
      }
    }
    s.node = std::move(ce);
    break;
  }
  case PG_QUERY__NODE__NODE_GRANT_STMT: {
    // Only CREATE (or ALL) on schemas is modelled: it makes a schema writable.
    const auto* g = stmt->grant_stmt;
    bool create = g->n_privileges == 0; // ALL [PRIVILEGES]
    for (const ast::Node* pr : ast::list(g->n_privileges, g->privileges)) {
      if (ast::is(pr, PG_QUERY__NODE__NODE_ACCESS_PRIV) &&
          ast::cstr(pr->access_priv->priv_name) == "create") {
        create = true;
      }
    }
    // REVOKE GRANT OPTION FOR keeps the privilege itself.
    const bool option_only = !g->is_grant && g->grant_option;
    if (g->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA || !create || option_only) {
      s.node = ir::Skipped{"GrantStmt"};
      break;
    }
    ir::GrantSchemaCreate gs;
    gs.revoke = !g->is_grant;
    for (const ast::Node* o : ast::list(g->n_objects, g->objects)) {
      gs.schemas.emplace_back(ast::str(o));
    }
    for (const ast::Node* r : ast::list(g->n_grantees, g->grantees)) {
      gs.grantees.push_back(role_name(r));
    }
    s.node = std::move(gs);
    break;
  }
  case PG_QUERY__NODE__NODE_DO_STMT:
    s.node = ir::Skipped{"DoStmt"};
    out.push_back(std::move(s));
    do_block(stmt->do_stmt, out);
    return;
  case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: {
    const auto* cs = stmt->create_schema_stmt;
    ir::CreateSchema sc;
    sc.name = ast::cstr(cs->schemaname);
    if (cs->authrole != nullptr &&
        cs->authrole->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING) {
      sc.owner = ast::cstr(cs->authrole->rolename);
    }
    if (sc.name.empty() && cs->authrole != nullptr) {
      sc.name = ast::cstr(cs->authrole->rolename);
    }
    sc.if_not_exists = cs->if_not_exists;
    const std::string schema = sc.name;
    s.node = std::move(sc);
    out.push_back(std::move(s));
    // Elements of CREATE SCHEMA ... CREATE TABLE ... default to the new schema.
    const std::size_t first = out.size();
    for (const ast::Node* el : ast::list(cs->n_schema_elts, cs->schema_elts)) {
      statement(el, out);
    }
    for (std::size_t i = first; i < out.size(); ++i) {
      std::visit(
          [&](auto& node) {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ir::CreateTable> || std::is_same_v<T, ir::CreateView> ||
                          std::is_same_v<T, ir::CreateSequence>) {
              if (node.name.schema.empty()) {
                node.name.schema = schema;
              }
            } else if constexpr (std::is_same_v<T, ir::CreateIndex>) {
              if (node.def.table.schema.empty()) {
                node.def.table.schema = schema;
              }
            } else if constexpr (std::is_same_v<T, ir::CreateTrigger>) {
              if (node.table.schema.empty()) {
                node.table.schema = schema;
              }
            }
          },
          out[i].node);
    }
    return;
  }
  default: {
    // Not modelled: keep the kind for statistics ("InsertStmt", "GrantStmt", ...).
    const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(
        &pg_query__node__descriptor, static_cast<unsigned>(stmt->node_case));
    s.node = ir::Skipped{f != nullptr ? f->name : "unknown"};
    break;
  }
  }
  out.push_back(std::move(s));
}

ir::Node Lowerer::drop(const PgQuery__DropStmt* ds) {
  ir::Drop d;
  d.kind = obj_kind(ds->remove_type);
  d.if_exists = ds->missing_ok;
  d.cascade = ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
  for (const ast::Node* o : ast::list(ds->n_objects, ds->objects)) {
    ir::DropTarget t;
    if (ast::is(o, PG_QUERY__NODE__NODE_LIST)) {
      const auto parts = ast::items(o);
      if (d.kind == ir::ObjKind::Policy || d.kind == ir::ObjKind::Trigger ||
          ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_RULE) {
        if (!parts.empty()) {
          t.member = ast::str(parts.back());
          t.name = name_list(parts.subspan(0, parts.size() - 1));
        }
      } else {
        t.name = name_list(parts);
      }
    } else if (ast::is(o, PG_QUERY__NODE__NODE_STRING)) {
      t.name.name = ast::str(o);
    } else if (ast::is(o, PG_QUERY__NODE__NODE_TYPE_NAME)) {
      const TypeRef tr = type(o->type_name);
      t.name = QualName{tr.schema, tr.name};
    } else if (ast::is(o, PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)) {
      const PgQuery__ObjectWithArgs* ow = o->object_with_args;
      t.name = name_list(ast::list(ow->n_objname, ow->objname));
      t.has_args = !ow->args_unspecified;
      for (const ast::Node* a : ast::list(ow->n_objargs, ow->objargs)) {
        if (ast::is(a, PG_QUERY__NODE__NODE_TYPE_NAME)) {
          t.args.push_back(type(a->type_name));
        }
      }
    }
    d.targets.push_back(std::move(t));
  }
  return d;
}

ir::Node Lowerer::rename(const PgQuery__RenameStmt* rs) {
  ir::Rename r;
  r.kind = obj_kind(rs->rename_type);
  r.new_name = ast::cstr(rs->newname);
  r.if_exists = rs->missing_ok;
  if (rs->relation != nullptr) {
    r.target = range_var(rs->relation);
  }
  switch (r.kind) {
  case ir::ObjKind::Column:
  case ir::ObjKind::Constraint:
  case ir::ObjKind::Policy:
  case ir::ObjKind::Trigger:
    r.member = ast::cstr(rs->subname);
    break;
  case ir::ObjKind::Schema:
    r.target.name = ast::cstr(rs->subname);
    break;
  case ir::ObjKind::DomainConstraint:
    r.member = ast::cstr(rs->subname);
    if (ast::is(rs->object, PG_QUERY__NODE__NODE_LIST)) {
      r.target = name_list(ast::items(rs->object));
    }
    break;
  default:
    if (rs->relation == nullptr && rs->object != nullptr) {
      if (ast::is(rs->object, PG_QUERY__NODE__NODE_LIST)) {
        r.target = name_list(ast::items(rs->object));
      } else if (ast::is(rs->object, PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)) {
        const PgQuery__ObjectWithArgs* ow = rs->object->object_with_args;
        r.target = name_list(ast::list(ow->n_objname, ow->objname));
        for (const ast::Node* a : ast::list(ow->n_objargs, ow->objargs)) {
          if (ast::is(a, PG_QUERY__NODE__NODE_TYPE_NAME)) {
            r.args.push_back(type(a->type_name));
          }
        }
      } else if (ast::is(rs->object, PG_QUERY__NODE__NODE_TYPE_NAME)) {
        const TypeRef tr = type(rs->object->type_name);
        r.target = QualName{tr.schema, tr.name};
      } else if (ast::is(rs->object, PG_QUERY__NODE__NODE_STRING)) {
        r.target.name = ast::str(rs->object);
      }
    }
    if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE) {
      r.kind = ir::ObjKind::Column;
      r.member = ast::cstr(rs->subname);
    }
    break;
  }
  return r;
}

ir::Node Lowerer::set_schema(const PgQuery__AlterObjectSchemaStmt* s) {
  ir::SetSchema ss;
  ss.kind = obj_kind(s->object_type);
  ss.new_schema = ast::cstr(s->newschema);
  ss.if_exists = s->missing_ok;
  if (s->relation != nullptr) {
    ss.target = range_var(s->relation);
  } else if (ast::is(s->object, PG_QUERY__NODE__NODE_LIST)) {
    ss.target = name_list(ast::items(s->object));
  } else if (ast::is(s->object, PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)) {
    const PgQuery__ObjectWithArgs* ow = s->object->object_with_args;
    ss.target = name_list(ast::list(ow->n_objname, ow->objname));
  } else if (ast::is(s->object, PG_QUERY__NODE__NODE_TYPE_NAME)) {
    const TypeRef tr = type(s->object->type_name);
    ss.target = QualName{tr.schema, tr.name};
  }
  return ss;
}

ir::Node Lowerer::create_view(const PgQuery__ViewStmt* vs) {
  ir::CreateView v;
  v.name = range_var(vs->view);
  v.replace = vs->replace;
  if (vs->view != nullptr) {
    const std::uint32_t b = off(vs->view->location);
    v.name_loc = span(b, b);
  }
  for (const ast::Node* a : ast::list(vs->n_aliases, vs->aliases)) {
    v.columns.emplace_back(ast::str(a));
  }
  for (const ast::Node* o : ast::list(vs->n_options, vs->options)) {
    if (!ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM)) {
      continue;
    }
    const std::string_view name = ast::cstr(o->def_elem->defname);
    const std::string value = option_value(o->def_elem->arg);
    if (name == "security_invoker") {
      v.security_invoker = is_truthy(value);
    } else if (name == "security_barrier") {
      v.security_barrier = is_truthy(value);
    } else if (name == "check_option") {
      v.check_option = true;
    }
  }
  if (vs->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION ||
      vs->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION) {
    v.check_option = true;
  }
  if (ast::is(vs->query, PG_QUERY__NODE__NODE_SELECT_STMT)) {
    const Expr q = select_expr(vs->query->select_stmt, 0);
    q.walk([&](const Expr& e) {
      if (e.kind == Expr::Kind::Select) {
        for (const std::string& rel : e.path) {
          const auto dot = rel.find('.');
          QualName qn = dot == std::string::npos
                            ? QualName{"", rel}
                            : QualName{rel.substr(0, dot), rel.substr(dot + 1)};
          if (std::find(v.reads.begin(), v.reads.end(), qn) == v.reads.end()) {
            v.reads.push_back(std::move(qn));
          }
        }
      }
    });
    bool star = false;
    std::vector<std::string> names = target_names(vs->query->select_stmt, &star);
    if (v.columns.empty()) {
      v.columns = std::move(names);
    }
    v.columns_unknown = star && vs->n_aliases == 0;
  }
  return v;
}

ir::Node Lowerer::create_table_as(const PgQuery__CreateTableAsStmt* s) {
  const PgQuery__IntoClause* into = s->into;
  std::vector<QualName> reads;
  if (ast::is(s->query, PG_QUERY__NODE__NODE_SELECT_STMT)) {
    const Expr q = select_expr(s->query->select_stmt, 0);
    q.walk([&](const Expr& e) {
      if (e.kind == Expr::Kind::Select) {
        for (const std::string& rel : e.path) {
          const auto dot = rel.find('.');
          QualName qn = dot == std::string::npos
                            ? QualName{"", rel}
                            : QualName{rel.substr(0, dot), rel.substr(dot + 1)};
          if (std::find(reads.begin(), reads.end(), qn) == reads.end()) {
            reads.push_back(std::move(qn));
          }
        }
      }
    });
  }
  bool star = false;
  std::vector<std::string> names;
  if (ast::is(s->query, PG_QUERY__NODE__NODE_SELECT_STMT)) {
    names = target_names(s->query->select_stmt, &star);
  }
  if (into != nullptr && into->n_col_names > 0) {
    names.clear();
    star = false;
    for (const ast::Node* c : ast::list(into->n_col_names, into->col_names)) {
      names.emplace_back(ast::str(c));
    }
  }
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) {
    ir::CreateView v;
    v.materialized = true;
    v.if_not_exists = s->if_not_exists;
    if (into != nullptr) {
      v.name = range_var(into->rel);
    }
    v.columns = std::move(names);
    v.columns_unknown = star;
    v.reads = std::move(reads);
    return v;
  }
  ir::CreateTable t;
  t.columns_unknown = true; // the types come from the query
  for (std::string& n : names) {
    ColumnDef c;
    c.name = std::move(n);
    t.columns.push_back(std::move(c));
  }
  t.if_not_exists = s->if_not_exists;
  if (into != nullptr) {
    t.name = range_var(into->rel);
    if (into->rel != nullptr && into->rel->relpersistence != nullptr) {
      t.temporary = into->rel->relpersistence[0] == 't';
      t.unlogged = into->rel->relpersistence[0] == 'u';
    }
  }
  return t;
}

ir::Node Lowerer::create_domain(const PgQuery__CreateDomainStmt* s) {
  ir::CreateDomain d;
  d.name = name_list(ast::list(s->n_domainname, s->domainname));
  d.base = type(s->type_name);
  for (const ast::Node* n : ast::list(s->n_constraints, s->constraints)) {
    if (!ast::is(n, PG_QUERY__NODE__NODE_CONSTRAINT)) {
      continue;
    }
    const PgQuery__Constraint* c = n->constraint;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) {
      d.not_null = true;
    } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) {
      d.has_default = true;
    } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
      d.checks.push_back(constraint(c));
    }
  }
  return d;
}

ir::Node Lowerer::alter_domain(const PgQuery__AlterDomainStmt* s) {
  ir::AlterDomain d;
  d.name = name_list(ast::list(s->n_type_name, s->type_name));
  d.constraint_name = ast::cstr(s->name);
  d.if_exists = s->missing_ok;
  const char sub = s->subtype != nullptr ? s->subtype[0] : '\0';
  switch (sub) {
  case 'T':
    d.kind = s->def != nullptr ? ir::AlterDomainKind::SetDefault : ir::AlterDomainKind::DropDefault;
    break;
  case 'N':
    d.kind = ir::AlterDomainKind::DropNotNull;
    break;
  case 'O':
    d.kind = ir::AlterDomainKind::SetNotNull;
    break;
  case 'C':
    d.kind = ir::AlterDomainKind::AddConstraint;
    if (ast::is(s->def, PG_QUERY__NODE__NODE_CONSTRAINT)) {
      d.constraint = constraint(s->def->constraint);
    }
    break;
  case 'X':
    d.kind = ir::AlterDomainKind::DropConstraint;
    break;
  case 'V':
    d.kind = ir::AlterDomainKind::ValidateConstraint;
    break;
  default:
    d.kind = ir::AlterDomainKind::Other;
    break;
  }
  return d;
}

ir::Node Lowerer::create_policy(const PgQuery__CreatePolicyStmt* s) {
  ir::CreatePolicy p;
  p.name = ast::cstr(s->policy_name);
  p.table = range_var(s->table);
  if (s->cmd_name != nullptr && s->cmd_name[0] != '\0') {
    p.command = s->cmd_name;
  }
  p.permissive = s->permissive;
  for (const ast::Node* r : ast::list(s->n_roles, s->roles)) {
    p.roles.push_back(role_name(r));
  }
  if (p.roles.empty()) {
    p.roles.emplace_back("public");
  }
  if (s->qual != nullptr) {
    p.has_using = true;
    p.using_expr = expr(s->qual);
    p.using_text = to_sql(p.using_expr);
  }
  if (s->with_check != nullptr) {
    p.has_check = true;
    p.check_expr = expr(s->with_check);
    p.check_text = to_sql(p.check_expr);
  }
  return p;
}

ir::Node Lowerer::alter_policy(const PgQuery__AlterPolicyStmt* s) {
  ir::AlterPolicy p;
  p.name = ast::cstr(s->policy_name);
  p.table = range_var(s->table);
  if (s->n_roles > 0) {
    std::vector<std::string> roles;
    for (const ast::Node* r : ast::list(s->n_roles, s->roles)) {
      roles.push_back(role_name(r));
    }
    p.roles = std::move(roles);
  }
  if (s->qual != nullptr) {
    p.has_using = true;
    p.using_expr = expr(s->qual);
    p.using_text = to_sql(p.using_expr);
  }
  if (s->with_check != nullptr) {
    p.has_check = true;
    p.check_expr = expr(s->with_check);
    p.check_text = to_sql(p.check_expr);
  }
  return p;
}

ir::Node Lowerer::create_function(const PgQuery__CreateFunctionStmt* s) {
  ir::CreateFunction f;
  f.name = name_list(ast::list(s->n_funcname, s->funcname));
  f.procedure = s->is_procedure;
  f.replace = s->replace;
  for (const ast::Node* p : ast::list(s->n_parameters, s->parameters)) {
    if (!ast::is(p, PG_QUERY__NODE__NODE_FUNCTION_PARAMETER)) {
      continue;
    }
    const PgQuery__FunctionParameter* fp = p->function_parameter;
    if (fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
        fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE) {
      continue;
    }
    f.arg_types.push_back(type(fp->arg_type));
    f.arg_names.emplace_back(ast::cstr(fp->name));
  }
  if (s->return_type != nullptr) {
    f.returns = type(s->return_type);
    f.returns_set = s->return_type->setof;
  }
  for (const ast::Node* o : ast::list(s->n_options, s->options)) {
    if (!ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM)) {
      continue;
    }
    const PgQuery__DefElem* de = o->def_elem;
    const std::string_view name = ast::cstr(de->defname);
    if (name == "security") {
      f.security_definer = is_truthy(option_value(de->arg));
    } else if (name == "language") {
      f.language = str::to_lower(option_value(de->arg));
    } else if (name == "set" && ast::is(de->arg, PG_QUERY__NODE__NODE_VARIABLE_SET_STMT)) {
      const PgQuery__VariableSetStmt* vs = de->arg->variable_set_stmt;
      if (ast::cstr(vs->name) == "search_path") {
        f.has_search_path = true;
        f.search_path = search_path_values(ast::list(vs->n_args, vs->args));
      }
    }
  }
  return f;
}

ir::Node Lowerer::alter_function(const PgQuery__AlterFunctionStmt* s) {
  ir::AlterFunction f;
  f.procedure = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE;
  if (s->func != nullptr) {
    f.name = name_list(ast::list(s->func->n_objname, s->func->objname));
    f.has_args = !s->func->args_unspecified;
    for (const ast::Node* a : ast::list(s->func->n_objargs, s->func->objargs)) {
      if (ast::is(a, PG_QUERY__NODE__NODE_TYPE_NAME)) {
        f.arg_types.push_back(type(a->type_name));
      }
    }
  }
  for (const ast::Node* o : ast::list(s->n_actions, s->actions)) {
    if (!ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM)) {
      continue;
    }
    const PgQuery__DefElem* de = o->def_elem;
    const std::string_view name = ast::cstr(de->defname);
    if (name == "security") {
      f.security_definer = is_truthy(option_value(de->arg));
    } else if (name == "set" && ast::is(de->arg, PG_QUERY__NODE__NODE_VARIABLE_SET_STMT)) {
      const PgQuery__VariableSetStmt* vs = de->arg->variable_set_stmt;
      if (ast::cstr(vs->name) == "search_path") {
        if (vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
          f.set_search_path = search_path_values(ast::list(vs->n_args, vs->args));
        } else {
          f.reset_search_path = true;
        }
      } else if (vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
        f.reset_search_path = true;
      }
    }
  }
  return f;
}

ir::Node Lowerer::create_trigger(const PgQuery__CreateTrigStmt* s) {
  ir::CreateTrigger t;
  t.name = ast::cstr(s->trigname);
  t.table = range_var(s->relation);
  t.function = name_list(ast::list(s->n_funcname, s->funcname));
  t.replace = s->replace;
  t.row_level = s->row;
  t.constraint_trigger = s->isconstraint;
  // TRIGGER_TYPE_* bits of PostgreSQL's pg_trigger.h
  if ((s->timing & (1 << 1)) != 0) {
    t.timing = "before";
  } else if ((s->timing & (1 << 6)) != 0) {
    t.timing = "instead of";
  } else {
    t.timing = "after";
  }
  if ((s->events & (1 << 2)) != 0) {
    t.events.emplace_back("insert");
  }
  if ((s->events & (1 << 3)) != 0) {
    t.events.emplace_back("delete");
  }
  if ((s->events & (1 << 4)) != 0) {
    t.events.emplace_back("update");
  }
  if ((s->events & (1 << 5)) != 0) {
    t.events.emplace_back("truncate");
  }
  return t;
}

ir::Node Lowerer::comment(const PgQuery__CommentStmt* s) {
  ir::Comment c;
  c.kind = obj_kind(s->objtype);
  c.remove = s->comment == nullptr;
  c.text = ast::cstr(s->comment);
  const ast::Node* o = s->object;
  if (ast::is(o, PG_QUERY__NODE__NODE_LIST)) {
    const auto parts = ast::items(o);
    if ((c.kind == ir::ObjKind::Column || c.kind == ir::ObjKind::Constraint ||
         c.kind == ir::ObjKind::Policy || c.kind == ir::ObjKind::Trigger) &&
        !parts.empty()) {
      c.member = ast::str(parts.back());
      c.target = name_list(parts.subspan(0, parts.size() - 1));
    } else {
      c.target = name_list(parts);
    }
  } else if (ast::is(o, PG_QUERY__NODE__NODE_STRING)) {
    c.target.name = ast::str(o);
  } else if (ast::is(o, PG_QUERY__NODE__NODE_TYPE_NAME)) {
    const TypeRef tr = type(o->type_name);
    c.target = QualName{tr.schema, tr.name};
  } else if (ast::is(o, PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)) {
    const PgQuery__ObjectWithArgs* ow = o->object_with_args;
    c.target = name_list(ast::list(ow->n_objname, ow->objname));
  }
  return c;
}

ir::Node Lowerer::variable_set(const PgQuery__VariableSetStmt* s) {
  if (ast::cstr(s->name) != "search_path") {
    if (s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
      ir::SetSearchPath sp;
      sp.reset = true;
      return sp;
    }
    return ir::Skipped{"VariableSetStmt"};
  }
  ir::SetSearchPath sp;
  if (s->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
    sp.schemas = search_path_values(ast::list(s->n_args, s->args));
  } else {
    sp.reset = true;
  }
  return sp;
}

ir::Node Lowerer::select(const PgQuery__SelectStmt* s) {
  // pg_dump: SELECT pg_catalog.set_config('search_path', '', false);
  if (s->n_target_list == 1 && s->n_from_clause == 0 &&
      ast::is(s->target_list[0], PG_QUERY__NODE__NODE_RES_TARGET)) {
    const Expr e = expr(s->target_list[0]->res_target->val);
    if (e.kind == Expr::Kind::Func && e.name == "set_config" && e.args.size() >= 2 &&
        e.args[0].is_const("search_path") && e.args[1].kind == Expr::Kind::Const) {
      ir::SetSearchPath sp;
      for (const std::string& part : str::split(e.args[1].name, ',')) {
        const std::string_view v = str::trim(part);
        if (!v.empty()) {
          sp.schemas.push_back(str::to_lower(v));
        }
      }
      return sp;
    }
  }
  return ir::Skipped{"SelectStmt"};
}

ir::Node Lowerer::create_sequence(const PgQuery__CreateSeqStmt* s) {
  ir::CreateSequence cs;
  cs.name = range_var(s->sequence);
  cs.if_not_exists = s->if_not_exists;
  for (const ast::Node* o : ast::list(s->n_options, s->options)) {
    if (ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM) &&
        ast::cstr(o->def_elem->defname) == "owned_by") {
      const auto parts = ast::items(o->def_elem->arg);
      if (parts.size() >= 2) {
        cs.owned_column = ast::str(parts.back());
        cs.owned_table = name_list(parts.subspan(0, parts.size() - 1));
      }
    }
  }
  return cs;
}

ir::Node Lowerer::alter_sequence(const PgQuery__AlterSeqStmt* s) {
  ir::AlterSequence as;
  as.name = range_var(s->sequence);
  as.if_exists = s->missing_ok;
  for (const ast::Node* o : ast::list(s->n_options, s->options)) {
    if (ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM) &&
        ast::cstr(o->def_elem->defname) == "owned_by") {
      const auto parts = ast::items(o->def_elem->arg);
      if (parts.size() >= 2) {
        as.owned_column = ast::str(parts.back());
        as.owned_table = name_list(parts.subspan(0, parts.size() - 1));
      } else {
        as.owned_none = true;
      }
    }
  }
  return as;
}

ir::Node Lowerer::define(const PgQuery__DefineStmt* s) {
  if (s->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) {
    return ir::CreateOtherType{name_list(ast::list(s->n_defnames, s->defnames))};
  }
  return ir::Skipped{"DefineStmt"};
}

} // namespace ddlint::parse

namespace ddlint::parse {
namespace {

// Collects the SQL a PL/pgSQL body runs: static statements and EXECUTE of a string literal.
void collect_sql(const nlohmann::json& j, std::vector<std::string>& out, int depth) {
  if (depth > 200) {
    return;
  }
  if (j.is_object()) {
    if (const auto it = j.find("PLpgSQL_stmt_execsql"); it != j.end()) {
      const auto& q = (*it)["sqlstmt"]["PLpgSQL_expr"]["query"];
      if (q.is_string()) {
        out.push_back(q.get<std::string>());
      }
    }
    if (const auto it = j.find("PLpgSQL_stmt_dynexecute"); it != j.end()) {
      const auto& q = (*it)["query"]["PLpgSQL_expr"]["query"];
      if (q.is_string()) {
        const std::string text = std::string(str::trim(q.get<std::string>()));
        // Only a single constant string: 'CREATE ...' or $$CREATE ...$$.
        if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' &&
            text.find('\'', 1) == text.size() - 1) {
          out.push_back(text.substr(1, text.size() - 2));
        } else if (text.size() >= 4 && text.starts_with("$$") && text.ends_with("$$") &&
                   text.find("$$", 2) == text.size() - 2) {
          out.push_back(text.substr(2, text.size() - 4));
        }
      }
    }
    for (const auto& [k, v] : j.items()) {
      if (v.is_structured()) {
        collect_sql(v, out, depth + 1);
      }
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      collect_sql(v, out, depth + 1);
    }
  }
}

} // namespace

void Lowerer::do_block(const PgQuery__DoStmt* s, std::vector<ir::Statement>& out) {
  std::string body;
  std::string language = "plpgsql";
  for (const ast::Node* a : ast::list(s->n_args, s->args)) {
    if (!ast::is(a, PG_QUERY__NODE__NODE_DEF_ELEM)) {
      continue;
    }
    const std::string_view name = ast::cstr(a->def_elem->defname);
    if (name == "as") {
      body = option_value(a->def_elem->arg);
    } else if (name == "language") {
      language = str::to_lower(option_value(a->def_elem->arg));
    }
  }
  if (language != "plpgsql" || body.empty() || body.find("$ddlint_do$") != std::string::npos) {
    return;
  }
  // Where the body starts in the file (dollar-quoted bodies appear verbatim).
  const std::string_view stmt = text_.substr(stmt_begin_, stmt_end_ - stmt_begin_);
  const std::size_t found = stmt.find(body);
  const std::uint32_t body_at = found == std::string_view::npos
                                    ? stmt_begin_
                                    : stmt_begin_ + static_cast<std::uint32_t>(found);
  const std::string fn = "CREATE FUNCTION ddlint_do_block() RETURNS void LANGUAGE plpgsql AS "
                         "$ddlint_do$" +
                         body + "$ddlint_do$";
  PgQueryPlpgsqlParseResult pr = pg_query_parse_plpgsql(fn.c_str());
  std::vector<std::string> queries;
  if (pr.error == nullptr && pr.plpgsql_funcs != nullptr) {
    try {
      collect_sql(nlohmann::json::parse(pr.plpgsql_funcs), queries, 0);
    } catch (const nlohmann::json::exception&) {
      queries.clear();
    }
  }
  pg_query_free_plpgsql_parse_result(pr);
  std::size_t cursor = 0;
  for (const std::string& q : queries) {
    std::uint32_t at = body_at;
    const std::size_t pos = body.find(q, cursor);
    if (pos != std::string::npos && found != std::string_view::npos) {
      at = body_at + static_cast<std::uint32_t>(pos);
      cursor = pos + q.size();
    }
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(q.c_str());
    if (r.error == nullptr) {
      PgQuery__ParseResult* tree = pg_query__parse_result__unpack(
          nullptr, r.parse_tree.len, reinterpret_cast<const std::uint8_t*>(r.parse_tree.data));
      if (tree != nullptr) {
        const std::uint32_t end =
            pos != std::string::npos ? at + static_cast<std::uint32_t>(q.size()) : stmt_end_;
        // Offsets inside the body are exact only when the body was found verbatim.
        const bool exact = pos != std::string::npos && found != std::string_view::npos;
        for (std::size_t k = 0; k < tree->n_stmts; ++k) {
          std::vector<ir::Statement> inner;
          Lowerer sub(exact ? text_ : std::string_view(q), file_, exact ? at : 0, exact ? at : 0,
                      exact ? end : static_cast<std::uint32_t>(q.size()),
                      exact ? comments_ : std::span<const CommentSpan>{});
          sub.statement(tree->stmts[k]->stmt, inner);
          for (ir::Statement& st : inner) {
            if (std::holds_alternative<ir::Skipped>(st.node)) {
              continue;
            }
            st.quiet = true;
            if (!exact) {
              // Locations of a rewritten body point at the DO statement.
              st.loc = span(stmt_begin_, stmt_end_);
            }
            out.push_back(std::move(st));
          }
        }
        pg_query__parse_result__free_unpacked(tree, nullptr);
      }
    }
    pg_query_free_protobuf_parse_result(r);
  }
}

} // namespace ddlint::parse
