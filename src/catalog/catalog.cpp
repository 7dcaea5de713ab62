#include "catalog/catalog.h"

#include "base/strings.h"
#include "catalog/extensions.h"
#include "catalog/naming.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>
#include <tuple>

namespace ddlint::catalog {

// --- model.h helpers ------------------------------------------------------------------------

const char* to_string(TableKind kind) {
  switch (kind) {
  case TableKind::Table:
    return "table";
  case TableKind::Partitioned:
    return "partitioned table";
  case TableKind::View:
    return "view";
  case TableKind::MatView:
    return "materialized view";
  case TableKind::Foreign:
    return "foreign table";
  }
  return "table";
}

const char* to_string(TypeKind kind) {
  switch (kind) {
  case TypeKind::Enum:
    return "enum";
  case TypeKind::Domain:
    return "domain";
  case TypeKind::Composite:
    return "composite";
  case TypeKind::Range:
    return "range";
  case TypeKind::Base:
    return "base";
  }
  return "base";
}

std::vector<std::string> Index::column_names() const {
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (const IndexKey& k : keys) {
    out.emplace_back(k.column);
  }
  return out;
}

const Column* Table::column(std::string_view col) const {
  for (const Column& c : columns) {
    if (c.name == col) {
      return &c;
    }
  }
  return nullptr;
}

Column* Table::column(std::string_view col) {
  for (Column& c : columns) {
    if (c.name == col) {
      return &c;
    }
  }
  return nullptr;
}

const Constraint* Table::primary_key() const {
  for (const Constraint& c : constraints) {
    if (c.kind == ConstraintKind::PrimaryKey) {
      return &c;
    }
  }
  return nullptr;
}

const Constraint* Table::constraint(std::string_view cname) const {
  for (const Constraint& c : constraints) {
    if (c.name == cname) {
      return &c;
    }
  }
  return nullptr;
}

Constraint* Table::constraint(std::string_view cname) {
  for (Constraint& c : constraints) {
    if (c.name == cname) {
      return &c;
    }
  }
  return nullptr;
}

const Index* Table::index(std::string_view iname) const {
  for (const Index& i : indexes) {
    if (i.name == iname) {
      return &i;
    }
  }
  return nullptr;
}

const Policy* Table::policy(std::string_view pname) const {
  for (const Policy& p : policies) {
    if (p.name == pname) {
      return &p;
    }
  }
  return nullptr;
}

std::string Function::signature() const {
  std::string out = name + "(";
  for (std::size_t i = 0; i < arg_types.size(); ++i) {
    out += (i == 0 ? "" : ", ") + arg_types[i].display();
  }
  return out + ")";
}

std::string nextval_sequence(const Expr& e) {
  if (e.kind != Expr::Kind::Func || e.name != "nextval" || e.args.empty()) {
    return {};
  }
  const Expr* a = &e.args[0];
  while (a->kind == Expr::Kind::Cast && !a->args.empty()) {
    a = &a->args[0];
  }
  if (a->kind != Expr::Kind::Const || a->flag != Expr::kString) {
    return {};
  }
  const std::string_view s = a->name;
  const auto dot = s.rfind('.');
  std::string name(dot == std::string::npos ? s : s.substr(dot + 1));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    name = name.substr(1, name.size() - 2);
  }
  return name;
}

Serial serial_for(const TypeRef& t) {
  if (t.name == "int2") {
    return Serial::Small;
  }
  if (t.name == "int8") {
    return Serial::Big;
  }
  return t.name == "int4" ? Serial::Regular : Serial::None;
}

// --- Catalog ---------------------------------------------------------------------------------

Catalog::Catalog() {
  for (const char* s : {"pg_catalog", "information_schema", "public"}) {
    auto schema = std::make_unique<Schema>();
    schema->name = s;
    schema->builtin = true;
    schemas_.push_back(std::move(schema));
  }
  begin_file();
}

Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;
Catalog::~Catalog() = default;

void Catalog::begin_file() {
  search_path_ = {"public"};
}

void Catalog::problem(Problem::Kind kind, const SourceRef& at, std::string message, Problem info) {
  info.kind = kind;
  info.loc = at;
  info.message = std::move(message);
  problems_.push_back(std::move(info));
}

