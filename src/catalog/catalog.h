// The catalog: applies lowered statements in order and answers questions about the resulting
// schema. Mirrors PostgreSQL's behaviour where it matters for linting (search_path resolution,
// generated names, partition and inheritance semantics, IF [NOT] EXISTS, CASCADE). Knows nothing
// of rules; problems PostgreSQL itself would report are recorded as neutral `Problem`s.
#pragma once

#include "catalog/flat_key_map.h"
#include "catalog/model.h"
#include "ir/stmt.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ddlint::catalog {

// The sequence a column default nextval('s'::regclass) / nextval('schema.s') draws from
// (its name, unqualified), or "" when `e` is not such a call.
std::string nextval_sequence(const Expr& e);

// What `serial` expands to for a column of type `t`: Small/Regular/Big for int2/int4/int8.
Serial serial_for(const TypeRef& t);

// The text of a problem that is rarely raised, built only when it is: a reference to a
// callable returning std::string (a lambda that lives until the end of the call).
class LazyText {
public:
  template <class F>
    requires std::is_invocable_r_v<std::string, const F&>
  LazyText(const F& f) // NOLINT(google-explicit-constructor)
      : obj_(&f), fn_([](const void* o) -> std::string { return (*static_cast<const F*>(o))(); }) {}
  std::string str() const { return fn_(obj_); }

private:
  const void* obj_;
  std::string (*fn_)(const void*);
};

class Catalog {
public:
  Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;
  Catalog(Catalog&&) noexcept;
  Catalog& operator=(Catalog&&) noexcept;
  ~Catalog();

  // --- building -----------------------------------------------------------------------------
  // Starts a new input file: the search_path goes back to its default ("$user", public).
  void begin_file();
  // Applies one statement (consumed).
  void apply(ir::Statement&& st);
  void add_long_name(LongName n) { long_names_.push_back(std::move(n)); }
  // Resolves references recorded before their target existed and compacts dropped objects.
  // Call once, after the last statement.
  void finish();

  // --- building from a finished schema (the live-database reader, catalog/live) -------------
  // Adds objects that already carry their final state: names as the server chose them,
  // partitions with their cloned indexes, constraints and FKs, FK targets resolved. Nothing is
  // derived, checked or generated here (build.cpp). Add every table, call link_children(), then
  // finish(). Do not mix with apply() on the same catalog.
  // Returns the schema named `name`, adding it when absent (public and the system schemas exist).
  Schema& add_schema(const std::string& name);
  // Registers the table, its indexes (as relations) and its constraint names.
  Table& add_table(std::unique_ptr<Table> t);
  Type& add_type(std::unique_ptr<Type> t);
  Function& add_function(std::unique_ptr<Function> f);
  Sequence& add_sequence(std::unique_ptr<Sequence> s);
  Extension& add_extension(std::unique_ptr<Extension> e);
  // Links partitions and inheritance children to their parents (partition_of / inherits).
  void link_children();

  // --- reading (valid after finish) --------------------------------------------------------
  // Live tables, views and materialized views in creation order.
  std::span<const std::unique_ptr<Table>> tables() const { return tables_; }
  std::span<const std::unique_ptr<Type>> types() const { return types_; }
  std::span<const std::unique_ptr<Function>> functions() const { return functions_; }
  std::span<const std::unique_ptr<Sequence>> sequences() const { return sequences_; }
  std::span<const std::unique_ptr<Schema>> schemas() const { return schemas_; }
  std::span<const std::unique_ptr<Extension>> extensions() const { return extensions_; }
  const std::vector<Problem>& problems() const { return problems_; }
  const std::vector<LongName>& long_names() const { return long_names_; }

