// Building a catalog from objects in their final state (the live-database reader): registration
// only, none of apply()'s PostgreSQL semantics.
#include "catalog/catalog.h"
#include "catalog/extensions.h"

#include <algorithm>

namespace ddlint::catalog {

Schema& Catalog::add_schema(const std::string& name) {
  for (const auto& s : schemas_) {
    if (s->name == name) {
      return *s;
    }
  }
  auto s = std::make_unique<Schema>();
  s->name = name;
  schemas_.push_back(std::move(s));
  return *schemas_.back();
}

Table& Catalog::add_table(std::unique_ptr<Table> t) {
  Table* raw = t.get();
  register_relation(raw->schema, raw->name, raw, 'r');
  for (const Index& i : raw->indexes) {
    register_relation(raw->schema, i.name, raw, 'i');
  }
  for (const Constraint& k : raw->constraints) {
    register_constraint_name(raw->schema, k.name);
  }
  tables_.push_back(std::move(t));
  return *raw;
}

Type& Catalog::add_type(std::unique_ptr<Type> t) {
  Type* raw = t.get();
  type_map_[QualName{raw->schema, raw->name}] = raw;
  types_.push_back(std::move(t));
  return *raw;
}

Function& Catalog::add_function(std::unique_ptr<Function> f) {
  functions_.push_back(std::move(f));
  return *functions_.back();
}

Sequence& Catalog::add_sequence(std::unique_ptr<Sequence> s) {
  register_relation(s->schema, s->name, nullptr, 'S');
  sequences_.push_back(std::move(s));
  return *sequences_.back();
}

Extension& Catalog::add_extension(std::unique_ptr<Extension> e) {
  if (!extension_known(e->name)) {
    has_unknown_extension_ = true;
  }
  extensions_.push_back(std::move(e));
  return *extensions_.back();
}

void Catalog::link_children() {
  for (const auto& t : tables_) {
    if (t->rare->partition_of) {
      if (const Table* parent = table(t->rare->partition_of->schema, t->rare->partition_of->name)) {
        link_child(*parent, *t);
      }
    }
    for (const QualName& p : t->rare->inherits) {
      if (const Table* parent = table(p.schema, p.name)) {
        link_child(*parent, *t);
      }
    }
  }
}

} // namespace ddlint::catalog