bool Catalog::schema_exists(std::string_view name) const {
  return std::any_of(schemas_.begin(), schemas_.end(),
                     [&](const std::unique_ptr<Schema>& s) { return s->name == name; });
}

std::string Catalog::creation_schema(const QualName& q, const SourceRef& at) {
  if (q.qualified()) {
    if (!schema_exists(q.schema)) {
      Problem info;
      info.schema = q.schema;
      pending("schema", QualName{"", q.schema}, at, "schema \"" + q.schema + "\" does not exist",
              info);
      // Model the object anyway so later statements and rules still see it.
      auto schema = std::make_unique<Schema>();
      schema->name = q.schema;
      schema->hist.created = at;
      schemas_.push_back(std::move(schema));
    }
    return q.schema.string();
  }
  for (const Atom s : search_path_) {
    if (schema_exists(s)) {
      return s.string();
    }
  }
  problem(Problem::Kind::Semantic, at,
          "no schema has been selected to create \"" + q.name + "\" in (search_path is empty)");
  return "public";
}

Table* Catalog::lookup_table(const QualName& q) const {
  if (q.qualified()) {
    const auto it = relations_.find(QualName{q.schema, q.name});
    return (it != relations_.end() && it->second.kind == 'r') ? it->second.owner : nullptr;
  }
  for (const Atom s : search_path_) {
    const auto it = relations_.find(QualName{s, q.name});
    if (it != relations_.end() && it->second.kind == 'r') {
      return it->second.owner;
    }
  }
  // pg_catalog is searched implicitly; user tables are never there.
  return nullptr;
}

Table* Catalog::lookup_relation_owner(const QualName& q, std::string* index_name) const {
  auto check = [&](std::string_view schema) -> Table* {
    const auto it = relations_.find(QualName{schema, q.name});
    if (it == relations_.end()) {
      return nullptr;
    }
    if (index_name != nullptr) {
      *index_name = it->second.kind == 'i' ? q.name.str() : std::string();
    }
    return it->second.owner;
  };
  if (q.qualified()) {
    return check(q.schema);
  }
  for (const Atom s : search_path_) {
    if (Table* t = check(s)) {
      return t;
    }
  }
  return nullptr;
}

Type* Catalog::lookup_type(const QualName& q) const {
  if (q.qualified()) {
    const auto it = type_map_.find(QualName{q.schema, q.name});
    return it != type_map_.end() ? it->second : nullptr;
  }
  for (const Atom s : search_path_) {
    const auto it = type_map_.find(QualName{s, q.name});
    if (it != type_map_.end()) {
      return it->second;
    }
  }
  return nullptr;
}

void Catalog::pending(std::string_view kind, const QualName& q, const SourceRef& at,
                      std::string context, Problem info) {
  // System catalogs: qualified, or found through the implicit pg_catalog (names "pg_*").
  if (q.schema == "pg_catalog" || q.schema == "information_schema" ||
      (kind != "schema" && !q.qualified() && q.name.starts_with("pg_"))) {
    return;
  }
  pending_.push_back(
      Pending{std::string(kind), q, search_path_, at, std::move(context), std::move(info)});
}

Table* Catalog::require_table(const QualName& q, const SourceRef& at, bool missing_ok,
                              LazyText context) {
  Table* t = lookup_table(q);
  if (t == nullptr && !missing_ok) {
    Problem info;
    info.schema = q.schema;
    info.table = q.name;
    pending("table", q, at, context.str(), info);
  }
  return t;
}

void Catalog::resolve_type(TypeRef& t, const SourceRef& at, LazyText context) {
  if (t.builtin || t.pct_type || t.name.empty()) {
    return;
  }
  if (t.schema == "pg_catalog" || t.schema == "information_schema") {
    return;
  }
  const QualName q{t.schema, t.name};
  if (const Type* ty = lookup_type(q)) {
    t.schema = ty->schema;
    return;
  }
  // A table's row type is a type too.
  if (const Table* tb = lookup_table(q)) {
    t.schema = tb->schema;
    return;
  }
  // Types that extensions created in these inputs provide.
  for (const auto& e : extensions_) {
    if (extension_provides_type(e->name, t.name)) {
      if (t.schema.empty()) {
        t.schema = e->schema.empty() ? "public" : e->schema;
      }
      return;
    }
  }
  Problem info;
  info.type = t.name;
  info.schema = t.schema;
  pending("type", q, at, context.str(), info);
}

