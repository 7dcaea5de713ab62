// ALTER TABLE, DROP, RENAME and SET SCHEMA.
#include "catalog/catalog.h"
#include "catalog/naming.h"

#include <algorithm>

namespace ddlint::catalog {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A constraint's or an index's column list (string vector or AtomList).
template <class Names> void rename_in(Names& v, std::string_view from, std::string_view to) {
  for (auto& s : v) {
    if (s == from) {
      s = to;
    }
  }
}

// Calls fn(x) for each unqualified (or table-qualified) reference x to column `from` in `e`,
// outside sub-selects (they read other tables), until fn returns true; returns whether one did.
template <class E, class Fn>
bool column_refs(E& e, std::string_view table, std::string_view from, Fn fn) {
  std::vector<E*> stack{&e};
  while (!stack.empty()) {
    E* x = stack.back();
    stack.pop_back();
    if (x->kind == Expr::Kind::Select) {
      continue;
    }
    if (x->kind == Expr::Kind::Column && x->name == from &&
        (x->path.empty() || x->path.back() == table) && fn(*x)) {
      return true;
    }
    for (E& a : x->args) {
      stack.push_back(&a);
    }
  }
  return false;
}

// Renames those references inside an expression.
void rename_in(Expr& e, std::string_view table, std::string_view from, std::string_view to) {
  column_refs(e, table, from, [&](Expr& x) {
    x.name = to;
    return false;
  });
}

// The same for a shared tree: copied (copy on write) only when it names the column.
void rename_in(SharedExpr& e, std::string_view table, std::string_view from, std::string_view to) {
  if (column_refs(*e, table, from, [](const Expr&) { return true; })) {
    rename_in(e.mut(), table, from, to);
  }
}

bool index_uses(const Index& i, const std::string& col) {
  for (const IndexKey& k : i.keys) {
    if (k.column == col || contains(k.expr_columns(), col)) {
      return true;
    }
  }
  return contains(i.include(), col) || contains(i.predicate_columns(), col);
}

Problem about(const Table& t, std::string_view column = {}) {
  Problem p;
  p.schema = t.schema;
  p.table = t.name;
  p.column = column;
  return p;
}

} // namespace

