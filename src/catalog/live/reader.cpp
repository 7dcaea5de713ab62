#include "catalog/live/reader.h"

#include "base/error.h"
#include "base/parallel.h"
#include "base/strings.h"
#include "catalog/live/connection.h"
#include "catalog/live/queries.h"
#include "catalog/naming.h"
#include "ir/expr_sql.h"
#include "parse/fragments.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ddlint::catalog::live {
namespace {

using Oid = std::int64_t;

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// --- decoding -----------------------------------------------------------------------------------

FkAction fk_action(char c) {
  switch (c) {
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

const char* policy_command(char c) {
  switch (c) {
  case 'r':
    return "select";
  case 'a':
    return "insert";
  case 'w':
    return "update";
  case 'd':
    return "delete";
  default:
    return "all";
  }
}

TableKind table_kind(char relkind) {
  switch (relkind) {
  case 'p':
    return TableKind::Partitioned;
  case 'v':
    return TableKind::View;
  case 'm':
    return TableKind::MatView;
  case 'f':
    return TableKind::Foreign;
  default:
    return TableKind::Table;
  }
}

bool truthy(std::string_view v) {
  return str::iequals(v, "true") || str::iequals(v, "on") || v == "1" || str::iequals(v, "yes");
}

// proconfig "search_path=a, \"B\"" -> {"a", "B"}, the way file lowering folds SET search_path.
std::vector<std::string> search_path_entries(std::string_view value) {
  std::vector<std::string> out;
  for (const std::string& part : str::split(value, ',')) {
    const std::string_view s = str::trim(part);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
      if (s.size() > 2) {
        out.emplace_back(s.substr(1, s.size() - 2));
      }
    } else if (!s.empty()) {
      out.push_back(str::to_lower(s));
    }
  }
  return out;
}

// True when `name` is what PostgreSQL would choose for (name1, name2, label), possibly with the
// digit it appends on a clash: the best guess of `name_generated` a server allows.
bool looks_generated(std::string_view name, std::string_view name1, std::string_view name2,
                     std::string_view label) {
  if (name == make_object_name(name1, name2, label)) {
    return true;
  }
  for (int i = 1; i <= 9; ++i) {
    if (name == make_object_name(name1, name2, std::string(label) + std::to_string(i))) {
      return true;
    }
  }
  return false;
}

// Fragments to parse, deduplicated (many defaults are alike: now(), false, 0), parsed in parallel.
class ExprJobs {
public:
  // Parses `sql` into *target after run().
  void add(std::string sql, Expr* target) { uses_.push_back(Use{item(std::move(sql)), target}); }
  // Shares the tree of `sql` with every other use of the same text, and sets `text` to its SQL.
  void add(std::string sql, SharedExpr* target, Atom* text) {
    uses_.push_back(Use{item(std::move(sql)), nullptr, target, text});
  }
  void run(unsigned jobs) {
    parallel_chunks(items_.size(), jobs, [&](std::size_t i) {
      if (std::optional<Expr> e = parse::parse_expression(items_[i].sql)) {
        items_[i].expr = std::move(*e);
      }
    });
    for (const Use& u : uses_) {
      Item& item = items_[u.item];
      if (u.target != nullptr) {
        *u.target = *item.expr;
      }
      if (u.shared != nullptr) {
        if (!item.deparsed) { // once per distinct text, and only for shared uses
          item.text = to_sql(*item.expr);
          item.deparsed = true;
        }
        *u.shared = item.expr;
        *u.text = item.text;
      }
    }
  }

  // fn(i) for i in [0, count) on up to `jobs` threads, in chunks (the tasks are tiny).
  static void parallel_chunks(std::size_t count, unsigned jobs,
                              const std::function<void(std::size_t)>& fn) {
    constexpr std::size_t kChunk = 256;
    const std::size_t chunks = (count + kChunk - 1) / kChunk;
    parallel::for_each(chunks, jobs, [&](std::size_t c) {
      for (std::size_t i = c * kChunk; i < std::min(count, (c + 1) * kChunk); ++i) {
        fn(i);
      }
    });
  }

private:
  std::size_t item(std::string sql) {
    const auto [it, inserted] = index_.try_emplace(std::move(sql), items_.size());
    if (inserted) {
      items_.push_back(Item{it->first, {}, {}, false});
    }
    return it->second;
  }
  struct Item {
    std::string sql;
    SharedExpr expr;
    Atom text; // to_sql(expr), once a shared use needs it
    bool deparsed = false;
  };
  struct Use {
    std::size_t item;
    Expr* target = nullptr;
    SharedExpr* shared = nullptr;
    Atom* text = nullptr;
  };
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Item> items_;
  std::vector<Use> uses_;
};

// format_type() output -> TypeRef, parsed once per distinct spelling.
class TypeCache {
public:
  TypeRef get(const std::string& formatted, std::int64_t ndims) {
    auto it = cache_.find(formatted);
    if (it == cache_.end()) {
      TypeRef t;
      if (std::optional<TypeRef> parsed = parse::parse_type(formatted)) {
        t = std::move(*parsed);
      } else {
        t.name = formatted;
      }
      it = cache_.emplace(formatted, std::move(t)).first;
    }
    TypeRef t = it->second;
    // format_type prints one [] whatever the declared dimensions; attndims keeps them.
    if (t.array_dims > 0 && ndims > 1) {
      t.array_dims = static_cast<std::uint8_t>(std::min<std::int64_t>(ndims, 255));
    }
    return t;
  }

private:
  std::unordered_map<std::string, TypeRef> cache_;
};

struct Reader {
  Reader(Connection& c, unsigned j) : conn(c), jobs(j) {}

  Connection& conn;
  unsigned jobs = 1;
  std::string schemas_param; // text[] literal
  bool filter = false;
  Catalog cat;
  std::unordered_map<Oid, Table*> rels;
  std::unordered_set<const Table*> partitions; // relispartition
  std::vector<std::unique_ptr<Table>> tables;  // moved into the catalog at the end
  std::unordered_map<Oid, Type*> types;
  // Column names by attnum (index 0 unused) of every table read, and of FK targets outside
  // the schemas read (fetched on demand).
  std::unordered_map<Oid, std::vector<std::string>> attnames;
  TypeCache type_cache;
  ExprJobs exprs;

  Rows query(const std::string& sql) {
    std::vector<const char*> params{filter ? schemas_param.c_str() : nullptr};
    return conn.query(sql, params);
  }

  Table* rel(Oid oid) {
    const auto it = rels.find(oid);
    return it != rels.end() ? it->second : nullptr;
  }

  void read_schemas() {
    Rows r = query(sql::q_schemas());
    for (std::size_t i = 0; i < r.size(); ++i) {
      Schema& s = cat.add_schema(std::string(r.text(i, 0)));
      if (!s.builtin) {
        s.hist.created = db_ref(0);
      }
      const std::string_view comment = r.text(i, 1);
      // initdb's own comment on public is not something the inputs wrote.
      if (!(s.name == "public" && comment == "standard public schema")) {
        s.comment = comment;
      }
      if (!s.builtin) {
        s.owner = r.text(i, 2);
      }
      s.create_grantees = parse_text_array(r.text(i, 3));
    }
  }

  void read_extensions() {
    Rows r = conn.query(sql::kExtensions);
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto e = std::make_unique<Extension>();
      e->name = r.text(i, 0);
      e->schema = r.text(i, 1);
      e->hist.created = db_ref(0);
      cat.add_extension(std::move(e));
    }
  }

  void read_relations() {
    Rows r = query(sql::q_relations());
    std::vector<std::pair<std::string, std::string>> bounds;
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto t = std::make_unique<Table>();
      t->schema = r.text(i, 1);
      t->name = r.text(i, 2);
      t->kind = table_kind(r.chr(i, 3));
      t->unlogged = r.chr(i, 4) == 'u';
      t->temporary = r.chr(i, 4) == 't';
      t->rls_enabled = r.boolean(i, 5);
      t->rls_forced = r.boolean(i, 6);
      for (const std::string& o : r.array(i, 8)) {
        const auto eq = o.find('=');
        std::string k = o.substr(0, eq);
        std::string v = eq == std::string::npos ? std::string("true") : o.substr(eq + 1);
        if (k == "security_invoker") {
          t->rare.mut().security_invoker = truthy(v);
        } else if (k == "security_barrier") {
          t->rare.mut().security_barrier = truthy(v);
        } else if (k == "check_option") {
          t->rare.mut().check_option = true;
        }
        t->rare.mut().options.emplace_back(std::move(k), std::move(v));
      }
      if (!r.null(i, 9)) {
        t->rare.mut().partition_bound = r.text(i, 9);
      }
      if (!r.null(i, 10)) {
        if (std::optional<parse::PartitionKey> pk = parse::parse_partition_key(r.text(i, 10))) {
          t->rare.mut().partition_strategy = std::move(pk->strategy);
          t->rare.mut().partition_keys = std::move(pk->keys);
        }
      }
      if (!r.null(i, 11)) {
        t->rare.mut().comment = r.text(i, 11);
      }
      if (!r.null(i, 12)) {
        const TypeRef of = type_cache.get(std::string(r.text(i, 12)), 0);
        t->rare.mut().of_type = QualName{of.schema, of.name};
      }
      if (r.boolean(i, 7)) {
        partitions.insert(t.get());
      }
      rels[r.integer(i, 0)] = t.get();
      tables.push_back(std::move(t));
    }
    // Ordinals in (schema, name) order: findings then sort by object.
    std::vector<Table*> order;
    order.reserve(tables.size());
    for (const auto& t : tables) {
      order.push_back(t.get());
    }
    std::sort(order.begin(), order.end(), [](const Table* a, const Table* b) {
      return std::tie(a->schema, a->name) < std::tie(b->schema, b->name);
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i]->hist.created = db_ref(static_cast<std::uint32_t>(i));
    }
    for (const auto& t : tables) {
      if (t->rls_enabled) {
        t->rls_changes.push_back(RlsChange{RlsEvent::Enable, t->hist.created});
      }
      if (t->rls_forced) {
        t->rls_changes.push_back(RlsChange{RlsEvent::Force, t->hist.created});
      }
    }
  }

