// CREATE TABLE / VIEW / INDEX, columns, constraints, partitions and inheritance.
#include "catalog/catalog.h"
#include "catalog/naming.h"
#include "ir/expr_sql.h"

#include <algorithm>

namespace ddlint::catalog {
namespace {

TableKind table_kind(ir::RelKind k) {
  switch (k) {
  case ir::RelKind::Partitioned:
    return TableKind::Partitioned;
  case ir::RelKind::View:
    return TableKind::View;
  case ir::RelKind::MatView:
    return TableKind::MatView;
  case ir::RelKind::Foreign:
    return TableKind::Foreign;
  default:
    return TableKind::Table;
  }
}

bool same_set(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

// Two indexes PostgreSQL would consider interchangeable when attaching partitions.
bool equivalent(const Index& a, const Index& b) {
  if (a.unique != b.unique || a.method != b.method || a.keys.size() != b.keys.size() ||
      a.has_predicate != b.has_predicate || a.include() != b.include()) {
    return false;
  }
  for (std::size_t i = 0; i < a.keys.size(); ++i) {
    if (a.keys[i].column != b.keys[i].column || a.keys[i].expr_text() != b.keys[i].expr_text()) {
      return false;
    }
  }
  return !a.has_predicate || a.predicate_text() == b.predicate_text();
}

bool index_kind(const ConstraintDef& c) {
  return c.kind == ConstraintKind::PrimaryKey || c.kind == ConstraintKind::Unique ||
         c.kind == ConstraintKind::Exclude;
}

// PostgreSQL's transformIndexConstraints: within one CREATE TABLE, a PRIMARY KEY / UNIQUE /
// EXCLUDE that builds the same index as an earlier one (the primary key first) is dropped
// (`id int UNIQUE PRIMARY KEY`, `UNIQUE (id), PRIMARY KEY (id)`); when the kept one has no name,
// it takes the dropped one's.
void drop_repeated_index_constraints(std::vector<ConstraintDef>& cs) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (cs[i].kind == ConstraintKind::PrimaryKey && cs[i].using_index().empty()) {
      kept.push_back(i);
      break;
    }
  }
  std::vector<bool> drop(cs.size(), false);
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const ConstraintDef& c = cs[i];
    // A second PRIMARY KEY is an error PostgreSQL reports (add_constraint does too).
    if (!index_kind(c) || c.kind == ConstraintKind::PrimaryKey || !c.using_index().empty()) {
      continue;
    }
    bool repeated = false;
    for (const std::size_t k : kept) {
      ConstraintDef& prior = cs[k];
      const bool same_method = (c.kind == ConstraintKind::Exclude ? c.method() : "btree") ==
                               (prior.kind == ConstraintKind::Exclude ? prior.method() : "btree");
      if (c.columns == prior.columns && c.include() == prior.include() && same_method &&
          c.exclude_ops() == prior.exclude_ops() && !c.has_where && !prior.has_where &&
          c.nulls_not_distinct == prior.nulls_not_distinct && c.deferrable == prior.deferrable &&
          c.initially_deferred == prior.initially_deferred) {
        if (prior.name.empty()) {
          prior.name = c.name;
        }
        repeated = true;
        break;
      }
    }
    if (repeated) {
      drop[i] = true;
    } else {
      kept.push_back(i);
    }
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (!drop[i]) {
      if (w != i) {
        cs[w] = std::move(cs[i]);
      }
      ++w;
    }
  }
  cs.resize(w);
}

// Broad comparison classes of built-in types: keys of different classes have no equality
// operator. nullptr for types not classified here (user types, domains, arrays): not judged.
const char* type_category(const TypeRef& t) {
  if (!t.builtin || t.array_dims != 0) {
    return nullptr;
  }
  static const std::pair<std::string_view, const char*> kClasses[] = {
      {"int2", "number"},      {"int4", "number"},        {"int8", "number"},
      {"numeric", "number"},   {"float4", "number"},      {"float8", "number"},
      {"text", "string"},      {"varchar", "string"},     {"bpchar", "string"},
      {"name", "string"},      {"uuid", "uuid"},          {"bool", "bool"},
      {"date", "datetime"},    {"timestamp", "datetime"}, {"timestamptz", "datetime"},
      {"bytea", "bytea"},      {"inet", "network"},       {"cidr", "network"},
      {"interval", "interval"}};
  for (const auto& [name, cls] : kClasses) {
    if (t.name == name) {
      return cls;
    }
  }
  return nullptr;
}