void Catalog::apply_alter_table(ir::AlterTable& s, const SourceRef& at) {
  if (s.objkind == ir::ObjKind::Index) {
    // ALTER INDEX parent ATTACH PARTITION child; other ALTER INDEX forms change nothing we model.
    std::string index_name;
    Table* owner = lookup_relation_owner(s.name, &index_name);
    if (owner == nullptr || index_name.empty()) {
      if (!s.if_exists) {
        Problem p;
        p.index = s.name.name;
        p.schema = s.name.schema;
        problem(Problem::Kind::Undefined, at, "index \"" + s.name.str() + "\" does not exist", p);
      }
      return;
    }
    for (ir::AlterCmd& c : s.cmds) {
      if (c.kind != ir::AlterKind::AttachPartition) {
        continue;
      }
      std::string child_index;
      Table* child = lookup_relation_owner(c.target, &child_index);
      if (child == nullptr || child_index.empty()) {
        Problem p;
        p.index = c.target.name;
        problem(Problem::Kind::Undefined, at, "index \"" + c.target.str() + "\" does not exist", p);
        continue;
      }
      const Index* parent_index = owner->index(index_name);
      for (Index& ci : child->indexes) {
        if (ci.name == child_index) {
          ci.mut().parent = owner->schema + "." + index_name;
          ci.hist.touch(at);
          // The partition's PK/UNIQUE becomes a child of the parent's constraint (conparentid).
          if (!ci.constraint.empty() && parent_index != nullptr &&
              !parent_index->constraint.empty()) {
            if (Constraint* k = child->constraint(ci.constraint)) {
              k->inherited = true;
            }
          }
        }
      }
      // The parent index becomes valid once every partition has an attached index.
      const std::string parent_name = owner->schema + "." + index_name;
      bool complete = true;
      for (const Table* part : children_of(*owner)) {
        if (!part->rare->partition_of) {
          continue;
        }
        complete =
            complete && std::any_of(part->indexes.begin(), part->indexes.end(),
                                    [&](const Index& i) { return i.parent() == parent_name; });
      }
      for (Index& pi : owner->indexes) {
        if (pi.name == index_name) {
          pi.valid = complete;
          pi.hist.touch(at);
        }
      }
    }
    return;
  }
  if (s.objkind == ir::ObjKind::Sequence || s.objkind == ir::ObjKind::Type) {
    return;
  }
  // pg_dump writes ALTER TABLE seq OWNER TO ... for sequences; nothing we model changes.
  if (lookup_table(s.name) == nullptr) {
    std::string index_name;
    const auto seq = std::find_if(sequences_.begin(), sequences_.end(), [&](const auto& q) {
      return q->name == s.name.name &&
             (s.name.qualified() ? q->schema == s.name.schema
                                 : std::find(search_path_.begin(), search_path_.end(), q->schema) !=
                                       search_path_.end());
    });
    if (seq != sequences_.end() ||
        (lookup_relation_owner(s.name, &index_name) != nullptr && !index_name.empty())) {
      return;
    }
  }
  Table* t = require_table(s.name, at, s.if_exists, [&]() -> std::string {
    return "relation \"" + s.name.str() + "\" does not exist";
  });
  if (t == nullptr) {
    return;
  }
  const bool recurse = !s.only;
  for (ir::AlterCmd& c : s.cmds) {
    const SourceRef where = c.loc.valid() ? c.loc : at;
    switch (c.kind) {
    case ir::AlterKind::AddColumn: {
      const std::string name(c.column.name);
      ColumnDef proto = c.column;
      if (add_column(*t, std::move(c.column), where, c.if_not_exists)) {
        t->hist.touch(at);
        if (recurse) {
          for (Table* child : children_of(*t)) {
            if (child->column(name) == nullptr) {
              ColumnDef copy = proto;
              copy.serial = Serial::None;
              if (add_column(*child, std::move(copy), where, false)) {
                child->columns.back().inherited = true;
              }
            }
          }
        }
      }
      break;
    }
    case ir::AlterKind::DropColumn:
      drop_column(*t, c.name, at, c.cascade, c.if_exists);
      break;
    case ir::AlterKind::AlterColumnType: {
      Column* col = t->column(c.name);
      if (col == nullptr) {
        problem(Problem::Kind::Undefined, at,
                "column \"" + c.name + "\" of relation \"" + t->name + "\" does not exist",
                about(*t, c.name));
        break;
      }
      resolve_type(c.type, at, [&]() -> std::string {
        return "type \"" + c.type.display() + "\" of column " + t->name + "." + c.name +
               " does not exist";
      });
      col->type = c.type;
      col->set_type_changed(where);
      col->hist.touch(at);
      t->hist.touch(at);
      for (Table* child : children_of(*t)) {
        if (Column* cc = child->column(c.name)) {
          cc->type = c.type;
          cc->set_type_changed(where);
          cc->hist.touch(at);
        }
      }
      break;
    }
    case ir::AlterKind::SetDefault:
    case ir::AlterKind::DropDefault:
    case ir::AlterKind::SetNotNull:
    case ir::AlterKind::DropNotNull:
    case ir::AlterKind::AddIdentity:
    case ir::AlterKind::DropIdentity: {
      std::vector<Table*> targets{t};
      if (recurse && c.kind != ir::AlterKind::SetDefault && c.kind != ir::AlterKind::DropDefault) {
        for (Table* child : children_of(*t)) {
          targets.push_back(child);
        }
      }
      bool found = false;
      for (Table* target : targets) {
        Column* col = target->column(c.name);
        if (col == nullptr) {
          continue;
        }
        found = true;
        switch (c.kind) {
        case ir::AlterKind::SetDefault:
          col->has_default = true;
          col->default_expr = c.expr;
          col->default_text = c.expr_text;
          break;
        case ir::AlterKind::DropDefault:
          col->has_default = false;
          col->default_expr = Expr{};
          col->default_text.clear();
          break;
        case ir::AlterKind::SetNotNull:
          col->not_null = true;
          break;
        case ir::AlterKind::DropNotNull: {
          const Constraint* pk = target->primary_key();
          if (pk != nullptr && contains(pk->columns, c.name)) {
            problem(Problem::Kind::Semantic, at, "column \"" + c.name + "\" is in a primary key",
                    about(*target, c.name));
          } else {
            col->not_null = false;
          }
          break;
        }
        case ir::AlterKind::AddIdentity:
          col->identity = c.identity;
          col->not_null = true;
          break;
        default:
          col->identity = Identity::None;
          break;
        }
        col->hist.touch(at);
        target->hist.touch(at);
      }
      if (!found && !t->columns_unknown) {
        problem(Problem::Kind::Undefined, at,
                "column \"" + c.name + "\" of relation \"" + t->name + "\" does not exist",
                about(*t, c.name));
      }
      break;
    }
    case ir::AlterKind::AddConstraint:
      add_constraint(*t, std::move(c.constraint), where, recurse);
      break;
    case ir::AlterKind::DropConstraint:
      drop_constraint(*t, c.name, at, c.cascade, c.if_exists);
      break;
    case ir::AlterKind::ValidateConstraint: {
      Constraint* k = t->constraint(c.name);
      if (k == nullptr) {
        Problem p = about(*t);
        p.constraint = c.name;
        problem(Problem::Kind::Undefined, at,
                "constraint \"" + c.name + "\" of relation \"" + t->name + "\" does not exist", p);
        break;
      }
      k->not_valid = false;
      k->hist.touch(at);
      for (Table* child : children_of(*t)) {
        if (Constraint* ck = child->constraint(c.name)) {
          ck->not_valid = false;
        }
      }
      break;
    }
    case ir::AlterKind::EnableRls:
    case ir::AlterKind::DisableRls:
    case ir::AlterKind::ForceRls:
    case ir::AlterKind::NoForceRls: {
      RlsChange ch;
      ch.at = at;
      if (c.kind == ir::AlterKind::EnableRls) {
        t->rls_enabled = true;
        ch.event = RlsEvent::Enable;
      } else if (c.kind == ir::AlterKind::DisableRls) {
        t->rls_enabled = false;
        ch.event = RlsEvent::Disable;
      } else if (c.kind == ir::AlterKind::ForceRls) {
        t->rls_forced = true;
        ch.event = RlsEvent::Force;
      } else {
        t->rls_forced = false;
        ch.event = RlsEvent::NoForce;
      }
      append_to(t->rls_changes, ch);
      t->hist.touch(at);
      break;
    }
    case ir::AlterKind::AttachPartition: {
      Table* child = require_table(c.target, at, false, [&]() -> std::string {
        return "relation \"" + c.target.str() + "\" does not exist";
      });
      if (child != nullptr) {
        attach_partition(*t, *child, c.partition_bound, at);
      }
      break;
    }
    case ir::AlterKind::DetachPartition: {
      Table* child = lookup_table(c.target);
      if (child == nullptr || !child->rare->partition_of) {
        problem(Problem::Kind::Semantic, at,
                "relation \"" + c.target.str() + "\" is not a partition of \"" + t->name + "\"",
                about(*t));
        break;
      }
      child->rare.mut().partition_of.reset();
      child->rare.mut().partition_bound.clear();
      unlink_child(*t, *child);
      for (Index& i : child->indexes) {
        i.set(&IndexDef::Rare::parent, std::string());
      }
      for (Constraint& k : child->constraints) {
        k.inherited = false;
      }
      for (Column& col : child->columns) {
        col.inherited = false;
      }
      child->hist.touch(at);
      t->hist.touch(at);
      break;
    }
    case ir::AlterKind::AddInherit: {
      Table* parent = require_table(c.target, at, false, [&]() -> std::string {
        return "relation \"" + c.target.str() + "\" does not exist";
      });
      if (parent != nullptr) {
        t->rare.mut().inherits.push_back(parent->qname());
        link_child(*parent, *t);
        for (Column& col : t->columns) {
          if (parent->column(col.name) != nullptr) {
            col.inherited = true;
          }
        }
        t->hist.touch(at);
      }
      break;
    }
    case ir::AlterKind::DropInherit: {
      Table* parent = lookup_table(c.target);
      if (parent != nullptr) {
        std::erase(t->rare.mut().inherits, parent->qname());
        unlink_child(*parent, *t);
        // Columns no remaining parent provides become the table's own (attislocal).
        for (Column& col : t->columns) {
          const bool still = std::any_of(
              t->rare->inherits.begin(), t->rare->inherits.end(), [&](const QualName& q) {
                const Table* other = lookup_table(q);
                return other != nullptr && other->column(col.name) != nullptr;
              });
          if (col.inherited && !still && !t->rare->partition_of) {
            col.inherited = false;
          }
        }
        t->hist.touch(at);
      }
      break;
    }
    case ir::AlterKind::SetOptions:
    case ir::AlterKind::ResetOptions:
      for (const auto& option : c.options) {
        const std::string& k = option.first;
        const std::string& v = option.second;
        std::erase_if(t->rare.mut().options, [&k](const auto& o) { return o.first == k; });
        if (c.kind == ir::AlterKind::SetOptions) {
          t->rare.mut().options.emplace_back(k, v);
        }
        if (k == "security_invoker") {
          if (c.kind == ir::AlterKind::SetOptions) {
            t->rare.mut().security_invoker = v == "true" || v == "on" || v == "1" || v == "yes";
          } else {
            t->rare.mut().security_invoker.reset();
          }
        } else if (k == "security_barrier") {
          t->rare.mut().security_barrier =
              c.kind == ir::AlterKind::SetOptions && v != "false" && v != "off";
        }
      }
      t->hist.touch(at);
      break;
    case ir::AlterKind::Other:
      break;
    }
  }
}

