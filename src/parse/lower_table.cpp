// Tables, columns, types, constraints, indexes and ALTER TABLE: AST -> ir.
#include "ir/expr_sql.h"
#include "parse/lower.h"

#include <algorithm>

namespace ddlint::parse {
namespace {

FkAction fk_action(const char* c) {
  if (c == nullptr || *c == '\0') {
    return FkAction::NoAction;
  }
  switch (*c) {
  case 'r':
    return FkAction::Restrict;
  case 'c':
    return FkAction::Cascade;
  case 'n':
    return FkAction::SetNull;
  case 'd':
    return FkAction::SetDefault;
  default:
    return FkAction::NoAction;
  }
}

std::vector<std::string> strings(std::span<ast::Node* const> nodes) {
  std::vector<std::string> out;
  out.reserve(nodes.size());
  for (const ast::Node* n : nodes) {
    if (ast::is(n, PG_QUERY__NODE__NODE_STRING)) {
      out.emplace_back(ast::str(n));
    } else if (ast::is(n, PG_QUERY__NODE__NODE_INDEX_ELEM)) {
      out.emplace_back(ast::cstr(n->index_elem->name));
    }
  }
  return out;
}

Serial serial_kind(std::string_view written) {
  if (written == "serial" || written == "serial4") {
    return Serial::Regular;
  }
  if (written == "bigserial" || written == "serial8") {
    return Serial::Big;
  }
  if (written == "smallserial" || written == "serial2") {
    return Serial::Small;
  }
  return Serial::None;
}

bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || static_cast<unsigned char>(c) >= 0x80U;
}

} // namespace

SourceRef Lowerer::span(std::uint32_t b, std::uint32_t e) const {
  return SourceRef{file_, b, std::max(b, e)};
}

SourceRef Lowerer::element(std::int32_t location) const {
  if (location < 0) {
    return span(stmt_begin_, stmt_end_);
  }
  const std::uint32_t b = off(location);
  return span(b, element_end(text_, b, stmt_end_));
}

QualName Lowerer::range_var(const PgQuery__RangeVar* rv) {
  if (rv == nullptr) {
    return {};
  }
  return QualName{std::string(ast::cstr(rv->schemaname)), std::string(ast::cstr(rv->relname))};
}

QualName Lowerer::name_list(std::span<ast::Node* const> names) const {
  QualName q;
  if (names.empty()) {
    return q;
  }
  q.name = ast::str(names.back());
  if (names.size() >= 2) {
    q.schema = ast::str(names[names.size() - 2]);
  }
  return q;
}

TypeRef Lowerer::type(const PgQuery__TypeName* tn) {
  TypeRef t;
  if (tn == nullptr) {
    return t;
  }
  const auto names = ast::list(tn->n_names, tn->names);
  std::string_view schema;
  std::string_view name;
  if (names.size() >= 2) {
    schema = ast::str(names[names.size() - 2]);
    name = ast::str(names.back());
  } else if (names.size() == 1) {
    name = ast::str(names[0]);
  }
  t.pct_type = tn->pct_type;
  if (schema == "pg_catalog") {
    t.builtin = true;
    t.name = canonical_type_name(name);
  } else if (schema.empty()) {
    const std::string_view canon = canonical_type_name(name);
    if (is_builtin_type(canon)) {
      t.builtin = true;
      t.name = canon;
    } else {
      t.name = name;
    }
  } else {
    t.schema = schema;
    t.name = name;
  }
  if (t.pct_type && names.size() >= 2) {
    // tbl.col%TYPE: keep the reference readable.
    t.builtin = false;
    t.schema.clear();
    std::string written;
    for (std::size_t i = 0; i < names.size(); ++i) {
      written += (i == 0 ? "" : ".") + std::string(ast::str(names[i]));
    }
    t.name = written + "%type";
  }
  if (t.name != "interval") {
    std::string mods;
    for (const ast::Node* m : ast::list(tn->n_typmods, tn->typmods)) {
      if (!mods.empty()) {
        mods += ",";
      }
      if (ast::is(m, PG_QUERY__NODE__NODE_A_CONST) &&
          m->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL && m->a_const->ival != nullptr) {
        mods += std::to_string(m->a_const->ival->ival);
      } else {
        mods += to_sql(expr(m));
      }
    }
    // numeric(p) is numeric(p,0): the scale defaults to 0 (numeric_typmod_in).
    if (t.builtin && t.name == "numeric" && !mods.empty() && mods.find(',') == std::string::npos) {
      mods += ",0";
    }
    t.mods = mods;
  }
  t.array_dims = static_cast<std::uint8_t>(std::min<std::size_t>(tn->n_array_bounds, 255));
  return t;
}