// Numbers: PostgreSQL needs an equality operator of the referenced key's btree family (integer
// types among themselves, float4/float8, numeric), or an implicit cast of the referencing type
// to the referenced one (integer → numeric → float). numeric → int8, float8 → numeric and
// float4 → int8 are refused ("cannot be implemented"); int4 → numeric, int2 → float8 are not.
bool number_key_accepted(const TypeRef& fk, const TypeRef& ref) {
  auto rank = [](std::string_view n) {
    if (n == "int2" || n == "int4" || n == "int8") {
      return 0;
    }
    return n == "numeric" ? 1 : n == "float4" || n == "float8" ? 2 : -1;
  };
  const int f = rank(fk.name);
  const int r = rank(ref.name);
  return f < 0 || r < 0 || f <= r;
}

Problem about(const Table& t, std::string_view column = {}) {
  Problem p;
  p.schema = t.schema;
  p.table = t.name;
  p.column = column;
  return p;
}

} // namespace

Table* Catalog::new_table(const QualName& q, TableKind kind, const SourceRef& at,
                          bool if_not_exists, bool* skipped) {
  *skipped = false;
  const std::string schema = creation_schema(q, at);
  if (relation_name_taken(schema, q.name)) {
    *skipped = true;
    if (!if_not_exists) {
      Problem p;
      p.schema = schema;
      p.table = q.name;
      problem(Problem::Kind::Semantic, at, "relation \"" + q.name + "\" already exists", p);
    }
    return nullptr;
  }
  auto t = std::make_unique<Table>();
  t->schema = schema;
  t->name = q.name;
  t->kind = kind;
  t->hist.created = at;
  Table* raw = t.get();
  register_relation(schema, q.name, raw, 'r');
  tables_.push_back(std::move(t));
  return raw;
}

bool Catalog::add_column(Table& t, ColumnDef&& c, const SourceRef& at, bool if_not_exists) {
  if (Column* existing = t.column(c.name)) {
    if (existing->inherited) {
      // Merge with the inherited definition (PARTITION OF ... (col WITH OPTIONS ...), INHERITS).
      existing->not_null = existing->not_null || c.not_null;
      if (c.has_default) {
        existing->has_default = true;
        existing->default_expr = std::move(c.default_expr);
        existing->default_text = std::move(c.default_text);
      }
      existing->hist.touch(at);
      return true;
    }
    if (!if_not_exists) {
      problem(Problem::Kind::Semantic, c.loc.valid() ? c.loc : at,
              "column \"" + c.name + "\" of relation \"" + t.name + "\" specified more than once",
              about(t, c.name));
    }
    return false;
  }
  resolve_type(c.type, c.loc.valid() ? c.loc : at, [&]() -> std::string {
    return "type \"" + c.type.display() + "\" of column " + t.name + "." + c.name +
           " does not exist";
  });
  if (c.serial != Serial::None) {
    c.not_null = true;
    c.has_default = true;
    const std::string seq = choose_relation_name(t.schema, t.name, c.name, "seq", false);
    Expr cast;
    cast.kind = Expr::Kind::Cast;
    cast.name = "regclass";
    Expr lit;
    lit.kind = Expr::Kind::Const;
    lit.flag = Expr::kString;
    lit.name = seq;
    cast.args.push_back(std::move(lit));
    Expr& def = c.default_expr.mut();
    def = Expr{};
    def.kind = Expr::Kind::Func;
    def.name = "nextval";
    def.args.push_back(std::move(cast));
    c.default_text = to_sql(def);
    auto s = std::make_unique<Sequence>();
    s->schema = t.schema;
    s->name = seq;
    s->owned_table = t.qname();
    s->owned_column = c.name;
    s->hist.created = at;
    register_relation(t.schema, seq, nullptr, 'S');
    sequences_.push_back(std::move(s));
  }
  if (c.has_default && c.default_expr.has_value()) {
    c.default_expr = exprs_.share(c.default_text, std::move(c.default_expr));
  }
  Column col;
  static_cast<ColumnDef&>(col) = std::move(c);
  col.hist.created = at;
  append_to(t.columns, std::move(col));
  return true;
}