void Catalog::drop_table(Table& t, const SourceRef& at, bool cascade) {
  if (dropped_tables_.count(&t) != 0) {
    return;
  }
  // Dependents outside the table: FKs from other tables, views, inheritance children.
  std::vector<std::pair<Table*, std::string>> fks;
  std::vector<Table*> views;
  for (const auto& other : tables_) {
    if (other.get() == &t || dropped_tables_.count(other.get()) != 0) {
      continue;
    }
    for (const Constraint& k : other->constraints) {
      if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved.schema == t.schema &&
          k.ref_resolved.name == t.name && !k.inherited) {
        fks.emplace_back(other.get(), k.name);
      }
    }
    if (other->is_view() && std::find(other->rare->reads.begin(), other->rare->reads.end(),
                                      t.qname()) != other->rare->reads.end()) {
      views.push_back(other.get());
    }
  }
  std::vector<Table*> inh_children;
  for (Table* child : children_of(t)) {
    if (!child->rare->partition_of) {
      inh_children.push_back(child);
    }
  }
  if (!cascade && (!fks.empty() || !views.empty() || !inh_children.empty())) {
    std::string what =
        !fks.empty() ? "constraint " + fks.front().second + " on table " + fks.front().first->name
        : !views.empty() ? "view " + views.front()->name
                         : "table " + inh_children.front()->name;
    problem(Problem::Kind::Semantic, at,
            "cannot drop " + std::string(to_string(t.kind)) + " " + t.name + " because " + what +
                " depends on it (use CASCADE)",
            about(t));
    return;
  }
  for (auto& [other, name] : fks) {
    if (dropped_tables_.count(other) == 0) {
      drop_constraint(*other, name, at, true, true);
    }
  }
  dropped_tables_.insert(&t);
  for (Table* v : views) {
    drop_table(*v, at, true);
  }
  for (Table* child : children_of(t)) {
    drop_table(*child, at, true); // partitions always go with their parent
  }
  for (const Index& i : t.indexes) {
    unregister_relation(t.schema, i.name);
  }
  for (const Constraint& k : t.constraints) {
    unregister_constraint_name(t.schema, k.name);
  }
  std::erase_if(sequences_, [&](const std::unique_ptr<Sequence>& s) {
    const bool owned =
        s->owned_table && s->owned_table->schema == t.schema && s->owned_table->name == t.name;
    if (owned) {
      unregister_relation(s->schema, s->name);
    }
    return owned;
  });
  if (t.rare->partition_of) {
    if (Table* parent = lookup_table(*t.rare->partition_of)) {
      unlink_child(*parent, t);
    }
  }
  for (const QualName& p : t.rare->inherits) {
    if (Table* parent = lookup_table(p)) {
      unlink_child(*parent, t);
    }
  }
  unregister_relation(t.schema, t.name);
}