std::string Lowerer::trailing_comment(std::uint32_t after) const {
  // The first comment after the definition, on the same line, with at most a ',' between.
  const auto it =
      std::lower_bound(comments_.begin(), comments_.end(), after,
                       [](const CommentSpan& c, std::uint32_t v) { return c.begin < v; });
  if (it == comments_.end()) {
    return {};
  }
  bool comma = false;
  for (std::uint32_t p = after; p < it->begin; ++p) {
    const char ch = text_[p];
    if (ch == '\n' || ch == '\r') {
      return {};
    }
    if (ch == ',' && !comma) {
      comma = true;
      continue;
    }
    if (ch != ' ' && ch != '\t') {
      return {};
    }
  }
  std::string_view body = text_.substr(it->begin, it->end - it->begin);
  if (it->block) {
    body = body.substr(2, body.size() >= 4 ? body.size() - 4 : 0);
  } else {
    body = body.substr(2);
  }
  while (!body.empty() && (body.front() == ' ' || body.front() == '\t')) {
    body.remove_prefix(1);
  }
  while (!body.empty() && (body.back() == ' ' || body.back() == '\t')) {
    body.remove_suffix(1);
  }
  return std::string(body);
}

std::string Lowerer::check_text(std::uint32_t from) const {
  // Find the CHECK keyword as a whole word at or after `from`, then its parenthesised body.
  std::size_t p = from;
  while (p + 5 <= stmt_end_) {
    const std::size_t hit = [&]() -> std::size_t {
      for (std::size_t q = p; q + 5 <= stmt_end_; ++q) {
        const char c = text_[q];
        if ((c == 'c' || c == 'C') && (q == 0 || !is_ident_char(text_[q - 1]))) {
          bool match = true;
          static constexpr char kWord[] = "check";
          for (std::size_t k = 0; k < 5; ++k) {
            char x = text_[q + k];
            if (x >= 'A' && x <= 'Z') {
              x = static_cast<char>(x - 'A' + 'a');
            }
            if (x != kWord[k]) {
              match = false;
              break;
            }
          }
          if (match && (q + 5 >= text_.size() || !is_ident_char(text_[q + 5]))) {
            return q;
          }
        }
        if (c == '"' || c == '\'') {
          return std::string_view::npos; // give up on quoted names: rare, the caller falls back
        }
      }
      return std::string_view::npos;
    }();
    if (hit == std::string_view::npos) {
      return {};
    }
    std::size_t q = hit + 5;
    while (q < stmt_end_ &&
           (text_[q] == ' ' || text_[q] == '\t' || text_[q] == '\n' || text_[q] == '\r')) {
      ++q;
    }
    if (q < stmt_end_ && text_[q] == '(') {
      const std::uint32_t close = matching_paren(text_, static_cast<std::uint32_t>(q), stmt_end_);
      std::string_view body = text_.substr(q + 1, close > q ? close - q - 1 : 0);
      while (!body.empty() && (body.front() == ' ' || body.front() == '\n')) {
        body.remove_prefix(1);
      }
      while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) {
        body.remove_suffix(1);
      }
      return std::string(body);
    }
    p = hit + 5;
  }
  return {};
}