void Catalog::check_fk(Table& t, Constraint& k, const SourceRef& at) {
  const Table* ref = table(k.ref_resolved.schema, k.ref_resolved.name);
  if (ref == nullptr) {
    return;
  }
  Problem info = about(t, k.columns.empty() ? std::string() : k.columns.front().string());
  info.constraint = k.name;
  std::vector<std::string> ref_cols = k.ref_columns;
  if (ref_cols.empty()) {
    if (const Constraint* pk = ref->primary_key()) {
      ref_cols = pk->columns;
    } else {
      problem(Problem::Kind::Semantic, k.loc.valid() ? k.loc : at,
              "there is no primary key for referenced table \"" + ref->name + "\"", info);
      return;
    }
  }
  for (const std::string& rc : ref_cols) {
    if (ref->column(rc) == nullptr && !ref->columns_unknown) {
      problem(Problem::Kind::Semantic, k.loc.valid() ? k.loc : at,
              "column \"" + rc + "\" referenced in foreign key constraint does not exist", info);
      return;
    }
  }
  if (ref_cols.size() != k.columns.size()) {
    problem(Problem::Kind::Semantic, k.loc.valid() ? k.loc : at,
            "number of referencing and referenced columns for foreign key disagree", info);
    return;
  }
  const bool keyed = std::any_of(ref->constraints.begin(), ref->constraints.end(),
                                 [&](const Constraint& c) {
                                   return (c.kind == ConstraintKind::PrimaryKey ||
                                           c.kind == ConstraintKind::Unique) &&
                                          same_set(c.columns, ref_cols);
                                 }) ||
                     std::any_of(ref->indexes.begin(), ref->indexes.end(), [&](const Index& i) {
                       return i.unique && !i.has_predicate &&
                              same_set(i.column_names(), ref_cols) &&
                              std::none_of(i.keys.begin(), i.keys.end(),
                                           [](const IndexKey& key) { return key.is_expression(); });
                     });
  if (!keyed && !ref->columns_unknown) {
    problem(Problem::Kind::Semantic, k.loc.valid() ? k.loc : at,
            "there is no unique constraint matching given keys for referenced table \"" +
                ref->name + "\"",
            info);
    return;
  }
  // PostgreSQL needs an equality operator between the key types.
  for (std::size_t i = 0; i < k.columns.size(); ++i) {
    const Column* a = t.column(k.columns[i]);
    const Column* b = ref->column(ref_cols[i]);
    if (a == nullptr || b == nullptr) {
      continue;
    }
    const char* ca = type_category(a->type);
    const char* cb = type_category(b->type);
    if (ca != nullptr && cb != nullptr &&
        (std::string_view(ca) != cb || !number_key_accepted(a->type, b->type))) {
      k.key_types_incompatible = true;
      Problem p = info;
      p.column = k.columns[i];
      problem(Problem::Kind::Semantic, k.loc.valid() ? k.loc : at,
              "foreign key constraint cannot be implemented: key columns \"" + k.columns[i] +
                  "\" and \"" + ref_cols[i] + "\" are of incompatible types: " + a->type.display() +
                  " and " + b->type.display(),
              p);
      return;
    }
  }
}

void Catalog::add_index_for_constraint(Table& t, Constraint& k, const SourceRef& at) {
  Index idx;
  idx.name = k.name;
  idx.name_generated = k.name_generated;
  idx.schema = t.schema;
  idx.table = t.qname();
  idx.unique = k.kind != ConstraintKind::Exclude;
  idx.primary = k.kind == ConstraintKind::PrimaryKey;
  idx.nulls_not_distinct = k.nulls_not_distinct;
  idx.method = k.kind == ConstraintKind::Exclude ? k.method() : "btree";
  if (k.kind == ConstraintKind::Exclude && !k.exclude_elements().empty()) {
    idx.keys = k.exclude_elements();
  } else {
    for (const Atom col : k.columns) {
      IndexKey key;
      key.column = col;
      idx.keys.push_back(std::move(key));
    }
  }
  idx.set(&IndexDef::Rare::include, k.include());
  if (k.kind == ConstraintKind::Exclude && k.has_where) {
    idx.has_predicate = true;
    idx.mut().predicate = k.where();
    idx.mut().predicate_text = to_sql(k.where());
  }
  idx.constraint = k.name;
  idx.loc = k.loc;
  idx.hist.created = at;
  idx.valid = true;
  register_relation(t.schema, idx.name, &t, 'i');
  append_to(t.indexes, std::move(idx));
}