void Catalog::drop_column(Table& t, const std::string& col, const SourceRef& at, bool cascade,
                          bool missing_ok) {
  if (t.column(col) == nullptr) {
    if (!missing_ok && !t.columns_unknown) {
      problem(Problem::Kind::Undefined, at,
              "column \"" + col + "\" of relation \"" + t.name + "\" does not exist",
              about(t, col));
    }
    return;
  }
  // FKs of other tables that reference this column.
  std::vector<std::pair<Table*, std::string>> fks;
  for (const auto& other : tables_) {
    if (other.get() == &t || dropped_tables_.count(other.get()) != 0) {
      continue;
    }
    for (Constraint& k : other->constraints) {
      if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved.schema == t.schema &&
          k.ref_resolved.name == t.name) {
        resolve_fk(k);
        if (contains(k.ref_columns_resolved, col)) {
          fks.emplace_back(other.get(), k.name);
        }
      }
    }
  }
  if (!fks.empty() && !cascade) {
    problem(Problem::Kind::Semantic, at,
            "cannot drop column " + col + " of table " + t.name + " because constraint " +
                fks.front().second + " on table " + fks.front().first->name +
                " depends on it (use CASCADE)",
            about(t, col));
    return;
  }
  for (auto& [other, name] : fks) {
    drop_constraint(*other, name, at, true, true);
  }
  // Constraints and indexes of the table that involve the column go with it.
  std::vector<std::string> doomed;
  for (const Constraint& k : t.constraints) {
    const bool self_ref = k.kind == ConstraintKind::ForeignKey && k.ref_resolved == t.qname() &&
                          contains(k.ref_columns, col);
    if (contains(k.columns, col) || contains(k.include(), col) || self_ref) {
      doomed.emplace_back(k.name);
    }
  }
  for (const std::string& name : doomed) {
    drop_constraint(t, name, at, true, true);
  }
  std::vector<std::string> doomed_idx;
  for (const Index& i : t.indexes) {
    if (index_uses(i, col)) {
      doomed_idx.emplace_back(i.name);
    }
  }
  for (const std::string& name : doomed_idx) {
    drop_index(t, name, at);
  }
  // A sequence OWNED BY the column (serial) is dropped with it.
  std::erase_if(sequences_, [&](const std::unique_ptr<Sequence>& s) {
    const bool owned = s->owned_table && *s->owned_table == t.qname() && s->owned_column == col;
    if (owned) {
      unregister_relation(s->schema, s->name);
    }
    return owned;
  });
  std::erase_if(t.columns, [&](const Column& c) { return c.name == col; });
  t.hist.touch(at);
  for (Table* child : children_of(t)) {
    Column* cc = child->column(col);
    if (cc != nullptr && cc->inherited) {
      drop_column(*child, col, at, cascade, true);
    }
  }
}

void Catalog::drop_constraint(Table& t, const std::string& name, const SourceRef& at, bool cascade,
                              bool missing_ok) {
  const auto it = std::find_if(t.constraints.begin(), t.constraints.end(),
                               [&](const Constraint& k) { return k.name == name; });
  if (it == t.constraints.end()) {
    if (!missing_ok) {
      Problem p = about(t);
      p.constraint = name;
      problem(Problem::Kind::Undefined, at,
              "constraint \"" + name + "\" of relation \"" + t.name + "\" does not exist", p);
    }
    return;
  }
  if (it->kind == ConstraintKind::PrimaryKey || it->kind == ConstraintKind::Unique) {
    const std::vector<std::string> key = it->columns;
    std::vector<std::pair<Table*, std::string>> fks;
    for (const auto& other : tables_) {
      if (dropped_tables_.count(other.get()) != 0) {
        continue;
      }
      for (Constraint& k : other->constraints) {
        if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved.schema == t.schema &&
            k.ref_resolved.name == t.name && !(other.get() == &t && k.name == name)) {
          resolve_fk(k);
          std::vector<std::string> a = k.ref_columns_resolved;
          std::vector<std::string> b = key;
          std::sort(a.begin(), a.end());
          std::sort(b.begin(), b.end());
          if (a == b) {
            fks.emplace_back(other.get(), k.name);
          }
        }
      }
    }
    if (!fks.empty() && !cascade) {
      Problem p = about(t);
      p.constraint = name;
      problem(Problem::Kind::Semantic, at,
              "cannot drop constraint " + name + " on table " + t.name + " because constraint " +
                  fks.front().second + " on table " + fks.front().first->name +
                  " depends on it (use CASCADE)",
              p);
      return;
    }
    for (auto& [other, fk] : fks) {
      drop_constraint(*other, fk, at, true, true);
    }
  }
  const bool backed = it->kind == ConstraintKind::PrimaryKey ||
                      it->kind == ConstraintKind::Unique || it->kind == ConstraintKind::Exclude;
  const auto pos = it - t.constraints.begin();
  unregister_constraint_name(t.schema, name);
  t.constraints.erase(t.constraints.begin() + pos);
  if (backed) {
    const auto ii = std::find_if(t.indexes.begin(), t.indexes.end(),
                                 [&](const Index& i) { return i.constraint == name; });
    if (ii != t.indexes.end()) {
      unregister_relation(t.schema, ii->name);
      t.indexes.erase(ii);
    }
  }
  t.hist.touch(at);
  for (Table* child : children_of(t)) {
    if (Constraint* ck = child->constraint(name); ck != nullptr && ck->inherited) {
      drop_constraint(*child, name, at, true, true);
    } else if (backed) {
      const std::string parent_name = t.schema + "." + name;
      std::string child_constraint;
      for (const Index& ci : child->indexes) {
        if (ci.parent() == parent_name && !ci.constraint.empty()) {
          child_constraint = ci.constraint;
        }
      }
      if (!child_constraint.empty()) {
        drop_constraint(*child, child_constraint, at, true, true);
      }
    }
  }
}

