#include "live/parity.h"

#include "catalog/dump.h"
#include "engine/engine.h"
#include "rules/registry.h"
#include "rules/rule.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace ddlint::test {
namespace {

namespace fs = std::filesystem;

using json = nlohmann::json;

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string show(const json& j) {
  return j.is_null() ? std::string("(absent)") : j.dump();
}

// Collects differences with a context prefix ("table public.orders: constraint x: ").
class Differ {
public:
  explicit Differ(std::vector<std::string>& out) : out_(out) {}
  void push(std::string ctx) { ctx_.push_back(std::move(ctx)); }
  void pop() { ctx_.pop_back(); }
  void diff(const std::string& what, const json& files, const json& db) {
    if (files != db) {
      out_.push_back(prefix() + what + ": files " + show(files) + ", db " + show(db));
    }
  }
  void note(const std::string& text) { out_.push_back(prefix() + text); }

private:
  std::string prefix() const {
    std::string p;
    for (const std::string& c : ctx_) {
      p += c + ": ";
    }
    return p;
  }
  std::vector<std::string>& out_;
  std::vector<std::string> ctx_;
};

json get(const json& j, const char* key) {
  const auto it = j.find(key);
  return it == j.end() ? json() : *it;
}

json sorted(json a) {
  if (a.is_array()) {
    std::sort(a.begin(), a.end());
  }
  return a;
}

bool flag(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

// Keyed objects of an array: key -> object; `key_of` builds the key.
template <typename KeyFn> std::map<std::string, json> by_key(const json& arr, KeyFn key_of) {
  std::map<std::string, json> out;
  if (arr.is_array()) {
    for (const json& x : arr) {
      // A temporary table lives only in the session that created it.
      if (!x.is_object() || !x.value("temporary", false)) {
        out[key_of(x)] = x;
      }
    }
  }
  return out;
}

std::string name_of(const json& x) {
  return x.value("name", "");
}

std::string qualified(const json& x) {
  return x.value("schema", "") + "." + x.value("name", "");
}

// Compares two keyed sets; calls each(key, files, db) for the common keys.
template <typename Fn>
void keyed(Differ& d, const std::string& what, const std::map<std::string, json>& files,
           const std::map<std::string, json>& db, Fn each) {
  for (const auto& [k, v] : files) {
    if (db.count(k) == 0) {
      d.note(what + " " + k + " only in files");
    }
  }
  for (const auto& [k, v] : db) {
    if (files.count(k) == 0) {
      d.note(what + " " + k + " only in db");
    }
  }
  for (const auto& [k, v] : files) {
    const auto it = db.find(k);
    if (it != db.end()) {
      d.push(what + " " + k);
      each(v, it->second);
      d.pop();
    }
  }
}

// Expression keys are printed differently by the server (casts, parentheses): compare "an
// expression" only.
json index_keys(const json& keys) {
  json out = json::array();
  if (keys.is_array()) {
    for (const json& k : keys) {
      const std::string s = k.get<std::string>();
      out.push_back(s.starts_with("(") ? std::string("(expression)") : s);
    }
  }
  return out;
}

// Function signatures without type modifiers (PostgreSQL drops them for arguments).
std::string signature_key(const json& f) {
  std::string sig = f.value("signature", "");
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < sig.size(); ++i) {
    const char c = sig[i];
    if (c == '(') {
      ++depth;
      if (depth > 1) {
        continue;
      }
    } else if (c == ')') {
      --depth;
      if (depth > 0) {
        continue;
      }
    } else if (depth > 1) {
      continue;
    }
    out += c;
  }
  return f.value("schema", "") + "." + out;
}

void compare_table(Differ& d, const json& f, const json& b) {
  d.diff("kind", get(f, "kind"), get(b, "kind"));
  const bool view = f.value("kind", "") == "view" || f.value("kind", "") == "materialized view";
  // Columns: names in order, then each column.
  json fnames = json::array();
  json bnames = json::array();
  for (const json& c : get(f, "columns")) {
    fnames.push_back(c.value("name", ""));
  }
  for (const json& c : get(b, "columns")) {
    bnames.push_back(c.value("name", ""));
  }
  const bool columns_known = !flag(f, "columns_unknown");
  if (columns_known || !view) {
    if (columns_known) {
      d.diff("columns", fnames, bnames);
    }
    const auto fc = by_key(get(f, "columns"), name_of);
    const auto bc = by_key(get(b, "columns"), name_of);
    for (const auto& [name, fcol] : fc) {
      const auto it = bc.find(name);
      if (it == bc.end()) {
        continue;
      }
      const json& bcol = it->second;
      d.push("column " + name);
      // An empty type: the files do not say (CREATE TABLE AS, view columns).
      if (!fcol.value("type", "").empty()) {
        d.diff("type", get(fcol, "type"), get(bcol, "type"));
      }
      if (!view) {
        d.diff("not null", get(fcol, "not_null"), get(bcol, "not_null"));
        d.diff("has default", fcol.contains("default"), bcol.contains("default"));
        d.diff("identity", get(fcol, "identity"), get(bcol, "identity"));
        d.diff("generated", get(fcol, "generated"), get(bcol, "generated"));
      }
      d.pop();
    }
  }
  keyed(d, "constraint", by_key(get(f, "constraints"), name_of),
        by_key(get(b, "constraints"), name_of), [&](const json& x, const json& y) {
          d.diff("type", get(x, "type"), get(y, "type"));
          if (x.value("type", "") == "check") {
            d.diff("columns", sorted(get(x, "columns")), sorted(get(y, "columns")));
          } else {
            d.diff("columns", get(x, "columns"), get(y, "columns"));
          }
          d.diff("include", get(x, "include"), get(y, "include"));
          d.diff("references", get(x, "references"), get(y, "references"));
          d.diff("deferrable", get(x, "deferrable"), get(y, "deferrable"));
          d.diff("initially deferred", get(x, "initially_deferred"), get(y, "initially_deferred"));
          d.diff("not valid", get(x, "not_valid"), get(y, "not_valid"));
          d.diff("inherited", get(x, "inherited"), get(y, "inherited"));
          d.diff("method", get(x, "method"), get(y, "method"));
          d.diff("operators", get(x, "operators"), get(y, "operators"));
        });
  keyed(d, "index", by_key(get(f, "indexes"), name_of), by_key(get(b, "indexes"), name_of),
        [&](const json& x, const json& y) {
          d.diff("unique", get(x, "unique"), get(y, "unique"));
          d.diff("primary", get(x, "primary"), get(y, "primary"));
          d.diff("method", get(x, "method"), get(y, "method"));
          d.diff("keys", index_keys(get(x, "keys")), index_keys(get(y, "keys")));
          d.diff("include", get(x, "include"), get(y, "include"));
          d.diff("partial", x.contains("predicate"), y.contains("predicate"));
          d.diff("constraint", get(x, "constraint"), get(y, "constraint"));
          d.diff("parent", get(x, "parent"), get(y, "parent"));
          d.diff("valid", get(x, "valid"), get(y, "valid"));
        });
  d.diff("partition of", get(f, "partition_of"), get(b, "partition_of"));
  d.diff("partition strategy", get(get(f, "partition_by"), "strategy"),
         get(get(b, "partition_by"), "strategy"));
  d.diff("inherits", get(f, "inherits"), get(b, "inherits"));
  d.diff("rls", get(f, "rls"), get(b, "rls"));
  keyed(d, "policy", by_key(get(f, "policies"), name_of), by_key(get(b, "policies"), name_of),
        [&](const json& x, const json& y) {
          d.diff("command", get(x, "command"), get(y, "command"));
          d.diff("permissive", get(x, "permissive"), get(y, "permissive"));
          d.diff("roles", sorted(get(x, "roles")), sorted(get(y, "roles")));
          d.diff("has using", x.contains("using"), y.contains("using"));
          d.diff("has with check", x.contains("with_check"), y.contains("with_check"));
        });
  keyed(d, "trigger", by_key(get(f, "triggers"), name_of), by_key(get(b, "triggers"), name_of),
        [&](const json& x, const json& y) {
          d.diff("timing", get(x, "timing"), get(y, "timing"));
          d.diff("events", sorted(get(x, "events")), sorted(get(y, "events")));
          d.diff("row level", get(x, "row_level"), get(y, "row_level"));
          auto fn = [](const json& t) {
            const std::string s = t.value("function", "");
            const auto dot = s.rfind('.');
            return dot == std::string::npos ? s : s.substr(dot + 1);
          };
          d.diff("function", fn(x), fn(y));
        });
  if (view) {
    d.diff("reads", sorted(get(f, "reads")), sorted(get(b, "reads")));
    d.diff("security_invoker", get(f, "security_invoker"), get(b, "security_invoker"));
  }
  d.diff("comment", get(f, "comment"), get(b, "comment"));
}

} // namespace