  // Exact lookup by schema and name.
  const Table* table(std::string_view schema, std::string_view name) const;
  // Whether a table, view, index or sequence of the schema has this name (PostgreSQL's
  // relation namespace), for the names fixes create.
  bool relation_name_taken(std::string_view schema, std::string_view name) const;
  // Lookup of a name as written: qualified, or through the default search_path.
  const Table* find_table(const QualName& q) const;
  const Type* type(std::string_view schema, std::string_view name) const;
  const Type* find_type(const QualName& q) const;
  // Tables whose FKs reference `t` (each once), in creation order of the referencing tables.
  std::vector<const Table*> referencing(const Table& t) const;
  // Partitions of a partitioned table.
  std::vector<const Table*> partitions(const Table& t) const;

  std::uint32_t statements_applied() const { return statements_applied_; }
  std::uint32_t statements_skipped() const { return statements_skipped_; }

private:
  // Building state and helpers (catalog.cpp)
  // The maps below are keyed on (schema, name) as interned atoms: hashing and equality look at
  // two pointers, never at the text. Names from a QualName or a catalog object are atoms already;
  // a string_view is interned once on lookup.
  struct KeyHash {
    std::size_t operator()(const QualName& q) const noexcept {
      return q.schema.hash() ^ (q.name.hash() + 0x9e3779b97f4a7c15ULL + (q.schema.hash() << 6U));
    }
  };
  template <class V> using KeyMap = std::unordered_map<QualName, V, KeyHash>;
  void problem(Problem::Kind kind, const SourceRef& at, std::string message, Problem info = {});
  bool schema_exists(std::string_view name) const;
  // Schema for a new object named `q`; empty (and a problem recorded) when none applies.
  std::string creation_schema(const QualName& q, const SourceRef& at);
  Table* lookup_table(const QualName& q) const;
  Table* lookup_relation_owner(const QualName& q, std::string* index_name) const;
  Type* lookup_type(const QualName& q) const;
  // Looks up a table that a statement needs; records a pending reference when missing.
  // `context` (the problem's text) is built only when the table is missing.
  Table* require_table(const QualName& q, const SourceRef& at, bool missing_ok, LazyText context);
  void pending(std::string_view kind, const QualName& q, const SourceRef& at, std::string context,
               Problem info = {});
  void resolve_type(TypeRef& t, const SourceRef& at, LazyText context);
  bool constraint_name_taken(std::string_view schema, std::string_view name) const;
  std::string choose_relation_name(std::string_view schema, std::string_view name1,
                                   std::string_view name2, std::string_view label,
                                   bool is_constraint) const;
  std::string choose_constraint_name(std::string_view schema, std::string_view name1,
                                     std::string_view name2, std::string_view label) const;
  void register_constraint_name(std::string_view schema, std::string_view name);
  void unregister_constraint_name(std::string_view schema, std::string_view name);
  void register_relation(std::string_view schema, std::string_view name, Table* owner, char kind);
  void unregister_relation(std::string_view schema, std::string_view name);

  // Statement families (apply_*.cpp)
  void apply_create_schema(ir::CreateSchema& s, const SourceRef& at);
  void apply_create_table(ir::CreateTable& s, const SourceRef& at);
  void apply_create_view(ir::CreateView& s, const SourceRef& at);
  void apply_alter_table(ir::AlterTable& s, const SourceRef& at);
  void apply_create_index(ir::CreateIndex& s, const SourceRef& at);
  void apply_drop(ir::Drop& s, const SourceRef& at);
  void apply_rename(ir::Rename& s, const SourceRef& at);
  void apply_set_schema(ir::SetSchema& s, const SourceRef& at);
  void apply_create_enum(ir::CreateEnum& s, const SourceRef& at);
  void apply_alter_enum(ir::AlterEnum& s, const SourceRef& at);
  void apply_create_domain(ir::CreateDomain& s, const SourceRef& at);
  void apply_alter_domain(ir::AlterDomain& s, const SourceRef& at);
  void apply_create_composite(ir::CreateComposite& s, const SourceRef& at);
  void apply_create_other_type(ir::CreateOtherType& s, const SourceRef& at);
  void apply_create_policy(ir::CreatePolicy& s, const SourceRef& at);
  void apply_alter_policy(ir::AlterPolicy& s, const SourceRef& at);
  void apply_create_function(ir::CreateFunction& s, const SourceRef& at);
  void apply_alter_function(ir::AlterFunction& s, const SourceRef& at);
  void apply_create_trigger(ir::CreateTrigger& s, const SourceRef& at);
  void apply_comment(ir::Comment& s, const SourceRef& at);
  void apply_search_path(ir::SetSearchPath& s, const SourceRef& at);
  void apply_create_sequence(ir::CreateSequence& s, const SourceRef& at);
  void apply_alter_sequence(ir::AlterSequence& s, const SourceRef& at);
  void apply_create_extension(ir::CreateExtension& s, const SourceRef& at);
  void apply_grant_schema_create(ir::GrantSchemaCreate& s, const SourceRef& at);