void Catalog::drop_index(Table& t, const std::string& name, const SourceRef& at) {
  const auto it = std::find_if(t.indexes.begin(), t.indexes.end(),
                               [&](const Index& i) { return i.name == name; });
  if (it == t.indexes.end()) {
    return;
  }
  if (!it->constraint.empty() && t.constraint(it->constraint) != nullptr) {
    // Only reachable through DROP INDEX; DROP COLUMN drops the constraint first.
    Problem p = about(t);
    p.index = name;
    problem(Problem::Kind::Semantic, at,
            "cannot drop index " + name + " because constraint " + it->constraint + " on table " +
                t.name + " requires it",
            p);
    return;
  }
  const std::string full = t.schema + "." + name;
  unregister_relation(t.schema, name);
  t.indexes.erase(it);
  t.hist.touch(at);
  for (Table* child : children_of(t)) {
    std::vector<std::string> attached;
    for (const Index& ci : child->indexes) {
      if (ci.parent() == full) {
        attached.emplace_back(ci.name);
      }
    }
    for (const std::string& n : attached) {
      drop_index(*child, n, at);
    }
  }
}

void Catalog::apply_drop(ir::Drop& s, const SourceRef& at) {
  for (ir::DropTarget& target : s.targets) {
    switch (s.kind) {
    case ir::ObjKind::Table:
    case ir::ObjKind::View:
    case ir::ObjKind::MatView:
    case ir::ObjKind::ForeignTable: {
      Table* t = lookup_table(target.name);
      if (t == nullptr) {
        if (!s.if_exists) {
          Problem p;
          p.schema = target.name.schema;
          p.table = target.name.name;
          pending("table", target.name, at,
                  std::string(ir::to_string(s.kind)) + " \"" + target.name.str() +
                      "\" does not exist",
                  p);
        }
        break;
      }
      drop_table(*t, at, s.cascade);
      break;
    }
    case ir::ObjKind::Index: {
      std::string index_name;
      Table* owner = lookup_relation_owner(target.name, &index_name);
      if (owner == nullptr || index_name.empty()) {
        if (!s.if_exists) {
          Problem p;
          p.index = target.name.name;
          problem(Problem::Kind::Undefined, at,
                  "index \"" + target.name.str() + "\" does not exist", p);
        }
        break;
      }
      drop_index(*owner, index_name, at);
      break;
    }
    case ir::ObjKind::Sequence: {
      const std::string schema =
          target.name.qualified() ? target.name.schema.string() : std::string();
      const auto it = std::find_if(sequences_.begin(), sequences_.end(), [&](const auto& q) {
        return q->name == target.name.name && (schema.empty() || q->schema == schema);
      });
      if (it != sequences_.end()) {
        unregister_relation((*it)->schema, (*it)->name);
        sequences_.erase(it);
      }
      break;
    }
    case ir::ObjKind::Type:
    case ir::ObjKind::Domain: {
      Type* ty = lookup_type(target.name);
      if (ty == nullptr) {
        if (!s.if_exists) {
          Problem p;
          p.type = target.name.name;
          problem(Problem::Kind::Undefined, at, "type \"" + target.name.str() + "\" does not exist",
                  p);
        }
        break;
      }
      type_map_.erase(QualName{ty->schema, ty->name});
      std::erase_if(types_, [&](const std::unique_ptr<Type>& x) { return x.get() == ty; });
      break;
    }
    case ir::ObjKind::Schema: {
      const std::string name(target.name.name);
      const auto it = std::find_if(schemas_.begin(), schemas_.end(),
                                   [&](const auto& x) { return x->name == name; });
      if (it == schemas_.end()) {
        if (!s.if_exists) {
          Problem p;
          p.schema = name;
          problem(Problem::Kind::Undefined, at, "schema \"" + name + "\" does not exist", p);
        }
        break;
      }
      const bool empty = std::none_of(tables_.begin(), tables_.end(), [&](const auto& t) {
        return t->schema == name && dropped_tables_.count(t.get()) == 0;
      });
      if (!empty && !s.cascade) {
        Problem p;
        p.schema = name;
        problem(Problem::Kind::Semantic, at,
                "cannot drop schema " + name + " because other objects depend on it (use CASCADE)",
                p);
        break;
      }
      for (const auto& t : tables_) {
        if (t->schema == name && dropped_tables_.count(t.get()) == 0) {
          drop_table(*t, at, true);
        }
      }
      std::erase_if(types_, [&](const std::unique_ptr<Type>& x) {
        if (x->schema == name) {
          type_map_.erase(QualName{x->schema, x->name});
          return true;
        }
        return false;
      });
      std::erase_if(functions_, [&](const auto& f) { return f->schema == name; });
      schemas_.erase(std::find_if(schemas_.begin(), schemas_.end(),
                                  [&](const auto& x) { return x->name == name; }));
      break;
    }
    case ir::ObjKind::Function:
    case ir::ObjKind::Procedure:
    case ir::ObjKind::Aggregate: {
      const auto before = functions_.size();
      std::erase_if(functions_, [&](const std::unique_ptr<Function>& f) {
        if (f->name != target.name.name) {
          return false;
        }
        if (target.name.qualified() && f->schema != target.name.schema) {
          return false;
        }
        if (target.has_args) {
          if (f->arg_types.size() != target.args.size()) {
            return false;
          }
          for (std::size_t i = 0; i < target.args.size(); ++i) {
            if (f->arg_types[i].name != target.args[i].name) {
              return false;
            }
          }
        }
        return true;
      });
      if (before == functions_.size() && !s.if_exists && s.kind != ir::ObjKind::Aggregate) {
        Problem p;
        p.function = target.name.name;
        pending("function", target.name, at,
                "function \"" + target.name.str() + "\" does not exist", p);
      }
      break;
    }
    case ir::ObjKind::Policy: {
      Table* t = require_table(target.name, at, s.if_exists, [&]() -> std::string {
        return "relation \"" + target.name.str() + "\" does not exist";
      });
      if (t == nullptr) {
        break;
      }
      const auto before = t->policies.size();
      std::erase_if(t->policies, [&](const Policy& p) { return p.name == target.member; });
      if (before == t->policies.size()) {
        if (!s.if_exists) {
          Problem p = about(*t);
          problem(Problem::Kind::Undefined, at,
                  "policy \"" + target.member + "\" for table \"" + t->name + "\" does not exist",
                  p);
        }
      } else {
        t->hist.touch(at);
        t->rare.mut().dropped_policies.emplace_back(target.member, at);
      }
      break;
    }
    case ir::ObjKind::Trigger: {
      Table* t = require_table(target.name, at, s.if_exists, [&]() -> std::string {
        return "relation \"" + target.name.str() + "\" does not exist";
      });
      if (t != nullptr) {
        std::erase_if(t->rare.mut().triggers,
                      [&](const Trigger& tr) { return tr.name == target.member; });
      }
      break;
    }
    case ir::ObjKind::Extension:
      std::erase_if(extensions_, [&](const auto& e) { return e->name == target.name.name; });
      break;
    default:
      break;
    }
  }
}