std::vector<std::string> compare_catalogs(const json& files, const json& db) {
  std::vector<std::string> out;
  Differ d(out);
  d.diff("schemas", sorted(get(files, "schemas")), sorted(get(db, "schemas")));
  keyed(d, "table", by_key(get(files, "tables"), qualified), by_key(get(db, "tables"), qualified),
        [&](const json& f, const json& b) { compare_table(d, f, b); });
  keyed(d, "type", by_key(get(files, "types"), qualified), by_key(get(db, "types"), qualified),
        [&](const json& f, const json& b) {
          d.diff("kind", get(f, "kind"), get(b, "kind"));
          d.diff("values", get(f, "values"), get(b, "values"));
          d.diff("base", get(f, "base"), get(b, "base"));
          d.diff("not null", get(f, "not_null"), get(b, "not_null"));
          json fc = json::array();
          json bc = json::array();
          for (const json& k : get(f, "checks")) {
            fc.push_back(k.value("name", ""));
          }
          for (const json& k : get(b, "checks")) {
            bc.push_back(k.value("name", ""));
          }
          d.diff("checks", sorted(fc), sorted(bc));
          d.diff("attributes", get(f, "attributes"), get(b, "attributes"));
        });
  keyed(d, "function", by_key(get(files, "functions"), signature_key),
        by_key(get(db, "functions"), signature_key), [&](const json& f, const json& b) {
          d.diff("kind", get(f, "kind"), get(b, "kind"));
          d.diff("language", get(f, "language"), get(b, "language"));
          d.diff("security definer", get(f, "security_definer"), get(b, "security_definer"));
          d.diff("search_path", get(f, "search_path"), get(b, "search_path"));
        });
  keyed(d, "sequence", by_key(get(files, "sequences"), qualified),
        by_key(get(db, "sequences"), qualified), [&](const json& f, const json& b) {
          d.diff("owned by", get(f, "owned_by"), get(b, "owned_by"));
        });
  auto exts = [](const json& root) {
    json names = json::array();
    for (const json& e : get(root, "extensions")) {
      if (e != "plpgsql") {
        names.push_back(e);
      }
    }
    return sorted(names);
  };
  d.diff("extensions", exts(files), exts(db));
  return out;
}