ColumnDef Lowerer::column(const PgQuery__ColumnDef* cd,
                          std::vector<ConstraintDef>& inline_constraints) {
  ColumnDef c;
  c.name = ast::cstr(cd->colname);
  c.type = type(cd->type_name);
  if (cd->type_name != nullptr && cd->type_name->n_names == 1) {
    c.serial = serial_kind(ast::str(cd->type_name->names[0]));
  }
  c.not_null = cd->is_not_null;
  if (cd->raw_default != nullptr) {
    c.has_default = true;
    c.default_expr = expr(cd->raw_default);
    c.default_text = to_sql(c.default_expr);
  }
  if (cd->coll_clause != nullptr) {
    const auto names = ast::list(cd->coll_clause->n_collname, cd->coll_clause->collname);
    c.set_collation(name_list(names).str());
  }
  c.loc = element(cd->location);
  const std::size_t first_inline = inline_constraints.size();
  for (const ast::Node* n : ast::list(cd->n_constraints, cd->constraints)) {
    if (!ast::is(n, PG_QUERY__NODE__NODE_CONSTRAINT)) {
      continue;
    }
    const PgQuery__Constraint* k = n->constraint;
    switch (k->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
      c.not_null = false;
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
      c.not_null = true;
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
      c.has_default = true;
      c.default_expr = expr(k->raw_expr);
      c.default_text = to_sql(c.default_expr);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
      c.identity = (k->generated_when != nullptr && k->generated_when[0] == 'a')
                       ? Identity::Always
                       : Identity::ByDefault;
      c.not_null = true;
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
      c.generated = true;
      c.set_generated_expr(expr(k->raw_expr));
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION: {
      ConstraintDef x = constraint(k);
      if (x.kind != ConstraintKind::Check && x.columns.empty()) {
        x.columns.push_back(c.name);
      }
      if (x.kind == ConstraintKind::PrimaryKey) {
        c.not_null = true;
      }
      x.inline_column = true;
      x.loc.end = std::max(x.loc.begin, c.loc.end);
      inline_constraints.push_back(std::move(x));
      break;
    }
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
      if (inline_constraints.size() > first_inline) {
        ConstraintDef& last = inline_constraints.back();
        if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE) {
          last.deferrable = true;
        } else if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE) {
          last.deferrable = false;
        } else if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED) {
          last.initially_deferred = true;
        } else {
          last.initially_deferred = false;
        }
      }
      break;
    default:
      break;
    }
  }
  if (c.identity == Identity::None && cd->identity != nullptr && cd->identity[0] != '\0') {
    c.identity = cd->identity[0] == 'a' ? Identity::Always : Identity::ByDefault;
  }
  c.set_trailing_comment(trailing_comment(c.loc.end));
  return c;
}

ConstraintDef Lowerer::constraint(const PgQuery__Constraint* c) {
  ConstraintDef k;
  k.name = ast::cstr(c->conname);
  k.deferrable = c->deferrable;
  k.initially_deferred = c->initdeferred;
  k.loc = element(c->location);
  switch (c->contype) {
  case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    k.kind = ConstraintKind::PrimaryKey;
    k.columns = strings(ast::list(c->n_keys, c->keys));
    k.set(&ConstraintDef::Rare::include, strings(ast::list(c->n_including, c->including)));
    k.set(&ConstraintDef::Rare::using_index, ast::cstr(c->indexname));
    break;
  case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
    k.kind = ConstraintKind::Unique;
    k.columns = strings(ast::list(c->n_keys, c->keys));
    k.set(&ConstraintDef::Rare::include, strings(ast::list(c->n_including, c->including)));
    k.set(&ConstraintDef::Rare::using_index, ast::cstr(c->indexname));
    k.nulls_not_distinct = c->nulls_not_distinct;
    break;
  case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
    k.kind = ConstraintKind::ForeignKey;
    k.columns = strings(ast::list(c->n_fk_attrs, c->fk_attrs));
    k.ref_table = range_var(c->pktable);
    k.ref_columns = strings(ast::list(c->n_pk_attrs, c->pk_attrs));
    k.on_delete = fk_action(c->fk_del_action);
    k.on_update = fk_action(c->fk_upd_action);
    k.match_type =
        (c->fk_matchtype != nullptr && c->fk_matchtype[0] != '\0') ? c->fk_matchtype[0] : 's';
    k.not_valid = c->skip_validation;
    break;
  case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
    k.kind = ConstraintKind::Exclude;
    k.mut().method =
        c->access_method != nullptr && c->access_method[0] != '\0' ? c->access_method : "btree";
    for (const ast::Node* ex : ast::list(c->n_exclusions, c->exclusions)) {
      const auto parts = ast::items(ex);
      if (parts.size() >= 2 && ast::is(parts[0], PG_QUERY__NODE__NODE_INDEX_ELEM)) {
        const PgQuery__IndexElem* ie = parts[0]->index_elem;
        IndexKey key;
        if (ie->name != nullptr && ie->name[0] != '\0') {
          k.columns.push_back(Atom(ie->name));
          key.column = ie->name;
        } else if (ie->expr != nullptr) {
          Expr e = expr(ie->expr);
          if (e.kind == Expr::Kind::Column && e.path.empty()) {
            key.column = e.name;
            k.columns.push_back(key.column);
          } else {
            key.set_expr_text(to_sql(e));
            key.set_expr_columns(columns_read(e));
            key.set_expr(std::move(e));
            for (const std::string& col : key.expr_columns()) {
              k.columns.push_back(col);
            }
          }
        }
        const auto opclass = ast::list(ie->n_opclass, ie->opclass);
        if (!opclass.empty()) {
          key.set_opclass(name_list(opclass).str());
        }
        key.descending = ie->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
        k.mut().exclude_elements.push_back(std::move(key));
        const auto op = ast::items(parts[1]);
        k.mut().exclude_ops.emplace_back(op.empty() ? std::string_view{} : ast::str(op.back()));
      }
    }
    if (c->where_clause != nullptr) {
      k.has_where = true;
      k.mut().where = expr(c->where_clause);
    }
    break;
  default: // CHECK
    k.kind = ConstraintKind::Check;
    k.mut().expr = expr(c->raw_expr);
    k.columns = columns_read(k.expr());
    k.mut().expr_text = check_text(k.loc.begin);
    if (k.expr_text().empty()) {
      k.mut().expr_text = to_sql(k.expr());
    }
    k.no_inherit = c->is_no_inherit;
    k.not_valid = c->skip_validation;
    break;
  }
  return k;
}