void Catalog::rename_column(Table& t, const std::string& from, const std::string& to,
                            const SourceRef& at) {
  Column* col = t.column(from);
  if (col == nullptr) {
    if (t.columns_unknown) {
      return;
    }
    problem(Problem::Kind::Undefined, at,
            "column \"" + from + "\" of relation \"" + t.name + "\" does not exist",
            about(t, from));
    return;
  }
  if (t.column(to) != nullptr) {
    problem(Problem::Kind::Semantic, at,
            "column \"" + to + "\" of relation \"" + t.name + "\" already exists", about(t, to));
    return;
  }
  col->name = to;
  col->hist.touch(at);
  for (Constraint& k : t.constraints) {
    rename_in(k.columns, from, to);
    if (!k.include().empty()) {
      rename_in(k.mut().include, from, to);
    }
    if (k.kind == ConstraintKind::Check && k.rare.has_value()) {
      rename_in(k.mut().expr, t.name, from, to);
    }
  }
  for (Index& i : t.indexes) {
    for (IndexKey& key : i.keys) {
      if (key.column == from) {
        key.column = to;
      }
      if (key.is_expression()) {
        rename_in(key.rare.mut().expr_columns, from, to);
        rename_in(key.rare.mut().expr, t.name, from, to);
      }
    }
    if (!i.include().empty()) {
      rename_in(i.mut().include, from, to);
    }
    if (i.has_predicate) {
      rename_in(i.mut().predicate_columns, from, to);
      rename_in(i.mut().predicate, t.name, from, to);
    }
  }
  for (Policy& p : t.policies) {
    rename_in(p.using_expr, t.name, from, to);
    rename_in(p.check_expr, t.name, from, to);
  }
  // FKs anywhere that reference this column (including self-references).
  for (const auto& other : tables_) {
    for (Constraint& k : other->constraints) {
      if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved.schema == t.schema &&
          k.ref_resolved.name == t.name) {
        rename_in(k.ref_columns, from, to);
        rename_in(k.ref_columns_resolved, from, to);
      }
    }
  }
  for (const auto& s : sequences_) {
    if (s->owned_table && *s->owned_table == t.qname() && s->owned_column == from) {
      s->owned_column = to;
    }
  }
  t.hist.touch(at);
  for (Table* child : children_of(t)) {
    if (Column* cc = child->column(from); cc != nullptr && cc->inherited) {
      rename_column(*child, from, to, at);
    }
  }
}

// References by name to a relation that was renamed or moved to another schema: FK targets,
// partition parents, INHERITS parents and the relations views read.
void Catalog::retarget_relation(const QualName& old, const QualName& now) {
  for (const auto& other : tables_) {
    for (Constraint& k : other->constraints) {
      if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved == old) {
        k.ref_resolved = now;
      }
    }
    if (other->rare->partition_of && *other->rare->partition_of == old) {
      other->rare.mut().partition_of = now;
    }
    if (!other->rare.has_value()) {
      continue; // no partition, inheritance or view reads to retarget
    }
    for (QualName& p : other->rare.mut().inherits) {
      if (p == old) {
        p = now;
      }
    }
    for (QualName& r : other->rare.mut().reads) {
      if (r == old) {
        r = now;
      }
    }
  }
}

void Catalog::rename_relation(Table& t, const std::string& to, const SourceRef& at) {
  if (relation_name_taken(t.schema, to)) {
    problem(Problem::Kind::Semantic, at, "relation \"" + to + "\" already exists", about(t));
    return;
  }
  const QualName old = t.qname();
  unregister_relation(t.schema, t.name);
  t.name = to;
  register_relation(t.schema, to, &t, 'r');
  const QualName now = t.qname();
  retarget_relation(old, now);
  for (Index& i : t.indexes) {
    i.table = now;
  }
  for (const auto& s : sequences_) {
    if (s->owned_table && *s->owned_table == old) {
      s->owned_table = now;
    }
  }
  t.hist.touch(at);
}