void Catalog::add_constraint(Table& t, ConstraintDef&& def, const SourceRef& at, bool recurse) {
  Constraint k;
  static_cast<ConstraintDef&>(k) = std::move(def);
  k.hist.created = at;
  const SourceRef where = k.loc.valid() ? k.loc : at;
  Problem info = about(t, k.columns.empty() ? std::string() : k.columns.front().string());
  info.constraint = k.name;

  // Referenced columns must exist.
  auto missing_column = [&](const std::vector<std::string>& cols, const char* what) -> bool {
    if (t.columns_unknown) {
      return false;
    }
    for (const std::string& c : cols) {
      if (t.column(c) == nullptr) {
        Problem p = info;
        p.column = c;
        problem(Problem::Kind::Semantic, where, "column \"" + c + "\" " + what + " does not exist",
                p);
        return true;
      }
    }
    return false;
  };
  switch (k.kind) {
  case ConstraintKind::PrimaryKey:
    if (t.primary_key() != nullptr) {
      problem(Problem::Kind::Semantic, where,
              "multiple primary keys for table \"" + t.name + "\" are not allowed", info);
      return;
    }
    if (missing_column(k.columns, "named in key") || missing_column(k.include(), "named in key")) {
      return;
    }
    for (const Atom c : k.columns) {
      if (Column* col = t.column(c)) {
        col->not_null = true;
      }
    }
    break;
  case ConstraintKind::Unique:
  case ConstraintKind::Exclude:
    if (missing_column(k.columns, "named in key") || missing_column(k.include(), "named in key")) {
      return;
    }
    break;
  case ConstraintKind::ForeignKey: {
    if (missing_column(k.columns, "referenced in foreign key constraint")) {
      return;
    }
    const bool self = !k.ref_table.qualified()
                          ? k.ref_table.name == t.name && lookup_table(k.ref_table) == &t
                          : (k.ref_table.schema == t.schema && k.ref_table.name == t.name);
    const Table* ref = self ? &t : lookup_table(k.ref_table);
    if (ref != nullptr) {
      k.ref_resolved = ref->qname();
    } else {
      k.ref_resolved = k.ref_table;
      if (!k.ref_resolved.qualified()) {
        k.ref_resolved.schema = search_path_.empty() ? "public" : search_path_.front();
      }
      Problem p = info;
      p.table = k.ref_table.name;
      p.schema = k.ref_table.schema;
      pending("table", k.ref_table, where,
              "relation \"" + k.ref_table.str() + "\" referenced by foreign key of " + t.name +
                  " does not exist",
              p);
    }
    break;
  }
  case ConstraintKind::Check:
    if (!t.columns_unknown) {
      for (const Atom c : k.columns) {
        if (t.column(c) == nullptr) {
          Problem p = info;
          p.column = c;
          problem(Problem::Kind::Semantic, where, "column \"" + c + "\" does not exist", p);
          return;
        }
      }
    }
    break;
  }

  // Name: as written, or as PostgreSQL would choose it.
  if (k.name.empty()) {
    k.name_generated = true;
    switch (k.kind) {
    case ConstraintKind::Check:
      k.name = choose_constraint_name(t.schema, t.name, k.columns.size() == 1 ? k.columns[0] : "",
                                      "check");
      break;
    case ConstraintKind::ForeignKey:
      k.name = choose_constraint_name(t.schema, t.name, name_addition(k.columns), "fkey");
      break;
    case ConstraintKind::PrimaryKey:
      k.name = choose_relation_name(t.schema, t.name, "", "pkey", true);
      break;
    case ConstraintKind::Unique:
      k.name = choose_relation_name(t.schema, t.name, name_addition(k.columns), "key", true);
      break;
    case ConstraintKind::Exclude:
      k.name = choose_relation_name(t.schema, t.name, name_addition(k.columns), "excl", true);
      break;
    }
  } else {
    if (t.constraint(k.name) != nullptr) {
      problem(Problem::Kind::Semantic, where,
              "constraint \"" + k.name + "\" for relation \"" + t.name + "\" already exists", info);
      return;
    }
    const bool needs_index = k.kind == ConstraintKind::PrimaryKey ||
                             k.kind == ConstraintKind::Unique || k.kind == ConstraintKind::Exclude;
    if (needs_index && k.using_index().empty() && relation_name_taken(t.schema, k.name)) {
      problem(Problem::Kind::Semantic, where, "relation \"" + k.name + "\" already exists", info);
      return;
    }
  }
  register_constraint_name(t.schema, k.name);

  if (k.kind == ConstraintKind::ForeignKey) {
    check_fk(t, k, at);
  }
  if (k.kind == ConstraintKind::PrimaryKey || k.kind == ConstraintKind::Unique ||
      k.kind == ConstraintKind::Exclude) {
    bool adopted = false;
    if (!k.using_index().empty()) {
      // ADD CONSTRAINT name PRIMARY KEY USING INDEX idx: the index is renamed to the constraint.
      for (Index& idx : t.indexes) {
        if (idx.name == k.using_index()) {
          unregister_relation(t.schema, idx.name);
          idx.name = k.name;
          idx.constraint = k.name;
          idx.primary = k.kind == ConstraintKind::PrimaryKey;
          idx.hist.touch(at);
          register_relation(t.schema, idx.name, &t, 'i');
          k.columns = idx.column_names();
          adopted = true;
          break;
        }
      }
      if (!adopted) {
        Problem p = info;
        p.index = k.using_index();
        problem(Problem::Kind::Undefined, where, "index \"" + k.using_index() + "\" does not exist",
                p);
      }
      if (k.kind == ConstraintKind::PrimaryKey) {
        for (const Atom c : k.columns) {
          if (Column* col = t.column(c)) {
            col->not_null = true;
          }
        }
      }
    }
    if (!adopted) {
      add_index_for_constraint(t, k, at);
    }
  }
  const std::string name(k.name);
  const ConstraintKind kind = k.kind;
  append_to(t.constraints, k);
  t.hist.touch(at);

  if (!recurse) {
    return;
  }
  for (Table* child : children_of(t)) {
    const bool partition = child->rare->partition_of.has_value();
    if (kind == ConstraintKind::Check && !k.no_inherit) {
      if (child->constraint(name) == nullptr) {
        Constraint copy = k;
        copy.inherited = true;
        copy.hist = History{};
        copy.hist.created = at;
        register_constraint_name(child->schema, copy.name);
        append_to(child->constraints, std::move(copy));
      }
    } else if (partition && kind == ConstraintKind::ForeignKey) {
      ConstraintDef copy = k;
      if (child->constraint(copy.name) != nullptr) {
        copy.name.clear();
      }
      add_constraint(*child, std::move(copy), at, true);
      if (Constraint* added = child->constraint(name)) {
        added->inherited = true;
      }
    } else if (partition && (kind == ConstraintKind::PrimaryKey || kind == ConstraintKind::Unique ||
                             kind == ConstraintKind::Exclude)) {
      ConstraintDef copy = k;
      copy.name.clear(); // the partition's constraint gets its own generated name
      copy.set(&ConstraintDef::Rare::using_index, std::string());
      add_constraint(*child, std::move(copy), at, true);
      if (!child->constraints.empty()) {
        child->constraints.back().inherited = true;
        const std::string parent_index = t.schema + "." + name;
        for (Index& idx : child->indexes) {
          if (idx.constraint == child->constraints.back().name) {
            idx.mut().parent = parent_index;
          }
        }
      }
    }
  }
}