IndexDef Lowerer::index(const PgQuery__IndexStmt* is) {
  IndexDef x;
  x.name = ast::cstr(is->idxname);
  x.table = range_var(is->relation);
  x.only = is->relation != nullptr && !is->relation->inh;
  x.unique = is->unique;
  x.nulls_not_distinct = is->nulls_not_distinct;
  x.concurrently = is->concurrent;
  x.if_not_exists = is->if_not_exists;
  if (is->access_method != nullptr && is->access_method[0] != '\0') {
    x.method = is->access_method;
  }
  for (const ast::Node* p : ast::list(is->n_index_params, is->index_params)) {
    if (!ast::is(p, PG_QUERY__NODE__NODE_INDEX_ELEM)) {
      continue;
    }
    const PgQuery__IndexElem* ie = p->index_elem;
    IndexKey key;
    if (ie->name != nullptr && ie->name[0] != '\0') {
      key.column = ie->name;
    } else if (ie->expr != nullptr) {
      // `(col)` in parentheses is still a plain column key.
      Expr e = expr(ie->expr);
      if (e.kind == Expr::Kind::Column && e.path.empty()) {
        key.column = e.name;
      } else {
        key.set_expr_text(to_sql(e));
        key.set_expr_columns(columns_read(e));
        key.set_expr(std::move(e));
      }
    }
    const auto opclass = ast::list(ie->n_opclass, ie->opclass);
    if (!opclass.empty()) {
      key.set_opclass(name_list(opclass).str());
    }
    const auto coll = ast::list(ie->n_collation, ie->collation);
    if (!coll.empty()) {
      key.set_collation(name_list(coll).str());
    }
    key.descending = ie->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
    x.keys.push_back(std::move(key));
  }
  x.set(&IndexDef::Rare::include,
        strings(ast::list(is->n_index_including_params, is->index_including_params)));
  if (is->where_clause != nullptr) {
    x.has_predicate = true;
    x.mut().predicate = expr(is->where_clause);
    x.mut().predicate_text = to_sql(x.predicate());
    x.mut().predicate_columns = columns_read(x.predicate());
  }
  x.loc = span(stmt_begin_, stmt_end_);
  return x;
}