namespace {

// The key of an existing name, without interning a new one: candidate names (choose_*_name,
// fixes) are mostly free, and a name that was never interned is in no map keyed on atoms.
std::optional<QualName> existing_name(std::string_view schema, std::string_view name) {
  const std::optional<Atom> s = Atom::existing(schema);
  const std::optional<Atom> n = Atom::existing(name);
  if (!s || !n) {
    return std::nullopt;
  }
  return QualName{*s, *n};
}

} // namespace

bool Catalog::relation_name_taken(std::string_view schema, std::string_view name) const {
  const std::optional<QualName> q = existing_name(schema, name);
  return q && relations_.count(*q) != 0;
}

bool Catalog::constraint_name_taken(std::string_view schema, std::string_view name) const {
  const std::optional<QualName> q = existing_name(schema, name);
  if (!q) {
    return false;
  }
  const auto it = constraint_names_.find(*q);
  return it != constraint_names_.end() && it->second > 0;
}

std::string Catalog::choose_relation_name(std::string_view schema, std::string_view name1,
                                          std::string_view name2, std::string_view label,
                                          bool is_constraint) const {
  std::string modlabel(label);
  for (int pass = 1;; ++pass) {
    std::string candidate = make_object_name(name1, name2, modlabel);
    if (!relation_name_taken(schema, candidate) &&
        (!is_constraint || !constraint_name_taken(schema, candidate))) {
      return candidate;
    }
    modlabel = std::string(label) + std::to_string(pass);
  }
}

std::string Catalog::choose_constraint_name(std::string_view schema, std::string_view name1,
                                            std::string_view name2, std::string_view label) const {
  std::string modlabel(label);
  for (int pass = 1;; ++pass) {
    std::string candidate = make_object_name(name1, name2, modlabel);
    if (!constraint_name_taken(schema, candidate)) {
      return candidate;
    }
    modlabel = std::string(label) + std::to_string(pass);
  }
}

void Catalog::register_constraint_name(std::string_view schema, std::string_view name) {
  const auto [it, inserted] = constraint_names_.emplace(QualName{schema, name}, 1U);
  if (!inserted) {
    ++it->second;
  }
}

void Catalog::unregister_constraint_name(std::string_view schema, std::string_view name) {
  const auto it = constraint_names_.find(QualName{schema, name});
  if (it != constraint_names_.end() && it->second > 0) {
    --it->second;
  }
}

void Catalog::register_relation(std::string_view schema, std::string_view name, Table* owner,
                                char kind) {
  const auto [it, inserted] = relations_.emplace(QualName{schema, name}, RelEntry{owner, kind});
  if (!inserted) {
    it->second = RelEntry{owner, kind};
  }
}

void Catalog::unregister_relation(std::string_view schema, std::string_view name) {
  const auto it = relations_.find(QualName{schema, name});
  if (it != relations_.end()) {
    relations_.erase(it);
  }
}

