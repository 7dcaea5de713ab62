// Schemas, types, policies, functions, triggers, comments, search_path, sequences, extensions.
#include "catalog/catalog.h"
#include "catalog/extensions.h"
#include "catalog/naming.h"

#include <algorithm>

namespace ddlint::catalog {
namespace {

Problem about_table(const Table& t) {
  Problem p;
  p.schema = t.schema;
  p.table = t.name;
  return p;
}

} // namespace

void Catalog::apply_create_schema(ir::CreateSchema& s, const SourceRef& at) {
  if (schema_exists(s.name)) {
    // A schema first seen as an undefined reference was modelled already; adopt it.
    for (const auto& x : schemas_) {
      if (x->name == s.name && !x->builtin && x->hist.created.valid() && at < x->hist.created) {
        x->hist.created = at;
        return;
      }
    }
    if (!s.if_not_exists) {
      const bool builtin = std::any_of(schemas_.begin(), schemas_.end(), [&](const auto& x) {
        return x->name == s.name && x->builtin;
      });
      Problem p;
      p.schema = s.name;
      problem(Problem::Kind::Semantic, at, "schema \"" + s.name + "\" already exists", p);
      (void)builtin;
    }
    return;
  }
  auto schema = std::make_unique<Schema>();
  schema->name = s.name;
  schema->owner = s.owner;
  schema->hist.created = at;
  schemas_.push_back(std::move(schema));
}

void Catalog::apply_grant_schema_create(ir::GrantSchemaCreate& s, const SourceRef& at) {
  for (const std::string& name : s.schemas) {
    for (const auto& x : schemas_) {
      if (x->name != name) {
        continue;
      }
      std::vector<std::string>& g = x->create_grantees;
      for (const std::string& role : s.grantees) {
        // The owner always may create; current_user and friends run the migrations (the owner).
        if (role == x->owner || role == "current_user" || role == "current_role" ||
            role == "session_user") {
          continue;
        }
        const auto it = std::find(g.begin(), g.end(), role);
        if (s.revoke && it != g.end()) {
          g.erase(it);
        } else if (!s.revoke && it == g.end()) {
          g.push_back(role);
        }
      }
      x->hist.touch(at);
    }
  }
}

void Catalog::apply_create_enum(ir::CreateEnum& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  if (type_map_.count(QualName{schema, s.name.name}) != 0 ||
      relation_name_taken(schema, s.name.name)) {
    Problem p;
    p.type = s.name.name;
    p.schema = schema;
    problem(Problem::Kind::Semantic, at, "type \"" + s.name.name + "\" already exists", p);
    return;
  }
  auto t = std::make_unique<Type>();
  t->schema = schema;
  t->name = s.name.name;
  t->kind = TypeKind::Enum;
  t->values = std::move(s.values);
  t->value_added.assign(t->values.size(), at);
  t->hist.created = at;
  type_map_[QualName{schema, t->name}] = t.get();
  types_.push_back(std::move(t));
}

void Catalog::apply_alter_enum(ir::AlterEnum& s, const SourceRef& at) {
  Type* t = lookup_type(s.name);
  if (t == nullptr || t->kind != TypeKind::Enum) {
    Problem p;
    p.type = s.name.name;
    pending("type", s.name, at, "type \"" + s.name.str() + "\" does not exist", p);
    return;
  }
  t->hist.touch(at);
  if (!s.old_value.empty()) {
    for (std::string& v : t->values) {
      if (v == s.old_value) {
        v = s.new_value;
      }
    }
    return;
  }
  if (std::find(t->values.begin(), t->values.end(), s.new_value) != t->values.end()) {
    if (!s.if_not_exists) {
      Problem p;
      p.type = t->name;
      p.schema = t->schema;
      problem(Problem::Kind::Semantic, at, "enum label \"" + s.new_value + "\" already exists", p);
    }
    return;
  }
  auto pos = t->values.end();
  if (!s.neighbor.empty()) {
    pos = std::find(t->values.begin(), t->values.end(), s.neighbor);
    if (pos == t->values.end()) {
      Problem p;
      p.type = t->name;
      problem(Problem::Kind::Semantic, at, "\"" + s.neighbor + "\" is not an existing enum label",
              p);
      return;
    }
    if (s.after) {
      ++pos;
    }
  }
  const auto idx = pos - t->values.begin();
  t->values.insert(pos, s.new_value);
  t->value_added.insert(t->value_added.begin() + idx, at);
}

void Catalog::apply_create_domain(ir::CreateDomain& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  if (type_map_.count(QualName{schema, s.name.name}) != 0) {
    Problem p;
    p.type = s.name.name;
    problem(Problem::Kind::Semantic, at, "type \"" + s.name.name + "\" already exists", p);
    return;
  }
  auto t = std::make_unique<Type>();
  t->schema = schema;
  t->name = s.name.name;
  t->kind = TypeKind::Domain;
  resolve_type(s.base, at, [&]() -> std::string {
    return "type \"" + s.base.display() + "\" of domain does not exist";
  });
  t->base = std::move(s.base);
  t->not_null = s.not_null;
  t->has_default = s.has_default;
  for (ConstraintDef& c : s.checks) {
    Constraint k;
    static_cast<ConstraintDef&>(k) = std::move(c);
    if (k.name.empty()) {
      k.name = make_object_name(t->name, "", "check");
      k.name_generated = true;
    }
    k.hist.created = at;
    t->checks.push_back(std::move(k));
  }
  t->hist.created = at;
  type_map_[QualName{schema, t->name}] = t.get();
  types_.push_back(std::move(t));
}

void Catalog::apply_alter_domain(ir::AlterDomain& s, const SourceRef& at) {
  Type* t = lookup_type(s.name);
  if (t == nullptr || t->kind != TypeKind::Domain) {
    Problem p;
    p.type = s.name.name;
    pending("type", s.name, at, "domain \"" + s.name.str() + "\" does not exist", p);
    return;
  }
  t->hist.touch(at);
  switch (s.kind) {
  case ir::AlterDomainKind::AddConstraint: {
    Constraint k;
    static_cast<ConstraintDef&>(k) = std::move(s.constraint);
    if (k.name.empty()) {
      k.name = make_object_name(t->name, "", "check");
      k.name_generated = true;
    }
    k.hist.created = at;
    t->checks.push_back(std::move(k));
    break;
  }
  case ir::AlterDomainKind::DropConstraint:
    std::erase_if(t->checks, [&](const Constraint& k) { return k.name == s.constraint_name; });
    break;
  case ir::AlterDomainKind::ValidateConstraint:
    for (Constraint& k : t->checks) {
      if (k.name == s.constraint_name) {
        k.not_valid = false;
      }
    }
    break;
  case ir::AlterDomainKind::SetNotNull:
    t->not_null = true;
    break;
  case ir::AlterDomainKind::DropNotNull:
    t->not_null = false;
    break;
  case ir::AlterDomainKind::SetDefault:
    t->has_default = true;
    break;
  case ir::AlterDomainKind::DropDefault:
    t->has_default = false;
    break;
  case ir::AlterDomainKind::Other:
    break;
  }
}

void Catalog::apply_create_composite(ir::CreateComposite& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  if (type_map_.count(QualName{schema, s.name.name}) != 0) {
    Problem p;
    p.type = s.name.name;
    problem(Problem::Kind::Semantic, at, "type \"" + s.name.name + "\" already exists", p);
    return;
  }
  auto t = std::make_unique<Type>();
  t->schema = schema;
  t->name = s.name.name;
  t->kind = TypeKind::Composite;
  for (ColumnDef& a : s.attrs) {
    resolve_type(a.type, at, [&]() -> std::string {
      return "type \"" + a.type.display() + "\" does not exist";
    });
    Column c;
    static_cast<ColumnDef&>(c) = std::move(a);
    c.hist.created = at;
    t->attributes.push_back(std::move(c));
  }
  t->hist.created = at;
  type_map_[QualName{schema, t->name}] = t.get();
  types_.push_back(std::move(t));
}

void Catalog::apply_create_other_type(ir::CreateOtherType& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  if (Type* existing = lookup_type(QualName{schema, s.name.name})) {
    existing->hist.touch(at); // shell type completed by its full definition
    return;
  }
  auto t = std::make_unique<Type>();
  t->schema = schema;
  t->name = s.name.name;
  t->kind = TypeKind::Base;
  t->hist.created = at;
  type_map_[QualName{schema, t->name}] = t.get();
  types_.push_back(std::move(t));
}

void Catalog::apply_create_policy(ir::CreatePolicy& s, const SourceRef& at) {
  Table* t = require_table(s.table, at, false, [&]() -> std::string {
    return "relation \"" + s.table.str() + "\" of policy " + s.name + " does not exist";
  });
  if (t == nullptr) {
    return;
  }
  if (t->policy(s.name) != nullptr) {
    problem(Problem::Kind::Semantic, at,
            "policy \"" + s.name + "\" for table \"" + t->name + "\" already exists",
            about_table(*t));
    return;
  }
  Policy p;
  p.name = std::move(s.name);
  p.command = std::move(s.command);
  p.permissive = s.permissive;
  p.roles = std::move(s.roles);
  p.has_using = s.has_using;
  p.using_text = std::move(s.using_text);
  if (p.has_using) {
    p.using_expr = exprs_.share(p.using_text, std::move(s.using_expr));
  }
  p.has_check = s.has_check;
  p.check_text = std::move(s.check_text);
  if (p.has_check) {
    p.check_expr = exprs_.share(p.check_text, std::move(s.check_expr));
  }
  p.hist.created = at;
  append_to(t->policies, std::move(p));
  t->hist.touch(at);
}

void Catalog::apply_alter_policy(ir::AlterPolicy& s, const SourceRef& at) {
  Table* t = require_table(s.table, at, false, [&]() -> std::string {
    return "relation \"" + s.table.str() + "\" does not exist";
  });
  if (t == nullptr) {
    return;
  }
  for (Policy& p : t->policies) {
    if (p.name != s.name) {
      continue;
    }
    if (s.roles) {
      p.roles = std::move(*s.roles);
    }
    if (s.has_using) {
      p.has_using = true;
      p.using_text = std::move(s.using_text);
      p.using_expr = exprs_.share(p.using_text, std::move(s.using_expr));
    }
    if (s.has_check) {
      p.has_check = true;
      p.check_text = std::move(s.check_text);
      p.check_expr = exprs_.share(p.check_text, std::move(s.check_expr));
    }
    p.hist.touch(at);
    t->hist.touch(at);
    return;
  }
  problem(Problem::Kind::Undefined, at,
          "policy \"" + s.name + "\" for table \"" + t->name + "\" does not exist",
          about_table(*t));
}

void Catalog::apply_create_function(ir::CreateFunction& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  auto same_signature = [&](const Function& f) {
    if (f.schema != schema || f.name != s.name.name || f.arg_types.size() != s.arg_types.size()) {
      return false;
    }
    for (std::size_t i = 0; i < f.arg_types.size(); ++i) {
      if (f.arg_types[i].name != s.arg_types[i].name ||
          f.arg_types[i].array_dims != s.arg_types[i].array_dims) {
        return false;
      }
    }
    return true;
  };
  Function* target = nullptr;
  for (const auto& f : functions_) {
    if (same_signature(*f)) {
      target = f.get();
      break;
    }
  }
  if (target != nullptr && !s.replace) {
    Problem p;
    p.function = s.name.name;
    p.schema = schema;
    problem(Problem::Kind::Semantic, at,
            "function \"" + target->signature() + "\" already exists with same argument types", p);
    return;
  }
  if (target == nullptr) {
    auto f = std::make_unique<Function>();
    f->schema = schema;
    f->name = s.name.name;
    f->hist.created = at;
    target = f.get();
    functions_.push_back(std::move(f));
  } else {
    target->hist.touch(at);
  }
  for (TypeRef& a : s.arg_types) {
    resolve_type(a, at, [&]() -> std::string {
      return "type \"" + a.display() + "\" of function argument does not exist";
    });
  }
  target->arg_types = std::move(s.arg_types);
  target->arg_names = std::move(s.arg_names);
  target->procedure = s.procedure;
  target->security_definer = s.security_definer;
  target->has_search_path = s.has_search_path;
  target->search_path = std::move(s.search_path);
  target->language = std::move(s.language);
  target->returns = std::move(s.returns);
  target->returns_set = s.returns_set;
}

void Catalog::apply_alter_function(ir::AlterFunction& s, const SourceRef& at) {
  bool found = false;
  for (const auto& f : functions_) {
    if (f->name != s.name.name) {
      continue;
    }
    if (s.name.qualified() ? f->schema != s.name.schema
                           : std::find(search_path_.begin(), search_path_.end(), f->schema) ==
                                 search_path_.end()) {
      continue;
    }
    if (s.has_args) {
      if (f->arg_types.size() != s.arg_types.size()) {
        continue;
      }
      bool same = true;
      for (std::size_t i = 0; i < s.arg_types.size(); ++i) {
        same = same && f->arg_types[i].name == s.arg_types[i].name;
      }
      if (!same) {
        continue;
      }
    }
    found = true;
    if (s.security_definer) {
      f->security_definer = *s.security_definer;
    }
    if (s.set_search_path) {
      f->has_search_path = true;
      f->search_path = *s.set_search_path;
    }
    if (s.reset_search_path) {
      f->has_search_path = false;
      f->search_path.clear();
    }
    f->hist.touch(at);
  }
  if (!found) {
    Problem p;
    p.function = s.name.name;
    pending("function", s.name, at, "function \"" + s.name.str() + "\" does not exist", p);
  }
}

void Catalog::apply_create_trigger(ir::CreateTrigger& s, const SourceRef& at) {
  Table* t = require_table(s.table, at, false, [&]() -> std::string {
    return "relation \"" + s.table.str() + "\" of trigger " + s.name + " does not exist";
  });
  if (t == nullptr) {
    return;
  }
  auto it = std::find_if(t->rare.mut().triggers.begin(), t->rare.mut().triggers.end(),
                         [&](const Trigger& tr) { return tr.name == s.name; });
  if (it != t->rare->triggers.end() && !s.replace) {
    problem(Problem::Kind::Semantic, at,
            "trigger \"" + s.name + "\" for relation \"" + t->name + "\" already exists",
            about_table(*t));
    return;
  }
  Trigger tr;
  tr.name = std::move(s.name);
  tr.function = std::move(s.function);
  tr.timing = std::move(s.timing);
  tr.events = std::move(s.events);
  tr.row_level = s.row_level;
  tr.constraint_trigger = s.constraint_trigger;
  tr.hist.created = at;
  // The trigger function must exist unless it is built in or outside the inputs' reach.
  const bool builtin = tr.function.schema == "pg_catalog" ||
                       tr.function.name == "suppress_redundant_updates_trigger" ||
                       tr.function.name.starts_with("tsvector_update_trigger");
  const bool any_unknown_extension =
      has_unknown_extension_ || std::any_of(extensions_.begin(), extensions_.end(),
                                            [](const auto& e) { return e->name == "moddatetime"; });
  if (!builtin && !any_unknown_extension) {
    const bool exists = std::any_of(functions_.begin(), functions_.end(), [&](const auto& f) {
      return f->name == tr.function.name &&
             (tr.function.qualified() ? f->schema == tr.function.schema
                                      : std::find(search_path_.begin(), search_path_.end(),
                                                  f->schema) != search_path_.end());
    });
    if (!exists) {
      Problem p = about_table(*t);
      p.function = tr.function.name;
      pending("function", tr.function, at,
              "function " + tr.function.str() + "() of trigger " + tr.name + " does not exist", p);
    }
  }
  if (it != t->rare.mut().triggers.end()) {
    tr.hist.created = it->hist.created;
    tr.hist.touch(at);
    *it = std::move(tr);
  } else {
    t->rare.mut().triggers.push_back(std::move(tr));
  }
  t->hist.touch(at);
}

void Catalog::apply_comment(ir::Comment& s, const SourceRef& at) {
  std::string text = s.remove ? std::string() : std::move(s.text);
  switch (s.kind) {
  case ir::ObjKind::Table:
  case ir::ObjKind::View:
  case ir::ObjKind::MatView:
  case ir::ObjKind::ForeignTable: {
    Table* t = require_table(s.target, at, false, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t != nullptr) {
      if (!text.empty() || t->rare.has_value()) {
        t->rare.mut().comment = std::move(text);
      }
      t->hist.touch(at);
    }
    break;
  }
  case ir::ObjKind::Column: {
    Table* t = lookup_table(s.target);
    if (t == nullptr) {
      if (Type* ty = lookup_type(s.target)) {
        for (Column& a : ty->attributes) {
          if (a.name == s.member) {
            a.set_comment(std::move(text));
          }
        }
        break;
      }
      require_table(s.target, at, false, [&]() -> std::string {
        return "relation \"" + s.target.str() + "\" does not exist";
      });
      break;
    }
    Column* c = t->column(s.member);
    if (c == nullptr) {
      if (t->columns_unknown) {
        break;
      }
      Problem p = about_table(*t);
      p.column = s.member;
      problem(Problem::Kind::Undefined, at,
              "column \"" + s.member + "\" of relation \"" + t->name + "\" does not exist", p);
      break;
    }
    c->set_comment(std::move(text));
    c->hist.touch(at);
    break;
  }
  case ir::ObjKind::Constraint: {
    Table* t = require_table(s.target, at, false, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t != nullptr) {
      if (Constraint* k = t->constraint(s.member)) {
        k->mut().comment = std::move(text);
      }
    }
    break;
  }
  case ir::ObjKind::Policy: {
    Table* t = require_table(s.target, at, false, [&]() -> std::string {
      return "relation \"" + s.target.str() + "\" does not exist";
    });
    if (t != nullptr) {
      for (Policy& p : t->policies) {
        if (p.name == s.member) {
          p.comment = std::move(text);
        }
      }
    }
    break;
  }
  case ir::ObjKind::Index: {
    std::string index_name;
    Table* owner = lookup_relation_owner(s.target, &index_name);
    if (owner != nullptr && !index_name.empty()) {
      for (Index& i : owner->indexes) {
        if (i.name == index_name) {
          i.mut().comment = std::move(text);
        }
      }
    }
    break;
  }
  case ir::ObjKind::Type:
  case ir::ObjKind::Domain:
    if (Type* ty = lookup_type(s.target)) {
      ty->comment = std::move(text);
    }
    break;
  case ir::ObjKind::Schema:
    for (const auto& x : schemas_) {
      if (x->name == s.target.name) {
        x->comment = std::move(text);
      }
    }
    break;
  case ir::ObjKind::Function:
  case ir::ObjKind::Procedure:
    for (const auto& f : functions_) {
      if (f->name == s.target.name && (!s.target.qualified() || f->schema == s.target.schema)) {
        f->comment = text;
      }
    }
    break;
  default:
    break;
  }
}

void Catalog::apply_search_path(ir::SetSearchPath& s, const SourceRef& /*at*/) {
  if (s.reset) {
    search_path_ = {"public"};
    return;
  }
  search_path_.clear();
  for (const std::string& schema : s.schemas) {
    if (schema == "$user") {
      continue;
    }
    search_path_.push_back(schema);
  }
}

void Catalog::apply_create_sequence(ir::CreateSequence& s, const SourceRef& at) {
  const std::string schema = creation_schema(s.name, at);
  if (relation_name_taken(schema, s.name.name)) {
    if (!s.if_not_exists) {
      Problem p;
      p.schema = schema;
      problem(Problem::Kind::Semantic, at, "relation \"" + s.name.name + "\" already exists", p);
    }
    return;
  }
  auto q = std::make_unique<Sequence>();
  q->schema = schema;
  q->name = s.name.name;
  q->hist.created = at;
  if (s.owned_table) {
    if (const Table* t = lookup_table(*s.owned_table)) {
      q->owned_table = t->qname();
      q->owned_column = s.owned_column;
    }
  }
  register_relation(schema, q->name, nullptr, 'S');
  sequences_.push_back(std::move(q));
}

void Catalog::apply_alter_sequence(ir::AlterSequence& s, const SourceRef& at) {
  for (const auto& q : sequences_) {
    if (q->name != s.name.name) {
      continue;
    }
    if (s.name.qualified() ? q->schema != s.name.schema
                           : std::find(search_path_.begin(), search_path_.end(), q->schema) ==
                                 search_path_.end()) {
      continue;
    }
    if (s.owned_none) {
      q->owned_table.reset();
      q->owned_column.clear();
    } else if (s.owned_table) {
      if (const Table* t = lookup_table(*s.owned_table)) {
        q->owned_table = t->qname();
        q->owned_column = s.owned_column;
      }
    }
    q->hist.touch(at);
    return;
  }
}

void Catalog::apply_create_extension(ir::CreateExtension& s, const SourceRef& at) {
  if (std::any_of(extensions_.begin(), extensions_.end(),
                  [&](const auto& e) { return e->name == s.name; })) {
    if (!s.if_not_exists) {
      Problem p;
      problem(Problem::Kind::Semantic, at, "extension \"" + s.name + "\" already exists", p);
    }
    return;
  }
  auto e = std::make_unique<Extension>();
  e->name = s.name;
  e->schema = s.schema.empty() ? (search_path_.empty() ? Atom("public") : search_path_.front())
                               : Atom(s.schema);
  e->hist.created = at;
  if (!extension_known(s.name)) {
    has_unknown_extension_ = true;
  }
  extensions_.push_back(std::move(e));
}

} // namespace ddlint::catalog