RunInputs parity_inputs(const ParityInput& in) {
  RunInputs inputs;
  for (const std::string& s : in.stubs) {
    engine::load_sources({s}, in.config, inputs);
  }
  engine::load_sources(in.paths, in.config, inputs);
  return inputs;
}

LoadResult load_inputs(PgCluster& pg, const ParityInput& in, const RunInputs& inputs) {
  LoadResult res;
  // Roles are cluster objects the model does not have: create those the inputs grant to (or
  // name in policies) and load again. Function bodies are not modelled either: load with
  // check_function_bodies off, as pg_dump does.
  auto t0 = std::chrono::steady_clock::now();
  for (int attempt = 0;; ++attempt) {
    res.database = pg.create_database(in.name);
    for (const std::string& sql : in.setup) {
      pg.exec(res.database, sql);
    }
    res.loaded = true;
    for (const FileInput& f : inputs.files) {
      const CommandResult r =
          pg.psql_file(res.database, f.path, true, "SET check_function_bodies = off");
      if (r.code != 0) {
        res.loaded = false;
        res.rejected_file = f.path;
        res.psql_output = r.output;
        break;
      }
    }
    const std::string marker = "ERROR:  role \"";
    const std::size_t at = res.psql_output.find(marker);
    if (res.loaded || at == std::string::npos || attempt >= 20) {
      break;
    }
    const std::size_t b = at + marker.size();
    const std::string role = res.psql_output.substr(b, res.psql_output.find('"', b) - b);
    if (res.psql_output.find("\" does not exist", b) == std::string::npos || role.empty()) {
      break;
    }
    pg.ensure_role(role);
    res.roles_created.push_back(role);
    pg.drop_database(res.database);
    res.psql_output.clear();
  }
  res.load_ms = ms_since(t0);
  return res;
}