void Catalog::add_index(Table& t, Index&& idx, const SourceRef& at, bool recurse) {
  Problem info = about(t);
  for (const IndexKey& k : idx.keys) {
    std::vector<std::string> cols =
        k.is_expression() ? k.expr_columns() : std::vector<std::string>{k.column.string()};
    for (const std::string& c : cols) {
      if (t.column(c) == nullptr && !t.columns_unknown) {
        Problem p = info;
        p.column = c;
        p.index = idx.name;
        problem(Problem::Kind::Semantic, idx.loc.valid() ? idx.loc : at,
                "column \"" + c + "\" named in index does not exist", p);
        return;
      }
    }
  }
  std::vector<std::string> more = idx.include();
  more.insert(more.end(), idx.predicate_columns().begin(), idx.predicate_columns().end());
  for (const std::string& c : more) {
    if (t.column(c) == nullptr && !t.columns_unknown) {
      Problem p = info;
      p.column = c;
      problem(Problem::Kind::Semantic, idx.loc.valid() ? idx.loc : at,
              "column \"" + c + "\" named in index does not exist", p);
      return;
    }
  }
  idx.schema = t.schema;
  idx.table = t.qname();
  if (idx.name.empty()) {
    idx.name_generated = true;
    idx.name = choose_relation_name(t.schema, t.name, name_addition(index_column_names(idx.keys)),
                                    "idx", false);
  } else if (relation_name_taken(t.schema, idx.name)) {
    if (!idx.if_not_exists) {
      Problem p = info;
      p.index = idx.name;
      problem(Problem::Kind::Semantic, idx.loc.valid() ? idx.loc : at,
              "relation \"" + idx.name + "\" already exists", p);
    }
    return;
  }
  idx.hist.created = at;
  // ON ONLY leaves the index invalid until every partition has one attached; with no
  // partitions yet there is nothing to wait for (DefineIndex).
  idx.valid = !(t.kind == TableKind::Partitioned && idx.only && !partitions(t).empty());
  register_relation(t.schema, idx.name, &t, 'i');
  const std::string parent_name = t.schema + "." + idx.name;
  Index proto = idx;
  append_to(t.indexes, std::move(idx));
  t.hist.touch(at);
  if (!recurse || t.kind != TableKind::Partitioned || proto.only) {
    return;
  }
  for (Table* child : children_of(t)) {
    if (!child->rare->partition_of) {
      continue;
    }
    bool attached = false;
    for (Index& ci : child->indexes) {
      if (ci.parent().empty() && ci.constraint.empty() && equivalent(ci, proto)) {
        ci.mut().parent = parent_name;
        attached = true;
        break;
      }
    }
    if (!attached) {
      Index copy = proto;
      copy.name.clear();
      copy.only = false;
      copy.hist = History{};
      add_index(*child, std::move(copy), at, true);
      if (!child->indexes.empty()) {
        child->indexes.back().mut().parent = parent_name;
      }
    }
  }
}