void Catalog::apply_rename(ir::Rename& s, const SourceRef& at) {
  switch (s.kind) {
  case ir::ObjKind::Table:
  case ir::ObjKind::View:
  case ir::ObjKind::MatView:
  case ir::ObjKind::ForeignTable: {
    Table* t = require_table(s.target, at, s.if_exists, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t != nullptr) {
      rename_relation(*t, s.new_name, at);
    }
    break;
  }
  case ir::ObjKind::Column: {
    Table* t = lookup_table(s.target);
    if (t == nullptr) {
      if (Type* ty = lookup_type(s.target); ty != nullptr && ty->kind == TypeKind::Composite) {
        for (Column& a : ty->attributes) {
          if (a.name == s.member) {
            a.name = s.new_name;
          }
        }
        break;
      }
      if (!s.if_exists) {
        require_table(s.target, at, false, [&]() -> std::string {
          return "relation \"" + s.target.str() + "\" does not exist";
        });
      }
      break;
    }
    rename_column(*t, s.member, s.new_name, at);
    break;
  }
  case ir::ObjKind::Constraint: {
    Table* t = require_table(s.target, at, s.if_exists, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t == nullptr) {
      break;
    }
    Constraint* k = t->constraint(s.member);
    if (k == nullptr) {
      Problem p = about(*t);
      p.constraint = s.member;
      problem(Problem::Kind::Undefined, at,
              "constraint \"" + s.member + "\" of relation \"" + t->name + "\" does not exist", p);
      break;
    }
    unregister_constraint_name(t->schema, k->name);
    k->name = s.new_name;
    k->name_generated = false;
    k->hist.touch(at);
    register_constraint_name(t->schema, k->name);
    for (Index& i : t->indexes) {
      if (i.constraint == s.member) {
        unregister_relation(t->schema, i.name);
        i.name = s.new_name;
        i.constraint = s.new_name;
        i.name_generated = false;
        register_relation(t->schema, i.name, t, 'i');
      }
    }
    t->hist.touch(at);
    break;
  }
  case ir::ObjKind::Index: {
    std::string index_name;
    Table* owner = lookup_relation_owner(s.target, &index_name);
    if (owner == nullptr || index_name.empty()) {
      if (!s.if_exists) {
        Problem p;
        p.index = s.target.name;
        problem(Problem::Kind::Undefined, at, "index \"" + s.target.str() + "\" does not exist", p);
      }
      break;
    }
    if (relation_name_taken(owner->schema, s.new_name)) {
      problem(Problem::Kind::Semantic, at, "relation \"" + s.new_name + "\" already exists",
              about(*owner));
      break;
    }
    const std::string old_full = owner->schema + "." + index_name;
    for (Index& i : owner->indexes) {
      if (i.name != index_name) {
        continue;
      }
      unregister_relation(owner->schema, i.name);
      i.name = s.new_name;
      i.name_generated = false;
      i.hist.touch(at);
      register_relation(owner->schema, i.name, owner, 'i');
      if (!i.constraint.empty()) {
        // Renaming a constraint's index renames the constraint too.
        if (Constraint* k = owner->constraint(i.constraint)) {
          unregister_constraint_name(owner->schema, k->name);
          k->name = s.new_name;
          k->name_generated = false;
          register_constraint_name(owner->schema, k->name);
        }
        i.constraint = s.new_name;
      }
    }
    for (const auto& other : tables_) {
      for (Index& ci : other->indexes) {
        if (ci.parent() == old_full) {
          ci.mut().parent = owner->schema + "." + s.new_name;
        }
      }
    }
    owner->hist.touch(at);
    break;
  }
  case ir::ObjKind::Sequence:
    for (const auto& q : sequences_) {
      if (q->name == s.target.name && (!s.target.qualified() || q->schema == s.target.schema)) {
        unregister_relation(q->schema, q->name);
        q->name = s.new_name;
        register_relation(q->schema, q->name, nullptr, 'S');
        break;
      }
    }
    break;
  case ir::ObjKind::Schema: {
    const auto it = std::find_if(schemas_.begin(), schemas_.end(),
                                 [&](const auto& x) { return x->name == s.target.name; });
    if (it == schemas_.end()) {
      Problem p;
      p.schema = s.target.name;
      problem(Problem::Kind::Undefined, at, "schema \"" + s.target.name + "\" does not exist", p);
      break;
    }
    const std::string old = (*it)->name;
    (*it)->name = s.new_name;
    (*it)->hist.touch(at);
    // Move everything that lives in the schema.
    std::vector<QualName> no_reads;
    for (const auto& t : tables_) {
      if (t->schema == old && dropped_tables_.count(t.get()) == 0) {
        unregister_relation(old, t->name);
        for (Index& i : t->indexes) {
          unregister_relation(old, i.name);
          i.schema = s.new_name;
          i.table.schema = s.new_name;
          register_relation(s.new_name, i.name, t.get(), 'i');
        }
        t->schema = s.new_name;
        register_relation(s.new_name, t->name, t.get(), 'r');
      }
      for (Constraint& k : t->constraints) {
        if (k.ref_resolved.schema == old) {
          k.ref_resolved.schema = s.new_name;
        }
      }
      if (t->rare->partition_of && t->rare->partition_of->schema == old) {
        t->rare.mut().partition_of->schema = s.new_name;
      }
      for (QualName& r : t->rare.has_value() ? t->rare.mut().reads : no_reads) {
        if (r.schema == old) {
          r.schema = s.new_name;
        }
      }
    }
    for (const auto& ty : types_) {
      if (ty->schema == old) {
        type_map_.erase(QualName{old, ty->name});
        ty->schema = s.new_name;
        type_map_[QualName{s.new_name, ty->name}] = ty.get();
      }
    }
    for (const auto& f : functions_) {
      if (f->schema == old) {
        f->schema = s.new_name;
      }
    }
    break;
  }
  case ir::ObjKind::Type:
  case ir::ObjKind::Domain: {
    Type* ty = lookup_type(s.target);
    if (ty == nullptr) {
      Problem p;
      p.type = s.target.name;
      problem(Problem::Kind::Undefined, at, "type \"" + s.target.str() + "\" does not exist", p);
      break;
    }
    type_map_.erase(QualName{ty->schema, ty->name});
    const std::string old(ty->name);
    ty->name = s.new_name;
    ty->hist.touch(at);
    type_map_[QualName{ty->schema, ty->name}] = ty;
    for (const auto& t : tables_) {
      for (Column& c : t->columns) {
        if (!c.type.builtin && c.type.schema == ty->schema && c.type.name == old) {
          c.type.name = s.new_name;
        }
      }
    }
    break;
  }
  case ir::ObjKind::Policy: {
    Table* t = require_table(s.target, at, s.if_exists, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t == nullptr) {
      break;
    }
    bool found = false;
    for (Policy& p : t->policies) {
      if (p.name == s.member) {
        p.name = s.new_name;
        p.hist.touch(at);
        found = true;
      }
    }
    if (!found) {
      problem(Problem::Kind::Undefined, at,
              "policy \"" + s.member + "\" for table \"" + t->name + "\" does not exist",
              about(*t));
    }
    break;
  }
  case ir::ObjKind::Trigger: {
    Table* t = lookup_table(s.target);
    if (t != nullptr) {
      std::vector<Trigger> no_triggers;
      for (Trigger& tr : t->rare.has_value() ? t->rare.mut().triggers : no_triggers) {
        if (tr.name == s.member) {
          tr.name = s.new_name;
          tr.hist.touch(at);
        }
      }
    }
    break;
  }
  case ir::ObjKind::Function:
  case ir::ObjKind::Procedure:
    for (const auto& f : functions_) {
      if (f->name == s.target.name && (!s.target.qualified() || f->schema == s.target.schema)) {
        f->name = s.new_name;
        f->hist.touch(at);
      }
    }
    break;
  default:
    break;
  }
}