  // Table-level operations shared by CREATE TABLE, ALTER TABLE and partitions (apply_table.cpp)
  Table* new_table(const QualName& q, TableKind kind, const SourceRef& at, bool if_not_exists,
                   bool* skipped);
  bool add_column(Table& t, ColumnDef&& c, const SourceRef& at, bool if_not_exists);
  void add_constraint(Table& t, ConstraintDef&& c, const SourceRef& at, bool recurse);
  void add_index_for_constraint(Table& t, Constraint& c, const SourceRef& at);
  void add_index(Table& t, Index&& idx, const SourceRef& at, bool recurse);
  void drop_table(Table& t, const SourceRef& at, bool cascade);
  void drop_column(Table& t, const std::string& col, const SourceRef& at, bool cascade,
                   bool missing_ok);
  void drop_constraint(Table& t, const std::string& name, const SourceRef& at, bool cascade,
                       bool missing_ok);
  void drop_index(Table& t, const std::string& name, const SourceRef& at);
  void attach_partition(Table& parent, Table& child, const std::string& bound, const SourceRef& at);
  void clone_to_partition(const Table& parent, Table& child, const SourceRef& at);
  void rename_column(Table& t, const std::string& from, const std::string& to, const SourceRef& at);
  void retarget_relation(const QualName& old, const QualName& now);
  void rename_relation(Table& t, const std::string& to, const SourceRef& at);
  void check_fk(Table& t, Constraint& c, const SourceRef& at);
  void resolve_fk(Constraint& c) const;
  std::vector<Table*> children_of(const Table& t) const; // partitions and inheritance children
  void link_child(const Table& parent, Table& child);
  void unlink_child(const Table& parent, const Table& child);

  // State
  std::vector<std::unique_ptr<Table>> tables_;
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::vector<std::unique_ptr<Sequence>> sequences_;
  std::vector<std::unique_ptr<Schema>> schemas_;
  std::vector<std::unique_ptr<Extension>> extensions_;
  // schema.name -> owner table and kind ('r' table/view, 'i' index, 'S' sequence)
  struct RelEntry {
    Table* owner = nullptr;
    char kind = 'r';
  };
  FlatKeyMap<RelEntry> relations_;
  KeyMap<Type*> type_map_;
  FlatKeyMap<std::uint32_t> constraint_names_; // schema.name -> count
  std::unordered_set<Table*> dropped_tables_;
  // partitions and inheritance children of each table (kept in sync by apply)
  std::unordered_map<const Table*, std::vector<Table*>> children_;
  // built by finish(): referenced table -> tables with FKs to it
  KeyMap<std::vector<const Table*>> referenced_by_;
  std::vector<Atom> search_path_;
  std::vector<Problem> problems_;
  struct Pending {
    std::string kind;
    QualName name;
    std::vector<Atom> path; // search_path at the time
    SourceRef at;
    std::string context;
    Problem info;
  };
  std::vector<Pending> pending_;
  ExprPool exprs_; // one tree per distinct policy expression and column default
  std::vector<LongName> long_names_;
  std::uint32_t statements_applied_ = 0;
  std::uint32_t statements_skipped_ = 0;
  bool finished_ = false;
  bool has_unknown_extension_ = false;
};

} // namespace ddlint::catalog