void Catalog::clone_to_partition(const Table& parent, Table& child, const SourceRef& at) {
  // Indexes first (PostgreSQL clones them in DefineRelation / ATTACH), then FKs and CHECKs.
  for (const Index& pi : parent.indexes) {
    const std::string parent_name = parent.schema + "." + pi.name;
    bool attached = false;
    for (Index& ci : child.indexes) {
      if (ci.parent().empty() && equivalent(ci, pi) &&
          (ci.constraint.empty() == pi.constraint.empty())) {
        ci.mut().parent = parent_name;
        attached = true;
        break;
      }
    }
    if (attached) {
      continue;
    }
    if (!pi.constraint.empty()) {
      const Constraint* pc = parent.constraint(pi.constraint);
      if (pc == nullptr) {
        continue;
      }
      ConstraintDef copy = *pc;
      copy.name.clear();
      copy.set(&ConstraintDef::Rare::using_index, std::string());
      add_constraint(child, std::move(copy), at, true);
      if (!child.constraints.empty()) {
        child.constraints.back().inherited = true;
        for (Index& ci : child.indexes) {
          if (ci.constraint == child.constraints.back().name) {
            ci.mut().parent = parent_name;
          }
        }
      }
    } else {
      Index copy = pi;
      copy.name.clear();
      copy.only = false;
      copy.hist = History{};
      add_index(child, std::move(copy), at, true);
      if (!child.indexes.empty()) {
        child.indexes.back().mut().parent = parent_name;
      }
    }
  }
  for (const Constraint& pc : parent.constraints) {
    if (pc.kind == ConstraintKind::Check) {
      if (Constraint* own = child.constraint(pc.name);
          own != nullptr && own->kind == ConstraintKind::Check && !pc.no_inherit) {
        own->inherited = true; // merged with the parent's (MergeConstraintsIntoExisting)
      } else if (own == nullptr && !pc.no_inherit) {
        Constraint copy = pc;
        copy.inherited = true;
        copy.hist = History{};
        copy.hist.created = at;
        register_constraint_name(child.schema, copy.name);
        append_to(child.constraints, std::move(copy));
      }
    } else if (pc.kind == ConstraintKind::ForeignKey) {
      const bool exists =
          std::any_of(child.constraints.begin(), child.constraints.end(), [&](const Constraint& c) {
            return c.kind == ConstraintKind::ForeignKey && c.columns == pc.columns &&
                   c.ref_resolved == pc.ref_resolved && c.ref_columns == pc.ref_columns;
          });
      if (!exists) {
        ConstraintDef copy = pc;
        if (child.constraint(copy.name) != nullptr) {
          copy.name.clear();
        }
        add_constraint(child, std::move(copy), at, true);
        if (!child.constraints.empty()) {
          child.constraints.back().inherited = true;
        }
      }
    }
  }
}

void Catalog::attach_partition(Table& parent, Table& child, const std::string& bound,
                               const SourceRef& at) {
  if (child.rare->partition_of) {
    problem(Problem::Kind::Semantic, at, "\"" + child.name + "\" is already a partition",
            about(child));
    return;
  }
  if (parent.kind != TableKind::Partitioned) {
    problem(Problem::Kind::Semantic, at, "table \"" + parent.name + "\" is not partitioned",
            about(parent));
    return;
  }
  child.rare.mut().partition_of = parent.qname();
  child.rare.mut().partition_bound = bound;
  for (Column& c : child.columns) {
    if (parent.column(c.name) != nullptr) {
      c.inherited = true;
    }
  }
  link_child(parent, child);
  clone_to_partition(parent, child, at);
  child.hist.touch(at);
  parent.hist.touch(at);
}