ir::Node Lowerer::create_table(const PgQuery__CreateStmt* cs, ir::RelKind kind) {
  ir::CreateTable t;
  t.name = range_var(cs->relation);
  t.kind = kind;
  t.if_not_exists = cs->if_not_exists;
  if (cs->relation != nullptr && cs->relation->relpersistence != nullptr) {
    t.temporary = cs->relation->relpersistence[0] == 't';
    t.unlogged = cs->relation->relpersistence[0] == 'u';
  }
  if (cs->relation != nullptr) {
    const std::uint32_t b = off(cs->relation->location);
    t.name_loc = span(b, b);
  }
  for (const ast::Node* n : ast::list(cs->n_table_elts, cs->table_elts)) {
    if (ast::is(n, PG_QUERY__NODE__NODE_COLUMN_DEF)) {
      t.columns.push_back(column(n->column_def, t.constraints));
    } else if (ast::is(n, PG_QUERY__NODE__NODE_CONSTRAINT)) {
      const PgQuery__Constraint* k = n->constraint;
      if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK ||
          k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
          k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
          k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN ||
          k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) {
        t.constraints.push_back(constraint(k));
      }
    } else if (ast::is(n, PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE)) {
      const PgQuery__TableLikeClause* lc = n->table_like_clause;
      ir::LikeClause like;
      like.source = range_var(lc->relation);
      const std::uint32_t o = lc->options;
      like.including_comments = (o & (1U << 0U)) != 0;
      like.including_constraints = (o & (1U << 2U)) != 0;
      like.including_defaults = (o & (1U << 3U)) != 0;
      like.including_generated = (o & (1U << 4U)) != 0;
      like.including_identity = (o & (1U << 5U)) != 0;
      like.including_indexes = (o & (1U << 6U)) != 0;
      t.likes.push_back(std::move(like));
    }
  }
  for (const ast::Node* n : ast::list(cs->n_constraints, cs->constraints)) {
    if (ast::is(n, PG_QUERY__NODE__NODE_CONSTRAINT)) {
      t.constraints.push_back(constraint(n->constraint));
    }
  }
  const auto inh = ast::list(cs->n_inh_relations, cs->inh_relations);
  if (cs->partbound != nullptr && !inh.empty() && ast::is(inh[0], PG_QUERY__NODE__NODE_RANGE_VAR)) {
    t.partition_of = range_var(inh[0]->range_var);
    if (cs->partbound->is_default) {
      t.partition_bound = "DEFAULT";
    } else {
      const std::uint32_t b = off(cs->partbound->location);
      t.partition_bound = std::string(text_.substr(b, stmt_end_ > b ? stmt_end_ - b : 0));
    }
  } else {
    for (const ast::Node* n : inh) {
      if (ast::is(n, PG_QUERY__NODE__NODE_RANGE_VAR)) {
        t.inherits.push_back(range_var(n->range_var));
      }
    }
  }
  if (cs->partspec != nullptr) {
    t.kind = ir::RelKind::Partitioned;
    t.partition_strategy = ast::cstr(cs->partspec->strategy);
    for (const ast::Node* p : ast::list(cs->partspec->n_part_params, cs->partspec->part_params)) {
      if (ast::is(p, PG_QUERY__NODE__NODE_PARTITION_ELEM)) {
        const PgQuery__PartitionElem* pe = p->partition_elem;
        if (pe->name != nullptr && pe->name[0] != '\0') {
          t.partition_keys.emplace_back(pe->name);
        } else {
          t.partition_keys.push_back(to_sql(expr(pe->expr)));
        }
      }
    }
  }
  if (cs->of_typename != nullptr) {
    const TypeRef of = type(cs->of_typename);
    t.of_type = QualName{of.schema, of.name};
  }
  return t;
}