void Catalog::apply(ir::Statement&& st) {
  if (finished_) {
    // finish() released what only applying needs (the constraint-name registry).
    throw std::logic_error("a statement applied to a finished catalog");
  }
  const SourceRef at = st.loc;
  if (std::holds_alternative<ir::Skipped>(st.node)) {
    ++statements_skipped_;
    return;
  }
  ++statements_applied_;
  const std::size_t problems_before = problems_.size();
  const std::size_t pending_before = pending_.size();
  std::visit(
      [&](auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ir::CreateSchema>) {
          apply_create_schema(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateTable>) {
          apply_create_table(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateView>) {
          apply_create_view(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterTable>) {
          apply_alter_table(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateIndex>) {
          apply_create_index(node, at);
        } else if constexpr (std::is_same_v<T, ir::Drop>) {
          apply_drop(node, at);
        } else if constexpr (std::is_same_v<T, ir::Rename>) {
          apply_rename(node, at);
        } else if constexpr (std::is_same_v<T, ir::SetSchema>) {
          apply_set_schema(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateEnum>) {
          apply_create_enum(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterEnum>) {
          apply_alter_enum(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateDomain>) {
          apply_create_domain(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterDomain>) {
          apply_alter_domain(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateComposite>) {
          apply_create_composite(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateOtherType>) {
          apply_create_other_type(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreatePolicy>) {
          apply_create_policy(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterPolicy>) {
          apply_alter_policy(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateFunction>) {
          apply_create_function(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterFunction>) {
          apply_alter_function(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateTrigger>) {
          apply_create_trigger(node, at);
        } else if constexpr (std::is_same_v<T, ir::Comment>) {
          apply_comment(node, at);
        } else if constexpr (std::is_same_v<T, ir::SetSearchPath>) {
          apply_search_path(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateSequence>) {
          apply_create_sequence(node, at);
        } else if constexpr (std::is_same_v<T, ir::AlterSequence>) {
          apply_alter_sequence(node, at);
        } else if constexpr (std::is_same_v<T, ir::CreateExtension>) {
          apply_create_extension(node, at);
        } else if constexpr (std::is_same_v<T, ir::GrantSchemaCreate>) {
          apply_grant_schema_create(node, at);
        }
      },
      st.node);
  if (st.quiet) {
    problems_.resize(problems_before);
    pending_.resize(pending_before);
  }
}

void Catalog::finish() {
  if (finished_) {
    return;
  }
  finished_ = true;
  // Resolve references that were missing when their statement ran.
  for (Pending& p : pending_) {
    SourceRef created;
    bool found = false;
    std::vector<Atom> path = p.name.qualified() ? std::vector<Atom>{p.name.schema} : p.path;
    if (p.kind == "schema") {
      for (const auto& s : schemas_) {
        if (s->name == p.name.name && s->hist.created.valid() && !(s->hist.created == p.at) &&
            p.at < s->hist.created) {
          created = s->hist.created;
          found = true;
          break;
        }
      }
    } else if (p.kind == "table") {
      for (const Atom s : path) {
        const auto it = relations_.find(QualName{s, p.name.name});
        if (it != relations_.end() && it->second.kind == 'r') {
          created = it->second.owner->hist.created;
          found = true;
          break;
        }
      }
    } else if (p.kind == "type") {
      for (const Atom s : path) {
        const auto it = type_map_.find(QualName{s, p.name.name});
        if (it != type_map_.end()) {
          created = it->second->hist.created;
          found = true;
          break;
        }
        const auto rt = relations_.find(QualName{s, p.name.name});
        if (rt != relations_.end() && rt->second.kind == 'r') {
          created = rt->second.owner->hist.created;
          found = true;
          break;
        }
      }
    } else if (p.kind == "function") {
      for (const auto& f : functions_) {
        if (f->name == p.name.name &&
            (p.name.schema.empty() ? std::find(path.begin(), path.end(), f->schema) != path.end()
                                   : f->schema == p.name.schema)) {
          created = f->hist.created;
          found = true;
          break;
        }
      }
    }
    Problem info = std::move(p.info);
    info.missing = p.name.str() + (p.kind == "function" ? "()" : "");
    info.missing_kind = p.kind;
    if (found && created.valid() && p.at < created) {
      info.created_at = created;
      problem(Problem::Kind::Forward, p.at, std::move(p.context), std::move(info));
    } else if (!found) {
      if (p.kind == "type" && has_unknown_extension_) {
        continue; // an extension we do not know may provide it
      }
      problem(Problem::Kind::Undefined, p.at, std::move(p.context), std::move(info));
    }
  }
  pending_.clear();
  // `serial` is what a column is at the end, not how it was written: a default nextval() of a
  // sequence the column owns (an int2/int4/int8 column). pg_dump writes serial columns as
  // CREATE SEQUENCE + OWNED BY + SET DEFAULT; DROP DEFAULT, DROP SEQUENCE or a new type end it.
  // A live database says the same.
  // (table, column) -> the sequence it owns
  std::map<std::tuple<Atom, Atom, Atom>, std::string_view> owned;
  for (const auto& s : sequences_) {
    if (s->owned_table) {
      owned[{s->owned_table->schema, s->owned_table->name, Atom(s->owned_column)}] = s->name;
    }
  }
  for (const auto& t : tables_) {
    for (Column& c : t->columns) {
      if (c.serial == Serial::None && !c.has_default) {
        continue;
      }
      const auto it = owned.find({t->schema, t->name, c.name});
      const bool draws =
          it != owned.end() && c.has_default && nextval_sequence(c.default_expr) == it->second;
      c.serial = draws ? serial_for(c.type) : Serial::None;
    }
  }
  // Resolve FK targets against the final state.
  for (const auto& t : tables_) {
    for (Constraint& c : t->constraints) {
      if (c.kind == ConstraintKind::ForeignKey) {
        resolve_fk(c);
      }
    }
  }
  // Reverse FK index for rules.
  for (const auto& t : tables_) {
    if (dropped_tables_.count(t.get()) != 0) {
      continue;
    }
    for (const Constraint& c : t->constraints) {
      if (c.kind == ConstraintKind::ForeignKey && c.ref_exists) {
        auto& v = referenced_by_[c.ref_resolved];
        if (v.empty() || v.back() != t.get()) {
          v.push_back(t.get());
        }
      }
    }
  }
  // Compact dropped objects.
  if (!dropped_tables_.empty()) {
    for (Table* t : dropped_tables_) {
      children_.erase(t);
    }
    std::erase_if(tables_, [&](const std::unique_ptr<Table>& t) {
      return dropped_tables_.count(t.get()) != 0;
    });
    dropped_tables_.clear();
  }
  // Constraint names only matter while statements are applied (duplicates, generated names).
  constraint_names_ = FlatKeyMap<std::uint32_t>();
  // The model is final: give back the slack of vectors that grew one ALTER or CREATE INDEX at a
  // time (nothing holds pointers into them; lookups go through tables).
  for (const auto& t : tables_) {
    t->columns.shrink_to_fit();
    t->constraints.shrink_to_fit();
    t->indexes.shrink_to_fit();
    t->policies.shrink_to_fit();
  }
  std::stable_sort(problems_.begin(), problems_.end(),
                   [](const Problem& a, const Problem& b) { return a.loc < b.loc; });
}

void Catalog::resolve_fk(Constraint& c) const {
  const Table* target = nullptr;
  if (!c.ref_resolved.name.empty()) {
    target = table(c.ref_resolved.schema, c.ref_resolved.name);
  }
  c.ref_exists = target != nullptr;
  if (target != nullptr) {
    if (!c.ref_columns.empty()) {
      c.ref_columns_resolved = c.ref_columns;
    } else if (const Constraint* pk = target->primary_key()) {
      c.ref_columns_resolved = pk->columns;
    }
  } else if (c.ref_columns_resolved.empty()) {
    c.ref_columns_resolved = c.ref_columns;
  }
}

const Table* Catalog::table(std::string_view schema, std::string_view name) const {
  const auto it = relations_.find(QualName{schema, name});
  return (it != relations_.end() && it->second.kind == 'r') ? it->second.owner : nullptr;
}

const Table* Catalog::find_table(const QualName& q) const {
  if (q.qualified()) {
    return table(q.schema, q.name);
  }
  return table("public", q.name);
}

const Type* Catalog::type(std::string_view schema, std::string_view name) const {
  const auto it = type_map_.find(QualName{schema, name});
  return it != type_map_.end() ? it->second : nullptr;
}

const Type* Catalog::find_type(const QualName& q) const {
  return type(q.qualified() ? std::string_view(q.schema) : std::string_view("public"), q.name);
}

std::vector<const Table*> Catalog::referencing(const Table& t) const {
  const auto it = referenced_by_.find(QualName{t.schema, t.name});
  return it != referenced_by_.end() ? it->second : std::vector<const Table*>{};
}

std::vector<const Table*> Catalog::partitions(const Table& t) const {
  std::vector<const Table*> out;
  const auto it = children_.find(&t);
  if (it != children_.end()) {
    for (const Table* c : it->second) {
      if (c->rare->partition_of) {
        out.push_back(c);
      }
    }
  }
  return out;
}

std::vector<Table*> Catalog::children_of(const Table& t) const {
  const auto it = children_.find(&t);
  return it != children_.end() ? it->second : std::vector<Table*>{};
}

void Catalog::link_child(const Table& parent, Table& child) {
  auto& v = children_[&parent];
  if (std::find(v.begin(), v.end(), &child) == v.end()) {
    v.push_back(&child);
  }
}

void Catalog::unlink_child(const Table& parent, const Table& child) {
  const auto it = children_.find(&parent);
  if (it != children_.end()) {
    std::erase(it->second, &child);
  }
}

} // namespace ddlint::catalog