void Catalog::apply_create_table(ir::CreateTable& s, const SourceRef& at) {
  bool skipped = false;
  Table* t = new_table(s.name, table_kind(s.kind), at, s.if_not_exists, &skipped);
  if (t == nullptr) {
    return;
  }
  t->unlogged = s.unlogged;
  t->temporary = s.temporary;
  t->columns_unknown = s.columns_unknown;
  if (!s.partition_strategy.empty() || !s.partition_keys.empty()) {
    t->rare.mut().partition_strategy = std::move(s.partition_strategy);
    t->rare.mut().partition_keys = std::move(s.partition_keys);
  }

  auto inherit_columns = [&](const Table& from, bool with_defaults) {
    for (const Column& pc : from.columns) {
      if (Column* existing = t->column(pc.name)) {
        existing->not_null = existing->not_null || pc.not_null;
        continue;
      }
      Column c = pc;
      c.inherited = true;
      c.hist = History{};
      c.hist.created = at;
      c.set_comment({});
      if (!with_defaults) {
        c.has_default = false;
        c.default_expr = Expr{};
        c.default_text.clear();
        c.identity = Identity::None;
      }
      c.serial = Serial::None;
      append_to(t->columns, std::move(c));
    }
  };

  Table* parent = nullptr;
  if (s.partition_of) {
    parent = require_table(*s.partition_of, at, false, [&]() -> std::string {
      return "partitioned table \"" + s.partition_of->str() + "\" does not exist";
    });
    if (parent != nullptr) {
      t->rare.mut().partition_of = parent->qname();
      inherit_columns(*parent, true);
      link_child(*parent, *t);
    } else {
      t->rare.mut().partition_of = *s.partition_of;
    }
    t->rare.mut().partition_bound = std::move(s.partition_bound);
  }
  for (const QualName& pq : s.inherits) {
    Table* p = require_table(pq, at, false, [&]() -> std::string {
      return "relation \"" + pq.str() + "\" does not exist";
    });
    if (p == nullptr) {
      t->rare.mut().inherits.push_back(pq);
      continue;
    }
    t->rare.mut().inherits.push_back(p->qname());
    inherit_columns(*p, true);
    for (const Constraint& pc : p->constraints) {
      if (pc.kind == ConstraintKind::Check && !pc.no_inherit && t->constraint(pc.name) == nullptr) {
        Constraint copy = pc;
        copy.inherited = true;
        copy.hist = History{};
        copy.hist.created = at;
        register_constraint_name(t->schema, copy.name);
        append_to(t->constraints, std::move(copy));
      }
    }
    link_child(*p, *t);
  }
  std::vector<ConstraintDef> like_constraints;
  std::vector<Index> like_indexes;
  for (const ir::LikeClause& like : s.likes) {
    Table* src = require_table(like.source, at, false, [&]() -> std::string {
      return "relation \"" + like.source.str() + "\" does not exist";
    });
    if (src == nullptr) {
      continue;
    }
    for (const Column& sc : src->columns) {
      if (t->column(sc.name) != nullptr) {
        continue;
      }
      Column c = sc;
      c.inherited = false;
      c.hist = History{};
      c.hist.created = at;
      if (!like.including_comments) {
        c.set_comment({});
      }
      if (!like.including_defaults) {
        c.has_default = c.generated ? c.has_default : false;
        if (!c.generated) {
          c.default_expr = Expr{};
          c.default_text.clear();
        }
      }
      if (!like.including_identity) {
        c.identity = Identity::None;
      }
      if (!like.including_generated) {
        c.generated = false;
        if (c.rare.has_value()) {
          c.rare.mut().generated_expr = Expr{};
        }
      }
      c.serial = Serial::None;
      append_to(t->columns, std::move(c));
    }
    for (const Constraint& sc : src->constraints) {
      if ((sc.kind == ConstraintKind::Check && like.including_constraints) ||
          ((sc.kind == ConstraintKind::PrimaryKey || sc.kind == ConstraintKind::Unique ||
            sc.kind == ConstraintKind::Exclude) &&
           like.including_indexes)) {
        ConstraintDef copy = sc;
        // CHECK names are kept, generated ones too (transformTableLikeClause copies conname);
        // index-backed constraints get names for the new table.
        if (sc.kind != ConstraintKind::Check) {
          copy.name.clear();
        }
        like_constraints.push_back(std::move(copy));
      }
    }
    if (like.including_indexes) {
      for (const Index& si : src->indexes) {
        if (si.constraint.empty()) {
          Index copy = si;
          copy.name.clear();
          copy.hist = History{};
          like_indexes.push_back(std::move(copy));
        }
      }
    }
  }
  if (s.of_type) {
    if (const Type* ty = lookup_type(*s.of_type);
        ty != nullptr && ty->kind == TypeKind::Composite) {
      for (const Column& a : ty->attributes) {
        Column c = a;
        c.hist = History{};
        c.hist.created = at;
        append_to(t->columns, std::move(c));
      }
    } else {
      Problem p;
      p.type = s.of_type->name;
      pending("type", *s.of_type, at, "type \"" + s.of_type->str() + "\" does not exist", p);
    }
  }
  // Exact capacities: a table's vectors are the bulk of the model's memory, and doubling growth
  // would leave up to half of them empty (SPEC's memory target, issue 9).
  t->columns.reserve(t->columns.size() + s.columns.size());
  t->constraints.reserve(t->constraints.size() + like_constraints.size() + s.constraints.size());
  for (ColumnDef& c : s.columns) {
    const bool merge_only = (parent != nullptr || s.of_type) && c.type.name.empty();
    if (merge_only) {
      if (Column* existing = t->column(c.name)) {
        existing->not_null = existing->not_null || c.not_null;
        if (c.has_default) {
          existing->has_default = true;
          existing->default_expr = std::move(c.default_expr);
          existing->default_text = std::move(c.default_text);
        }
        continue;
      }
    }
    add_column(*t, std::move(c), at, false);
  }
  drop_repeated_index_constraints(s.constraints);
  // PostgreSQL's order: CHECK constraints with the heap, then the primary key, then other
  // index-backed constraints, then foreign keys. Partitions clone the parent's first.
  if (parent != nullptr) {
    clone_to_partition(*parent, *t, at);
  }
  auto take = [&](auto pred) {
    for (ConstraintDef& c : like_constraints) {
      if (pred(c)) {
        add_constraint(*t, std::move(c), at, false);
      }
    }
    for (ConstraintDef& c : s.constraints) {
      if (pred(c)) {
        add_constraint(*t, std::move(c), at, false);
      }
    }
  };
  take([](const ConstraintDef& c) { return c.kind == ConstraintKind::Check; });
  take([](const ConstraintDef& c) { return c.kind == ConstraintKind::PrimaryKey; });
  take([](const ConstraintDef& c) {
    return c.kind == ConstraintKind::Unique || c.kind == ConstraintKind::Exclude;
  });
  for (Index& idx : like_indexes) {
    add_index(*t, std::move(idx), at, false);
  }
  take([](const ConstraintDef& c) { return c.kind == ConstraintKind::ForeignKey; });
  t->hist.changed.clear();
}

