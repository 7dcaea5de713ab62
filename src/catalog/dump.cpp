#include "catalog/dump.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ddlint::catalog {
namespace {

using json = nlohmann::ordered_json;

template <typename T> std::vector<const T*> sorted(std::span<const std::unique_ptr<T>> items) {
  std::vector<const T*> out;
  out.reserve(items.size());
  for (const auto& p : items) {
    out.push_back(p.get());
  }
  std::sort(out.begin(), out.end(), [](const T* a, const T* b) {
    return std::tie(a->schema, a->name) < std::tie(b->schema, b->name);
  });
  return out;
}

json column_json(const Column& c) {
  json j;
  j["name"] = c.name;
  j["type"] = c.type.display();
  j["not_null"] = c.not_null;
  if (c.has_default) {
    j["default"] = c.default_text.str();
  }
  if (c.identity != Identity::None) {
    j["identity"] = c.identity == Identity::Always ? "always" : "by default";
  }
  if (c.generated) {
    j["generated"] = true;
  }
  if (!c.collation().empty()) {
    j["collation"] = c.collation();
  }
  if (!c.comment().empty()) {
    j["comment"] = c.comment();
  }
  if (!c.trailing_comment().empty()) {
    j["trailing_comment"] = c.trailing_comment();
  }
  return j;
}

json constraint_json(const Constraint& k) {
  json j;
  j["name"] = k.name;
  j["type"] = to_string(k.kind);
  j["columns"] = k.columns;
  if (!k.include().empty()) {
    j["include"] = k.include();
  }
  if (k.kind == ConstraintKind::ForeignKey) {
    j["references"] = {
        {"table", k.ref_resolved.str()},
        {"columns", k.ref_columns_resolved},
        {"on_delete", to_string(k.on_delete)},
        {"on_update", to_string(k.on_update)},
        {"match", k.match_type == 'f' ? "full" : (k.match_type == 'p' ? "partial" : "simple")}};
  }
  if (k.kind == ConstraintKind::Check) {
    j["expression"] = k.expr_text();
  }
  if (k.kind == ConstraintKind::Exclude) {
    j["method"] = k.method();
    j["operators"] = k.exclude_ops();
  }
  if (k.not_valid) {
    j["not_valid"] = true;
  }
  if (k.deferrable) {
    j["deferrable"] = true;
    j["initially_deferred"] = k.initially_deferred;
  }
  if (k.nulls_not_distinct) {
    j["nulls_not_distinct"] = true;
  }
  if (k.inherited) {
    j["inherited"] = true;
  }
  return j;
}

json index_json(const Index& i) {
  json j;
  j["name"] = i.name;
  j["unique"] = i.unique;
  if (i.primary) {
    j["primary"] = true;
  }
  j["method"] = i.method;
  json keys = json::array();
  for (const IndexKey& k : i.keys) {
    keys.push_back(k.is_expression() ? "(" + k.expr_text() + ")" : k.column.str());
  }
  j["keys"] = std::move(keys);
  if (!i.include().empty()) {
    j["include"] = i.include();
  }
  if (i.has_predicate) {
    j["predicate"] = i.predicate_text();
  }
  if (!i.constraint.empty()) {
    j["constraint"] = i.constraint;
  }
  if (!i.parent().empty()) {
    j["parent"] = i.parent();
  }
  if (!i.valid) {
    j["valid"] = false;
  }
  return j;
}

json table_json(const Table& t) {
  json j;
  j["schema"] = t.schema;
  j["name"] = t.name;
  j["kind"] = to_string(t.kind);
  if (t.temporary) {
    j["temporary"] = true;
  }
  if (t.columns_unknown) {
    j["columns_unknown"] = true; // CREATE TABLE AS / SELECT *: the inputs do not list them all
  }
  json cols = json::array();
  for (const Column& c : t.columns) {
    cols.push_back(column_json(c));
  }
  j["columns"] = std::move(cols);
  std::vector<const Constraint*> ks;
  for (const Constraint& k : t.constraints) {
    ks.push_back(&k);
  }
  std::sort(ks.begin(), ks.end(),
            [](const Constraint* a, const Constraint* b) { return a->name < b->name; });
  json cons = json::array();
  for (const Constraint* k : ks) {
    cons.push_back(constraint_json(*k));
  }
  j["constraints"] = std::move(cons);
  std::vector<const Index*> is;
  for (const Index& i : t.indexes) {
    is.push_back(&i);
  }
  std::sort(is.begin(), is.end(), [](const Index* a, const Index* b) { return a->name < b->name; });
  json idx = json::array();
  for (const Index* i : is) {
    idx.push_back(index_json(*i));
  }
  j["indexes"] = std::move(idx);
  if (t.rare->partition_of) {
    j["partition_of"] = t.rare->partition_of->str();
  }
  if (!t.rare->partition_strategy.empty()) {
    j["partition_by"] = {{"strategy", t.rare->partition_strategy},
                         {"keys", t.rare->partition_keys}};
  }
  if (!t.rare->inherits.empty()) {
    json inh = json::array();
    for (const QualName& q : t.rare->inherits) {
      inh.push_back(q.str());
    }
    j["inherits"] = std::move(inh);
  }
  j["rls"] = {{"enabled", t.rls_enabled}, {"forced", t.rls_forced}};
  std::vector<const Policy*> ps;
  for (const Policy& p : t.policies) {
    ps.push_back(&p);
  }
  std::sort(ps.begin(), ps.end(),
            [](const Policy* a, const Policy* b) { return a->name < b->name; });
  json pols = json::array();
  for (const Policy* p : ps) {
    json pj;
    pj["name"] = p->name;
    pj["command"] = p->command;
    pj["permissive"] = p->permissive;
    pj["roles"] = p->roles.strings();
    if (p->has_using) {
      pj["using"] = p->using_text;
    }
    if (p->has_check) {
      pj["with_check"] = p->check_text;
    }
    pols.push_back(std::move(pj));
  }
  j["policies"] = std::move(pols);
  if (!t.rare->triggers.empty()) {
    std::vector<const Trigger*> ts;
    for (const Trigger& tr : t.rare->triggers) {
      ts.push_back(&tr);
    }
    std::sort(ts.begin(), ts.end(),
              [](const Trigger* a, const Trigger* b) { return a->name < b->name; });
    json trs = json::array();
    for (const Trigger* tr : ts) {
      trs.push_back({{"name", tr->name},
                     {"function", tr->function.str()},
                     {"timing", tr->timing},
                     {"events", tr->events},
                     {"row_level", tr->row_level}});
    }
    j["triggers"] = std::move(trs);
  }
  if (t.is_view()) {
    json reads = json::array();
    for (const QualName& r : t.rare->reads) {
      reads.push_back(r.str());
    }
    j["reads"] = std::move(reads);
    if (t.rare->security_invoker) {
      j["security_invoker"] = *t.rare->security_invoker;
    }
  }
  if (!t.rare->comment.empty()) {
    j["comment"] = t.rare->comment;
  }
  return j;
}

} // namespace