ParityReport run_parity(PgCluster& pg, const ParityInput& in) {
  ParityReport rep;
  RunInputs inputs = parity_inputs(in);
  LoadResult load = load_inputs(pg, in, inputs);
  rep.loaded = load.loaded;
  rep.database = std::move(load.database);
  rep.rejected_file = std::move(load.rejected_file);
  rep.psql_output = std::move(load.psql_output);
  rep.roles_created = std::move(load.roles_created);
  rep.load_ms = load.load_ms;

  catalog::Catalog from_files = engine::build_catalog(inputs, 0);
  for (const FileInput& f : inputs.files) {
    for (const auto& e : f.errors) {
      rep.ddlint_problems.push_back(f.path + ": " + e.message);
    }
  }
  for (const auto& p : from_files.problems()) {
    const std::string path =
        p.loc.file < inputs.files.size() ? inputs.files[p.loc.file].path : std::string("?");
    rep.ddlint_problems.push_back(path + ": " + p.message);
  }
  if (!rep.loaded) {
    if (!in.keep_database) {
      pg.drop_database(rep.database);
    }
    return rep;
  }

  const auto t0 = std::chrono::steady_clock::now();
  RunInputs db_inputs;
  const catalog::Catalog from_db = engine::load_db(pg.url(rep.database), {}, 0, db_inputs);
  rep.read_ms = ms_since(t0);
  rep.tables = from_db.tables().size();
  rep.catalog_diffs = compare_catalogs(json::parse(catalog::dump_json(from_files)),
                                       json::parse(catalog::dump_json(from_db)));
  // Model fields the dump does not show but rules read.
  for (const auto& ft : from_files.tables()) {
    const catalog::Table* dt = from_db.table(ft->schema, ft->name);
    if (dt == nullptr) {
      continue;
    }
    for (const catalog::Column& fc : ft->columns) {
      const catalog::Column* dc = dt->column(fc.name);
      if (dc != nullptr && fc.serial != dc->serial) {
        rep.catalog_diffs.push_back("table " + ft->schema + "." + ft->name + ": column " + fc.name +
                                    ": serial: files " +
                                    std::to_string(static_cast<int>(fc.serial)) + ", db " +
                                    std::to_string(static_cast<int>(dc->serial)));
      }
    }
  }

  // Findings: the same (rule, fingerprint) pairs, except rules that only exist for files and
  // ddlint's findings about its own input (suppressions).
  auto comparable = [](const Finding& f) {
    const rules::Rule* r = rules::find(f.rule);
    return r != nullptr && !r->meta().files_only && f.category != Category::Meta;
  };
  std::map<std::pair<std::string, std::string>, std::string> fset;
  std::map<std::pair<std::string, std::string>, std::string> dset;
  const std::vector<Finding> file_findings =
      engine::run_rules(from_files, inputs, in.config, {}, 0);
  const std::vector<Finding> db_findings = engine::run_rules(from_db, db_inputs, in.config, {}, 0);
  for (const Finding& f : file_findings) {
    if (comparable(f)) {
      fset[{f.rule.string(), f.fingerprint.str()}] = f.object.display() + ": " + f.message;
    }
  }
  for (const Finding& f : db_findings) {
    if (comparable(f)) {
      dset[{f.rule.string(), f.fingerprint.str()}] = f.object.display() + ": " + f.message;
    }
  }
  rep.findings = fset.size();
  // What the files say that a database does not keep: a finding that differs because of it is
  // excused, with the reason, instead of failing.
  auto excuse = [&](const std::string& rule, const Finding* f) -> std::string {
    if (rule == "identifier-length" && !from_files.long_names().empty()) {
      return "the untruncated identifier exists only in the files";
    }
    if (f == nullptr) {
      return {};
    }
    if (rule == "enum-type" && !f->object.type.empty()) {
      const catalog::Type* ty = from_files.type(f->object.schema, f->object.type);
      if (ty != nullptr && !(f->loc == ty->hist.created)) {
        return "ALTER TYPE ... ADD VALUE is migration history; a database keeps only the labels";
      }
    }
    const catalog::Table* ft = from_files.table(f->object.schema, f->object.table);
    const catalog::Table* dt = from_db.table(f->object.schema, f->object.table);
    if (ft != nullptr && ft->temporary) {
      return "a temporary table exists only in the session that created it";
    }
    if (ft != nullptr && !f->object.column.empty()) {
      const catalog::Column* c = ft->column(f->object.column);
      if (c != nullptr && !c->trailing_comment().empty()) {
        return "the column's trailing comment (" + c->trailing_comment() + ") is not in a database";
      }
    }
    if (ft != nullptr && dt != nullptr) {
      const Atom name = !f->object.constraint.empty() ? f->object.constraint : f->object.index;
      const catalog::Constraint* fk = ft->constraint(name);
      const catalog::Constraint* dk = dt->constraint(name);
      const catalog::Index* fi = ft->index(name);
      const catalog::Index* di = dt->index(name);
      if ((fk != nullptr && dk != nullptr && fk->name_generated != dk->name_generated) ||
          (fi != nullptr && di != nullptr && fi->name_generated != di->name_generated)) {
        return "whether PostgreSQL chose the name " + name + " cannot be read from a database";
      }
    }
    return {};
  };
  for (const auto& [k, msg] : fset) {
    if (dset.count(k) == 0) {
      const Finding* f = nullptr;
      for (const Finding& x : file_findings) {
        if (x.rule == k.first && x.fingerprint.str() == k.second) {
          f = &x;
        }
      }
      const std::string why = excuse(k.first, f);
      (why.empty() ? rep.finding_diffs : rep.excused)
          .push_back(k.first + " only for files: " + msg + (why.empty() ? "" : " [" + why + "]"));
    }
  }
  for (const auto& [k, msg] : dset) {
    if (fset.count(k) == 0) {
      const Finding* f = nullptr;
      for (const Finding& x : db_findings) {
        if (x.rule == k.first && x.fingerprint.str() == k.second) {
          f = &x;
        }
      }
      const std::string why = excuse(k.first, f);
      (why.empty() ? rep.finding_diffs : rep.excused)
          .push_back(k.first + " only for db: " + msg + (why.empty() ? "" : " [" + why + "]"));
    }
  }
  if (!in.keep_database) {
    pg.drop_database(rep.database);
  }
  return rep;
}