  void read_inherits() {
    Rows r = query(sql::q_inherits());
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* child = rel(r.integer(i, 0));
      if (child == nullptr) {
        continue;
      }
      QualName parent{std::string(r.text(i, 1)), std::string(r.text(i, 2))};
      if (partitions.count(child) != 0 && !child->rare->partition_of) {
        child->rare.mut().partition_of = std::move(parent);
      } else {
        child->rare.mut().inherits.push_back(std::move(parent));
      }
    }
  }

  void read_columns() {
    Rows r = query(sql::q_columns());
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 0));
      if (t == nullptr) {
        continue;
      }
      Column c;
      c.name = r.text(i, 1);
      // The file model knows view columns by name only (their types come from the query).
      if (t->is_table()) {
        c.type = type_cache.get(std::string(r.text(i, 2)), r.integer(i, 3));
      }
      c.not_null = r.boolean(i, 4);
      const char identity = r.chr(i, 5);
      c.identity = identity == 'a'   ? Identity::Always
                   : identity == 'd' ? Identity::ByDefault
                                     : Identity::None;
      c.generated = r.chr(i, 6) == 's';
      c.inherited = r.integer(i, 7) > 0;
      c.set_comment(std::string(r.text(i, 9)));
      c.set_collation(std::string(r.text(i, 10)));
      c.hist.created = t->hist.created;
      c.loc = t->hist.created;
      auto& names = attnames[r.integer(i, 0)];
      const auto attnum = static_cast<std::size_t>(std::max<std::int64_t>(r.integer(i, 11), 0));
      if (names.size() <= attnum) {
        names.resize(attnum + 1);
      }
      names[attnum] = c.name;
      t->columns.push_back(std::move(c));
    }
    // Expressions are parsed once every column is in place (the vectors no longer move).
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r.null(i, 8)) {
        continue;
      }
      Table* t = rel(r.integer(i, 0));
      Column* c = t != nullptr ? t->column(r.text(i, 1)) : nullptr;
      if (c == nullptr) {
        continue;
      }
      if (c->generated) {
        exprs.add(std::string(r.text(i, 8)), &c->rare.mut().generated_expr);
      } else {
        c->has_default = true;
        exprs.add(std::string(r.text(i, 8)), &c->default_expr, &c->default_text);
      }
    }
  }

  // attnums ("{1,3}") -> column names of relation `rel_oid`.
  std::vector<std::string> column_names(Oid rel_oid, std::string_view attnums) {
    std::vector<std::string> out;
    const auto it = attnames.find(rel_oid);
    for (const std::string& n : parse_text_array(attnums)) {
      const auto k = static_cast<std::size_t>(std::max(0L, std::strtol(n.c_str(), nullptr, 10)));
      out.push_back(it != attnames.end() && k < it->second.size() ? it->second[k] : std::string());
    }
    return out;
  }

  // Column names of FK targets in schemas that were not read (one query for all of them).
  void fetch_attnames(const std::vector<Oid>& oids) {
    if (oids.empty()) {
      return;
    }
    std::string list = "{";
    for (std::size_t i = 0; i < oids.size(); ++i) {
      list += (i == 0 ? "" : ",") + std::to_string(oids[i]);
    }
    list += "}";
    Rows r = conn.query("SELECT attrelid, attnum, attname FROM pg_attribute WHERE attrelid = "
                        "ANY ($1::oid[]) AND attnum > 0 AND NOT attisdropped",
                        {list.c_str()});
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto& names = attnames[r.integer(i, 0)];
      const auto attnum = static_cast<std::size_t>(r.integer(i, 1));
      if (names.size() <= attnum) {
        names.resize(attnum + 1);
      }
      names[attnum] = r.text(i, 2);
    }
  }

  void read_constraints() {
    Rows r = query(sql::q_constraints());
    std::vector<Oid> outside;
    for (std::size_t i = 0; i < r.size(); ++i) {
      const Oid target = r.integer(i, 6);
      if (r.chr(i, 3) == 'f' && attnames.count(target) == 0 &&
          std::find(outside.begin(), outside.end(), target) == outside.end()) {
        outside.push_back(target);
      }
    }
    fetch_attnames(outside);
    // FK rows a server adds for each partition of a referenced partitioned table (conparentid
    // set, another confrelid) have no counterpart in the file model: keep a row only when it
    // and all its parents reference the same table.
    struct Fk {
      Oid parent;
      Oid confrelid;
    };
    std::unordered_map<Oid, Fk> fks;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r.chr(i, 3) == 'f') {
        fks[r.integer(i, 0)] = Fk{r.integer(i, 18), r.integer(i, 6)};
      }
    }
    auto same_target_chain = [&](Oid oid) {
      const Fk& self = fks[oid];
      for (Oid p = self.parent; p != 0;) {
        const auto it = fks.find(p);
        if (it == fks.end()) {
          return true;
        }
        if (it->second.confrelid != self.confrelid) {
          return false;
        }
        p = it->second.parent;
      }
      return true;
    };
    struct Def {
      Table* table;
      std::size_t index; // into table->constraints
      std::string sql;
      std::optional<ConstraintDef> parsed;
    };
    std::vector<Def> defs; // CHECK and EXCLUDE: parsed from pg_get_constraintdef
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 1));
      if (t == nullptr) {
        continue;
      }
      const char type = r.chr(i, 3);
      if (type == 'f' && !same_target_chain(r.integer(i, 0))) {
        continue;
      }
      Constraint k;
      k.name = r.text(i, 2);
      k.columns = column_names(r.integer(i, 1), r.text(i, 4));
      switch (type) {
      case 'p':
        k.kind = ConstraintKind::PrimaryKey;
        k.name_generated = looks_generated(k.name, t->name, "", "pkey");
        break;
      case 'u':
        k.kind = ConstraintKind::Unique;
        k.name_generated = looks_generated(k.name, t->name, name_addition(k.columns), "key");
        break;
      case 'f':
        k.kind = ConstraintKind::ForeignKey;
        k.ref_columns = column_names(r.integer(i, 6), r.text(i, 5));
        k.ref_columns_resolved = k.ref_columns;
        k.ref_table = QualName{std::string(r.text(i, 7)), std::string(r.text(i, 8))};
        k.ref_resolved = k.ref_table;
        k.on_update = fk_action(r.chr(i, 9));
        k.on_delete = fk_action(r.chr(i, 10));
        k.match_type = r.chr(i, 11) == 'f' ? 'f' : (r.chr(i, 11) == 'p' ? 'p' : 's');
        k.name_generated = looks_generated(k.name, t->name, name_addition(k.columns), "fkey");
        break;
      case 'x':
        k.kind = ConstraintKind::Exclude;
        defs.push_back(Def{t, t->constraints.size(), std::string(r.text(i, 19)), {}});
        break;
      default:
        k.kind = ConstraintKind::Check;
        defs.push_back(Def{t, t->constraints.size(), std::string(r.text(i, 19)), {}});
        break;
      }
      k.deferrable = r.boolean(i, 12);
      k.initially_deferred = r.boolean(i, 13);
      k.not_valid = !r.boolean(i, 14);
      k.inherited = !r.boolean(i, 15) || r.integer(i, 18) != 0;
      k.no_inherit = r.boolean(i, 17);
      k.set(&ConstraintDef::Rare::comment, std::string(r.text(i, 20)));
      k.hist.created = t->hist.created;
      k.loc = t->hist.created;
      t->constraints.push_back(std::move(k));
    }
    ExprJobs::parallel_chunks(defs.size(), jobs, [&](std::size_t i) {
      defs[i].parsed = parse::parse_constraint(defs[i].sql);
    });
    for (Def& d : defs) {
      Constraint& k = d.table->constraints[d.index];
      if (!d.parsed) {
        k.mut().expr_text = d.sql;
        continue;
      }
      ConstraintDef& p = *d.parsed;
      if (k.kind == ConstraintKind::Check) {
        k.mut().expr = std::move(p.mut().expr);
        k.mut().expr_text = std::move(p.mut().expr_text);
        k.columns = std::move(p.columns);
        k.name_generated = looks_generated(k.name, d.table->name,
                                           k.columns.size() == 1 ? k.columns[0] : "", "check");
      } else {
        k.columns = std::move(p.columns);
        k.mut().exclude_elements = std::move(p.mut().exclude_elements);
        k.mut().method = std::move(p.mut().method);
        k.mut().exclude_ops = std::move(p.mut().exclude_ops);
        k.has_where = p.has_where;
        k.mut().where = std::move(p.mut().where);
        k.name_generated = looks_generated(k.name, d.table->name, name_addition(k.columns), "excl");
      }
    }
  }

  void read_indexes(int version) {
    struct Opclass {
      std::string name;
      bool is_default = false;
    };
    std::unordered_map<Oid, Opclass> opclasses;
    {
      Rows oc = conn.query(sql::kOpclasses);
      for (std::size_t i = 0; i < oc.size(); ++i) {
        const std::string_view schema = oc.text(i, 3);
        opclasses[oc.integer(i, 0)] =
            Opclass{(schema == "pg_catalog" ? std::string() : std::string(schema) + ".") +
                        std::string(oc.text(i, 1)),
                    oc.boolean(i, 2)};
      }
    }
    Rows r = query(sql::q_indexes(version));
    struct Def {
      Table* table;
      std::size_t row;
      std::optional<IndexDef> parsed;
    };
    std::vector<Def> defs;
    defs.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (Table* t = rel(r.integer(i, 1))) {
        defs.push_back(Def{t, i, {}});
      }
    }
    ExprJobs::parallel_chunks(defs.size(), jobs, [&](std::size_t i) {
      if (!r.null(defs[i].row, 7)) {
        defs[i].parsed = parse::parse_index(r.text(defs[i].row, 7));
      }
    });
    for (Def& d : defs) {
      const std::size_t i = d.row;
      Table& t = *d.table;
      Index idx;
      if (d.parsed) {
        static_cast<IndexDef&>(idx) = std::move(*d.parsed);
      } else {
        // Plain column keys: built from indkey / indoption / indclass.
        const std::vector<std::string> cols = column_names(r.integer(i, 1), r.text(i, 13));
        const std::vector<std::string> options = parse_text_array(r.text(i, 14));
        const std::vector<std::string> classes = parse_text_array(r.text(i, 15));
        const auto nkey = static_cast<std::size_t>(r.integer(i, 16));
        for (std::size_t k = 0; k < cols.size(); ++k) {
          if (k >= nkey) {
            idx.mut().include.push_back(cols[k]);
            continue;
          }
          IndexKey key;
          key.column = cols[k];
          key.descending = k < options.size() && (std::atoi(options[k].c_str()) & 1) != 0;
          if (k < classes.size()) {
            const auto oc = opclasses.find(std::strtoll(classes[k].c_str(), nullptr, 10));
            if (oc != opclasses.end() && !oc->second.is_default) {
              key.set_opclass(oc->second.name);
            }
          }
          idx.keys.push_back(std::move(key));
        }
      }
      idx.method = r.text(i, 12);
      idx.name = r.text(i, 2);
      idx.schema = t.schema;
      idx.table = t.qname();
      idx.only = false; // pg_get_indexdef says ON ONLY for every partitioned table
      idx.unique = r.boolean(i, 3);
      idx.primary = r.boolean(i, 4);
      idx.valid = r.boolean(i, 5);
      idx.nulls_not_distinct = r.boolean(i, 6);
      if (!r.null(i, 9)) {
        idx.mut().parent = std::string(r.text(i, 8)) + "." + std::string(r.text(i, 9));
      }
      idx.constraint = r.text(i, 10);
      idx.set(&IndexDef::Rare::comment, std::string(r.text(i, 11)));
      idx.name_generated = idx.constraint.empty()
                               ? looks_generated(idx.name, t.name,
                                                 name_addition(index_column_names(idx.keys)), "idx")
                               : (t.constraint(idx.constraint) != nullptr &&
                                  t.constraint(idx.constraint)->name_generated);
      idx.hist.created = t.hist.created;
      idx.loc = t.hist.created;
      if (Constraint* k = t.constraint(idx.constraint); k != nullptr &&
                                                        k->kind != ConstraintKind::ForeignKey &&
                                                        k->kind != ConstraintKind::Check) {
        k->set(&ConstraintDef::Rare::include, idx.include());
        k->nulls_not_distinct = idx.nulls_not_distinct;
      }
      t.indexes.push_back(std::move(idx));
    }
  }

  void read_policies() {
    Rows r = query(sql::q_policies());
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 0));
      if (t == nullptr) {
        continue;
      }
      Policy p;
      p.name = r.text(i, 1);
      p.command = policy_command(r.chr(i, 2));
      p.permissive = r.boolean(i, 3);
      p.roles = r.array(i, 4);
      p.has_using = !r.null(i, 5);
      p.has_check = !r.null(i, 6);
      p.comment = r.text(i, 7);
      p.hist.created = t->hist.created;
      t->policies.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 0));
      if (t == nullptr) {
        continue;
      }
      for (Policy& p : t->policies) {
        if (p.name != r.text(i, 1)) {
          continue;
        }
        if (p.has_using) {
          exprs.add(std::string(r.text(i, 5)), &p.using_expr, &p.using_text);
        }
        if (p.has_check) {
          exprs.add(std::string(r.text(i, 6)), &p.check_expr, &p.check_text);
        }
      }
    }
  }

  void read_triggers() {
    Rows r = query(sql::q_triggers());
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 0));
      if (t == nullptr) {
        continue;
      }
      Trigger tr;
      tr.name = r.text(i, 1);
      tr.function = QualName{std::string(r.text(i, 2)), std::string(r.text(i, 3))};
      const std::int64_t type = r.integer(i, 4);
      // TRIGGER_TYPE_* bits of PostgreSQL's pg_trigger.h
      tr.row_level = (type & 1) != 0;
      tr.timing = (type & 2) != 0 ? "before" : ((type & 64) != 0 ? "instead of" : "after");
      if ((type & 4) != 0) {
        tr.events.emplace_back("insert");
      }
      if ((type & 8) != 0) {
        tr.events.emplace_back("delete");
      }
      if ((type & 16) != 0) {
        tr.events.emplace_back("update");
      }
      if ((type & 32) != 0) {
        tr.events.emplace_back("truncate");
      }
      tr.constraint_trigger = r.boolean(i, 5);
      tr.hist.created = t->hist.created;
      t->rare.mut().triggers.push_back(std::move(tr));
    }
  }

  // What views read: their definitions parsed like CREATE VIEW in a file (pg_depend would miss
  // the system catalogs, which are pinned and have no dependency entries).
  void read_view_reads() {
    Rows r = query(sql::q_view_definitions());
    std::vector<std::optional<std::vector<QualName>>> reads(r.size());
    ExprJobs::parallel_chunks(
        r.size(), jobs, [&](std::size_t i) { reads[i] = parse::parse_view_reads(r.text(i, 1)); });
    for (std::size_t i = 0; i < r.size(); ++i) {
      Table* t = rel(r.integer(i, 0));
      if (t == nullptr || !reads[i]) {
        continue;
      }
      for (QualName& q : *reads[i]) {
        if (!q.qualified()) {
          q.schema = "pg_catalog"; // with an empty search_path only pg_catalog is visible
        }
        if (std::find(t->rare->reads.begin(), t->rare->reads.end(), q) == t->rare->reads.end()) {
          t->rare.mut().reads.push_back(std::move(q));
        }
      }
    }
  }

  void read_types(std::uint32_t& ordinal) {
    std::vector<std::unique_ptr<Type>> out;
    Rows r = query(sql::q_types());
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto t = std::make_unique<Type>();
      t->schema = r.text(i, 1);
      t->name = r.text(i, 2);
      switch (r.chr(i, 3)) {
      case 'e':
        t->kind = TypeKind::Enum;
        t->values = r.array(i, 8);
        break;
      case 'd':
        t->kind = TypeKind::Domain;
        t->base = type_cache.get(std::string(r.text(i, 6)), r.integer(i, 7));
        t->not_null = r.boolean(i, 4);
        t->has_default = r.boolean(i, 5);
        break;
      case 'c':
        t->kind = TypeKind::Composite;
        break;
      case 'r':
        t->kind = TypeKind::Range;
        break;
      default:
        t->kind = TypeKind::Base;
        break;
      }
      t->comment = r.text(i, 9);
      types[r.integer(i, 0)] = t.get();
      out.push_back(std::move(t));
    }
    Rows checks = query(sql::q_domain_checks());
    struct Def {
      Type* type;
      std::size_t row;
      std::optional<ConstraintDef> parsed;
    };
    std::vector<Def> defs;
    for (std::size_t i = 0; i < checks.size(); ++i) {
      const auto it = types.find(checks.integer(i, 0));
      if (it != types.end()) {
        defs.push_back(Def{it->second, i, {}});
      }
    }
    ExprJobs::parallel_chunks(defs.size(), jobs, [&](std::size_t i) {
      defs[i].parsed = parse::parse_constraint(checks.text(defs[i].row, 2));
    });
    for (Def& d : defs) {
      Constraint k;
      if (d.parsed) {
        static_cast<ConstraintDef&>(k) = std::move(*d.parsed);
      }
      k.kind = ConstraintKind::Check;
      k.name = checks.text(d.row, 1);
      k.name_generated = looks_generated(k.name, d.type->name, "", "check");
      k.not_valid = !checks.boolean(d.row, 3);
      d.type->checks.push_back(std::move(k));
    }
    Rows attrs = query(sql::q_composite_attributes());
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      const auto it = types.find(attrs.integer(i, 0));
      if (it == types.end()) {
        continue;
      }
      Column a;
      a.name = attrs.text(i, 1);
      a.type = type_cache.get(std::string(attrs.text(i, 2)), attrs.integer(i, 3));
      it->second->attributes.push_back(std::move(a));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a->schema, a->name) < std::tie(b->schema, b->name);
    });
    for (auto& t : out) {
      t->hist.created = db_ref(ordinal++);
      for (Constraint& k : t->checks) {
        k.hist.created = t->hist.created;
        k.loc = t->hist.created;
      }
      for (Column& a : t->attributes) {
        a.hist.created = t->hist.created;
        a.loc = t->hist.created;
      }
      if (t->kind == TypeKind::Enum) {
        t->value_added.assign(t->values.size(), t->hist.created);
      }
      cat.add_type(std::move(t));
    }
  }

  void read_functions(std::uint32_t& ordinal) {
    Rows r = query(sql::q_functions());
    std::vector<std::unique_ptr<Function>> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto f = std::make_unique<Function>();
      f->schema = r.text(i, 1);
      f->name = r.text(i, 2);
      f->procedure = r.chr(i, 3) == 'p';
      f->security_definer = r.boolean(i, 4);
      for (const std::string& setting : r.array(i, 5)) {
        if (setting.starts_with("search_path=")) {
          f->has_search_path = true;
          f->search_path = search_path_entries(std::string_view(setting).substr(12));
        }
      }
      f->language = str::to_lower(r.text(i, 6));
      f->returns_set = r.boolean(i, 7);
      f->returns = type_cache.get(std::string(r.text(i, 8)), 0);
      for (const std::string& a : r.array(i, 9)) {
        f->arg_types.push_back(type_cache.get(a, 0));
      }
      const std::vector<std::string> names = r.array(i, 10);
      const std::vector<std::string> modes = r.array(i, 11);
      if (modes.empty()) {
        for (std::size_t k = 0; k < f->arg_types.size(); ++k) {
          f->arg_names.push_back(k < names.size() ? names[k] : std::string());
        }
      } else {
        for (std::size_t k = 0; k < modes.size(); ++k) {
          if (modes[k] == "i" || modes[k] == "b" || modes[k] == "v") {
            f->arg_names.push_back(k < names.size() ? names[k] : std::string());
          }
        }
      }
      f->comment = r.text(i, 12);
      out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a->schema, a->name) < std::tie(b->schema, b->name);
    });
    for (auto& f : out) {
      f->hist.created = db_ref(ordinal++);
      cat.add_function(std::move(f));
    }
  }

  // Sequences; returns "schema.table.column" -> sequence name for OWNED BY columns.
  std::map<std::string, std::string> read_sequences(std::uint32_t& ordinal) {
    Rows r = query(sql::q_sequences());
    std::map<std::string, std::string> owned;
    std::vector<std::unique_ptr<Sequence>> out;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r.chr(i, 5) == 'i') {
        continue;
      }
      auto s = std::make_unique<Sequence>();
      s->schema = r.text(i, 0);
      s->name = r.text(i, 1);
      if (!r.null(i, 4)) {
        s->owned_table = QualName{std::string(r.text(i, 2)), std::string(r.text(i, 3))};
        s->owned_column = r.text(i, 4);
        owned[s->owned_table->schema + "." + s->owned_table->name + "." + s->owned_column] =
            s->name;
      }
      out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a->schema, a->name) < std::tie(b->schema, b->name);
    });
    for (auto& s : out) {
      s->hist.created = db_ref(ordinal++);
      cat.add_sequence(std::move(s));
    }
    return owned;
  }

  // A column whose default is nextval() of a sequence it owns is what `serial` expands to.
  void mark_serials(const std::map<std::string, std::string>& owned) {
    if (owned.empty()) {
      return;
    }
    for (const auto& t : tables) {
      for (Column& c : t->columns) {
        if (!c.has_default) {
          continue;
        }
        const auto it = owned.find(t->schema + "." + t->name + "." + c.name);
        if (it != owned.end() && nextval_sequence(c.default_expr) == it->second) {
          c.serial = serial_for(c.type);
        }
      }
    }
  }
};

} // namespace