ir::Node Lowerer::alter_table(const PgQuery__AlterTableStmt* as) {
  ir::AlterTable a;
  a.name = range_var(as->relation);
  a.only = as->relation != nullptr && !as->relation->inh;
  a.if_exists = as->missing_ok;
  switch (as->objtype) {
  case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
    a.objkind = ir::ObjKind::Index;
    break;
  case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    a.objkind = ir::ObjKind::View;
    break;
  case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    a.objkind = ir::ObjKind::MatView;
    break;
  case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
    a.objkind = ir::ObjKind::ForeignTable;
    break;
  case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
    a.objkind = ir::ObjKind::Sequence;
    break;
  case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    a.objkind = ir::ObjKind::Type;
    break;
  default:
    a.objkind = ir::ObjKind::Table;
    break;
  }
  for (const ast::Node* n : ast::list(as->n_cmds, as->cmds)) {
    if (!ast::is(n, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)) {
      continue;
    }
    const PgQuery__AlterTableCmd* c = n->alter_table_cmd;
    ir::AlterCmd cmd;
    cmd.name = ast::cstr(c->name);
    cmd.cascade = c->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
    cmd.loc = span(stmt_begin_, stmt_end_);
    switch (c->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnRecurse:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnToView:
      if (ast::is(c->def, PG_QUERY__NODE__NODE_COLUMN_DEF)) {
        cmd.kind = ir::AlterKind::AddColumn;
        std::vector<ConstraintDef> inline_constraints;
        cmd.column = column(c->def->column_def, inline_constraints);
        cmd.if_not_exists = c->missing_ok;
        cmd.loc = cmd.column.loc;
        a.cmds.push_back(std::move(cmd));
        // Column constraints become ADD CONSTRAINT commands right after the column.
        for (ConstraintDef& k : inline_constraints) {
          ir::AlterCmd kc;
          kc.kind = ir::AlterKind::AddConstraint;
          kc.loc = k.loc;
          kc.constraint = std::move(k);
          a.cmds.push_back(std::move(kc));
        }
        continue;
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
      if (c->def != nullptr) {
        cmd.kind = ir::AlterKind::SetDefault;
        cmd.expr = expr(c->def);
        cmd.expr_text = to_sql(cmd.expr);
      } else {
        cmd.kind = ir::AlterKind::DropDefault;
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
      cmd.kind = ir::AlterKind::DropNotNull;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
      cmd.kind = ir::AlterKind::SetNotNull;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumnRecurse:
      cmd.kind = ir::AlterKind::DropColumn;
      cmd.if_exists = c->missing_ok;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraintRecurse:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIndexConstraint:
      if (ast::is(c->def, PG_QUERY__NODE__NODE_CONSTRAINT)) {
        cmd.kind = ir::AlterKind::AddConstraint;
        cmd.constraint = constraint(c->def->constraint);
        cmd.loc = cmd.constraint.loc;
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraintRecurse:
      cmd.kind = ir::AlterKind::ValidateConstraint;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraintRecurse:
      cmd.kind = ir::AlterKind::DropConstraint;
      cmd.if_exists = c->missing_ok;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
      if (ast::is(c->def, PG_QUERY__NODE__NODE_COLUMN_DEF)) {
        cmd.kind = ir::AlterKind::AlterColumnType;
        cmd.type = type(c->def->column_def->type_name);
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
      cmd.kind = ir::AlterKind::EnableRls;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
      cmd.kind = ir::AlterKind::DisableRls;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
      cmd.kind = ir::AlterKind::ForceRls;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
      cmd.kind = ir::AlterKind::NoForceRls;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
      if (ast::is(c->def, PG_QUERY__NODE__NODE_PARTITION_CMD)) {
        cmd.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition
                       ? ir::AlterKind::AttachPartition
                       : ir::AlterKind::DetachPartition;
        cmd.target = range_var(c->def->partition_cmd->name);
        const PgQuery__PartitionBoundSpec* b = c->def->partition_cmd->bound;
        if (b != nullptr) {
          if (b->is_default) {
            cmd.partition_bound = "DEFAULT";
          } else if (b->location >= 0) {
            const std::uint32_t bo = off(b->location);
            cmd.partition_bound =
                std::string(text_.substr(bo, stmt_end_ > bo ? stmt_end_ - bo : 0));
          }
        }
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit:
      if (ast::is(c->def, PG_QUERY__NODE__NODE_RANGE_VAR)) {
        cmd.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit
                       ? ir::AlterKind::AddInherit
                       : ir::AlterKind::DropInherit;
        cmd.target = range_var(c->def->range_var);
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
      cmd.kind = ir::AlterKind::AddIdentity;
      if (ast::is(c->def, PG_QUERY__NODE__NODE_CONSTRAINT)) {
        const char* gw = c->def->constraint->generated_when;
        cmd.identity = (gw != nullptr && gw[0] == 'a') ? Identity::Always : Identity::ByDefault;
      } else {
        cmd.identity = Identity::ByDefault;
      }
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity:
      cmd.kind = ir::AlterKind::DropIdentity;
      cmd.if_exists = c->missing_ok;
      break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplaceRelOptions:
      cmd.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions
                     ? ir::AlterKind::ResetOptions
                     : ir::AlterKind::SetOptions;
      for (const ast::Node* o : ast::items(c->def)) {
        if (ast::is(o, PG_QUERY__NODE__NODE_DEF_ELEM)) {
          const PgQuery__DefElem* de = o->def_elem;
          cmd.options.emplace_back(std::string(ast::cstr(de->defname)), option_value(de->arg));
        }
      }
      break;
    default:
      cmd.kind = ir::AlterKind::Other;
      break;
    }
    a.cmds.push_back(std::move(cmd));
  }
  return a;
}

} // namespace ddlint::parse