Config fixture_config(const Fixture& fx) {
  const fs::path p(fx.path);
  const fs::path cfg =
      fx.is_dir ? p / "ddlint.json" : p.parent_path() / (p.stem().string() + ".ddlint.json");
  if (!fs::exists(cfg)) {
    return default_config();
  }
  std::ifstream in(cfg);
  std::stringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), cfg.string(), cfg.parent_path().string());
}

std::vector<std::string> fixture_paths(const Fixture& fx) {
  if (!fx.is_dir) {
    return {fx.path};
  }
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(fx.path)) {
    const std::string p = e.path().string();
    if (e.is_regular_file() && p.ends_with(".sql") && !p.ends_with(".fix.sql")) {
      paths.push_back(p);
    }
  }
  return paths;
}

void add_supabase(ParityInput& in) {
  in.stubs.insert(in.stubs.begin(), DDLINT_TESTS_DIR "/live/stubs/supabase.sql");
  for (const char* r : {"anon", "authenticated", "service_role"}) {
    in.setup.push_back(std::string("DO $$ BEGIN CREATE ROLE ") + r +
                       " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
  }
  in.setup.emplace_back("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = "
                        "\"$user\", public, extensions', current_database()); END $$");
}

bool needs_supabase(const std::string& psql_output) {
  return psql_output.find("schema \"auth\" does not exist") != std::string::npos ||
         psql_output.find("schema \"storage\" does not exist") != std::string::npos;
}

std::string rejection_reason(const std::vector<std::string>& ddlint_problems,
                             const std::string& psql_output, const Config& cfg) {
  if (!ddlint_problems.empty()) {
    return "ddlint reports it too (" + ddlint_problems.front() + ")";
  }
  if (psql_output.find(": error: \\") != std::string::npos) {
    return "a psql meta-command (ddlint skips those)";
  }
  if (psql_output.find("ERROR:  function ") != std::string::npos &&
      psql_output.find(" does not exist") != std::string::npos) {
    return "it calls a function defined nowhere in the inputs (ddlint does not check calls)";
  }
  if (!cfg.external.empty()) {
    return "it uses objects the config declares external";
  }
  if (psql_output.find("is not available") != std::string::npos ||
      psql_output.find("could not open extension control file") != std::string::npos) {
    return "an extension this server does not have";
  }
  return {};
}

std::string corpus_dir() {
  if (const char* env = std::getenv("DDLINT_CORPUS")) {
    return env;
  }
  return (fs::path(DDLINT_SOURCE_DIR) / ".." / "shared" / "corpus").string();
}

const std::vector<CorpusEntry>& corpus_entries() {
  static const std::vector<CorpusEntry> entries = {
      {"gitlab", {"db/structure.sql"}, false, {}, {}, {}},
      // pg_partman is not packaged for Debian's PostgreSQL 15; lago only creates it and a
      // template table in its schema.
      {"lago",
       {"db/structure.sql"},
       false,
       {},
       {},
       {"CREATE EXTENSION IF NOT EXISTS pg_partman WITH SCHEMA partman;"}},
      {"harbor", {"make/migrations/postgresql"}, false, {}, {"golang_migrate.sql"}, {}},
      {"kestra", {"jdbc-postgres/src/main/resources/migrations/postgres"}, false, {}, {}, {}},
      {"conductor",
       {"postgres-persistence/src/main/resources/db/migration_postgres"},
       false,
       {},
       {},
       {}},
      {"supabase-basejump", {"supabase/migrations"}, true, {}, {}, {}},
      {"graphile-starter",
       {"data/schema.sql"},
       false,
       {"graphile_starter", "graphile_starter_visitor"},
       {},
       {}},
      {"danbooru", {"db/structure.sql"}, false, {}, {}, {}},
      {"northwind", {"northwind.sql"}, false, {}, {}, {}},
      {"makerkit-lite", {"apps/web/supabase/migrations"}, true, {}, {}, {}},
      {"nextjs-subscription-payments", {"supabase/migrations"}, true, {}, {}, {}},
      {"documenso", {"packages/prisma/migrations"}, false, {}, {}, {}},
  };
  return entries;
}

ParityInput corpus_input(const std::string& dir, const CorpusEntry& e, const std::string& scratch) {
  ParityInput in;
  in.name = e.name;
  for (const char* p : e.paths) {
    const fs::path src = fs::path(dir) / e.name / p;
    if (e.blank.empty() || fs::is_directory(src)) {
      in.paths.push_back(src.string());
      continue;
    }
    // An edited copy, same file name, the statements replaced by spaces.
    std::ifstream f(src, std::ios::binary);
    std::stringstream text;
    text << f.rdbuf();
    std::string content = text.str();
    for (const char* b : e.blank) {
      const std::size_t at = content.find(b);
      if (at == std::string::npos) {
        throw std::runtime_error(src.string() + ": the statement to blank is gone: " + b);
      }
      content.replace(at, std::strlen(b), std::string(std::strlen(b), ' '));
    }
    const fs::path copy = fs::path(scratch) / e.name / src.filename();
    fs::create_directories(copy.parent_path());
    std::ofstream(copy, std::ios::binary) << content;
    in.paths.push_back(copy.string());
  }
  for (const char* st : e.stubs) {
    in.stubs.push_back(std::string(DDLINT_TESTS_DIR "/live/stubs/") + st);
  }
  if (e.supabase) {
    add_supabase(in);
  }
  for (const char* r : e.roles) {
    in.setup.push_back(std::string("DO $$ BEGIN CREATE ROLE ") + r +
                       " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
  }
  return in;
}

} // namespace ddlint::test