void Catalog::apply_create_view(ir::CreateView& s, const SourceRef& at) {
  const TableKind kind = s.materialized ? TableKind::MatView : TableKind::View;
  Table* t = nullptr;
  if (s.replace) {
    t = lookup_table(s.name);
    if (t != nullptr && t->kind == TableKind::View) {
      t->columns.clear();
      t->rare.mut().reads.clear();
      t->hist.touch(at);
    } else {
      t = nullptr;
    }
  }
  if (t == nullptr) {
    bool skipped = false;
    t = new_table(s.name, kind, at, s.if_not_exists, &skipped);
    if (t == nullptr) {
      return;
    }
  }
  t->columns_unknown = s.columns_unknown;
  for (const std::string& c : s.columns) {
    Column col;
    col.name = c;
    col.hist.created = at;
    append_to(t->columns, std::move(col));
  }
  for (const QualName& r : s.reads) {
    if (r.schema == "pg_catalog" || r.schema == "information_schema") {
      t->rare.mut().reads.push_back(r);
      continue;
    }
    // pg_catalog is searched first, implicitly: an unqualified system catalog or view.
    if (!r.qualified() && r.name.starts_with("pg_") && lookup_table(r) == nullptr) {
      t->rare.mut().reads.push_back(QualName{"pg_catalog", r.name});
      continue;
    }
    const Table* src = require_table(r, at, false, [&]() -> std::string {
      return "relation \"" + r.str() + "\" read by view " + t->name + " does not exist";
    });
    t->rare.mut().reads.push_back(src != nullptr ? src->qname() : r);
  }
  // CREATE OR REPLACE VIEW replaces the view's options with the ones it gives (PostgreSQL's
  // AT_ReplaceRelOptions): a replacement without security_invoker drops it.
  t->rare.mut().security_invoker = s.security_invoker;
  t->rare.mut().security_barrier = s.security_barrier;
  t->rare.mut().check_option = s.check_option;
}

void Catalog::apply_create_index(ir::CreateIndex& s, const SourceRef& at) {
  Table* t = require_table(s.def.table, at, false, [&]() -> std::string {
    return "relation \"" + s.def.table.str() + "\" of index does not exist";
  });
  if (t == nullptr) {
    return;
  }
  Index idx;
  static_cast<IndexDef&>(idx) = std::move(s.def);
  if (!idx.loc.valid()) {
    idx.loc = at;
  }
  add_index(*t, std::move(idx), at, true);
}

} // namespace ddlint::catalog