void Catalog::apply_set_schema(ir::SetSchema& s, const SourceRef& at) {
  if (!schema_exists(s.new_schema)) {
    Problem p;
    p.schema = s.new_schema;
    pending("schema", QualName{"", s.new_schema}, at,
            "schema \"" + s.new_schema + "\" does not exist", p);
    return;
  }
  switch (s.kind) {
  case ir::ObjKind::Table:
  case ir::ObjKind::View:
  case ir::ObjKind::MatView:
  case ir::ObjKind::ForeignTable: {
    Table* t = require_table(s.target, at, s.if_exists, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t == nullptr) {
      break;
    }
    if (relation_name_taken(s.new_schema, t->name)) {
      problem(Problem::Kind::Semantic, at,
              "relation \"" + t->name + "\" already exists in schema \"" + s.new_schema + "\"",
              about(*t));
      break;
    }
    const QualName old = t->qname();
    unregister_relation(t->schema, t->name);
    for (Index& i : t->indexes) {
      unregister_relation(t->schema, i.name);
      i.schema = s.new_schema;
      i.table.schema = s.new_schema;
      register_relation(s.new_schema, i.name, t, 'i');
    }
    for (const Constraint& k : t->constraints) {
      unregister_constraint_name(t->schema, k.name);
      register_constraint_name(s.new_schema, k.name);
    }
    t->schema = s.new_schema;
    register_relation(t->schema, t->name, t, 'r');
    const QualName now = t->qname();
    retarget_relation(old, now);
    t->hist.touch(at);
    break;
  }
  case ir::ObjKind::Type:
  case ir::ObjKind::Domain: {
    Type* ty = lookup_type(s.target);
    if (ty == nullptr) {
      if (!s.if_exists) {
        Problem p;
        p.type = s.target.name;
        problem(Problem::Kind::Undefined, at, "type \"" + s.target.str() + "\" does not exist", p);
      }
      break;
    }
    const std::string old(ty->schema);
    type_map_.erase(QualName{ty->schema, ty->name});
    ty->schema = s.new_schema;
    type_map_[QualName{ty->schema, ty->name}] = ty;
    ty->hist.touch(at);
    for (const auto& t : tables_) {
      for (Column& c : t->columns) {
        if (!c.type.builtin && c.type.schema == old && c.type.name == ty->name) {
          c.type.schema = s.new_schema;
        }
      }
    }
    break;
  }
  case ir::ObjKind::Function:
  case ir::ObjKind::Procedure:
    for (const auto& f : functions_) {
      if (f->name == s.target.name && (!s.target.qualified() || f->schema == s.target.schema)) {
        f->schema = s.new_schema;
        f->hist.touch(at);
      }
    }
    break;
  case ir::ObjKind::Sequence:
    for (const auto& q : sequences_) {
      if (q->name == s.target.name && (!s.target.qualified() || q->schema == s.target.schema)) {
        unregister_relation(q->schema, q->name);
        q->schema = s.new_schema;
        register_relation(q->schema, q->name, nullptr, 'S');
      }
    }
    break;
  default:
    break;
  }
}

} // namespace ddlint::catalog