std::string dump_json(const Catalog& catalog) {
  json root;
  std::vector<std::string> schemas;
  for (const auto& s : catalog.schemas()) {
    if (s->name != "pg_catalog" && s->name != "information_schema") {
      schemas.push_back(s->name);
    }
  }
  std::sort(schemas.begin(), schemas.end());
  root["schemas"] = schemas;
  json tables = json::array();
  for (const Table* t : sorted<Table>(catalog.tables())) {
    tables.push_back(table_json(*t));
  }
  root["tables"] = std::move(tables);
  json types = json::array();
  for (const Type* t : sorted<Type>(catalog.types())) {
    json j;
    j["schema"] = t->schema;
    j["name"] = t->name;
    j["kind"] = to_string(t->kind);
    if (t->kind == TypeKind::Enum) {
      j["values"] = t->values;
    }
    if (t->kind == TypeKind::Domain) {
      j["base"] = t->base.display();
      j["not_null"] = t->not_null;
      json checks = json::array();
      for (const Constraint& k : t->checks) {
        checks.push_back({{"name", k.name}, {"expression", k.expr_text()}});
      }
      j["checks"] = std::move(checks);
    }
    if (t->kind == TypeKind::Composite) {
      json attrs = json::array();
      for (const Column& a : t->attributes) {
        attrs.push_back({{"name", a.name}, {"type", a.type.display()}});
      }
      j["attributes"] = std::move(attrs);
    }
    types.push_back(std::move(j));
  }
  root["types"] = std::move(types);
  std::vector<const Function*> fns;
  for (const auto& f : catalog.functions()) {
    fns.push_back(f.get());
  }
  std::sort(fns.begin(), fns.end(), [](const Function* a, const Function* b) {
    return std::make_tuple(a->schema, a->name, a->signature()) <
           std::make_tuple(b->schema, b->name, b->signature());
  });
  json functions = json::array();
  for (const Function* f : fns) {
    json j;
    j["schema"] = f->schema;
    j["name"] = f->name;
    j["signature"] = f->signature();
    j["kind"] = f->procedure ? "procedure" : "function";
    j["language"] = f->language;
    j["security_definer"] = f->security_definer;
    if (f->has_search_path) {
      j["search_path"] = f->search_path;
    }
    functions.push_back(std::move(j));
  }
  root["functions"] = std::move(functions);
  json seqs = json::array();
  for (const Sequence* s : sorted<Sequence>(catalog.sequences())) {
    json j;
    j["schema"] = s->schema;
    j["name"] = s->name;
    if (s->owned_table) {
      j["owned_by"] = s->owned_table->str() + "." + s->owned_column;
    }
    seqs.push_back(std::move(j));
  }
  root["sequences"] = std::move(seqs);
  json exts = json::array();
  std::vector<std::string> names;
  for (const auto& e : catalog.extensions()) {
    names.push_back(e->name);
  }
  std::sort(names.begin(), names.end());
  root["extensions"] = names;
  return root.dump(2) + "\n";
}

} // namespace ddlint::catalog