SourceRef db_ref(std::uint32_t ordinal) {
  return SourceRef{kDbFile, ordinal, ordinal};
}

Catalog read(const Options& options, Info* info) {
  auto t0 = std::chrono::steady_clock::now();
  Connection conn(options.url);
  Info local;
  Info& inf = info != nullptr ? *info : local;
  inf.connect_ms = ms_since(t0);
  inf.label = conn.label();
  inf.server_version = conn.server_version();
  if (inf.server_version < 130000) {
    throw DbError("ddlint reads PostgreSQL 13 and newer; " + inf.label + " runs version " +
                  std::to_string(inf.server_version / 10000));
  }
  t0 = std::chrono::steady_clock::now();
  // One consistent snapshot; every name printed by the server comes schema-qualified.
  conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  conn.exec("SELECT pg_catalog.set_config('search_path', '', true)");

  Reader rd(conn, options.jobs == 0 ? parallel::hardware_jobs() : options.jobs);
  if (!options.schemas.empty()) {
    rd.filter = true;
    rd.schemas_param = "{";
    for (std::size_t i = 0; i < options.schemas.size(); ++i) {
      std::string v;
      for (const char c : options.schemas[i]) {
        if (c == '"' || c == '\\') {
          v += '\\';
        }
        v += c;
      }
      rd.schemas_param += (i == 0 ? "\"" : ",\"") + v + "\"";
    }
    rd.schemas_param += "}";
  }
  rd.read_schemas();
  rd.read_extensions();
  rd.read_relations();
  rd.read_inherits();
  rd.read_columns();
  rd.read_constraints();
  rd.read_indexes(inf.server_version);
  rd.read_policies();
  rd.read_triggers();
  rd.read_view_reads();
  std::uint32_t ordinal = static_cast<std::uint32_t>(rd.tables.size());
  rd.read_types(ordinal);
  rd.read_functions(ordinal);
  const std::map<std::string, std::string> owned = rd.read_sequences(ordinal);
  conn.exec("COMMIT");
  inf.query_ms = ms_since(t0);

  t0 = std::chrono::steady_clock::now();
  rd.exprs.run(rd.jobs);
  rd.mark_serials(owned);
  for (auto& t : rd.tables) {
    rd.cat.add_table(std::move(t));
  }
  rd.tables.clear();
  rd.cat.link_children();
  rd.cat.finish();
  inf.build_ms = ms_since(t0);
  return std::move(rd.cat);
}

} // namespace ddlint::catalog::live
