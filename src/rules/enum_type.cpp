#include "analysis/analysis.h"
#include "analysis/enum_like.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "catalog/naming.h"
#include "parse/inputs.h"
#include "rules/rule.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace ddlint::rules {
namespace {

bool is_type(const TypeRef& r, const catalog::Type& ty) {
  return !r.builtin && r.schema == ty.schema && r.name == ty.name;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool expr_reads(const Expr& e, std::string_view column) {
  bool found = false;
  e.walk([&](const Expr& n) {
    if (n.kind == Expr::Kind::Column && n.name == column) {
      found = true;
    }
  });
  return found;
}

struct Use {
  const catalog::Table* table = nullptr;
  const catalog::Column* column = nullptr;
};

// A CHECK constraint name that is free on `t` (PostgreSQL's own `<table>_<column>_check` form).
// `taken`: the names this migration already chose in table t.
std::string free_check_name(const catalog::Table& t, std::string_view column,
                            const std::vector<std::string>& taken) {
  const std::string base = catalog::make_object_name(t.name, column, "check");
  std::string name = base;
  for (int n = 1;
       t.constraint(name) != nullptr || std::find(taken.begin(), taken.end(), name) != taken.end();
       ++n) {
    name = catalog::make_object_name(t.name, column, "check" + std::to_string(n));
  }
  return name;
}

// Up to this many columns of a type, the fix lists a statement per column; beyond, it is one DO
// block that finds them in the database (see dynamic_migration).
constexpr std::size_t kListedColumnsMax = 100;

class EnumType final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "enum-type",
      .category = Category::Constraints,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "CREATE TYPE ... AS ENUM (and ALTER TYPE ... ADD VALUE): prefer CHECK or a lookup "
                 "table",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const catalog::Catalog& cat = ctx.catalog();
    // One pass over the columns and the views for all enum types; each type's uses come table
    // by table (migration() relies on it).
    std::unordered_map<std::string, std::vector<Use>> uses_of; // "schema.type" -> columns
    std::unordered_set<std::string> read_by_views;             // "schema.table" read by a view
    for (const auto& tp : cat.tables()) {
      if (tp->is_view()) {
        for (const QualName& q : tp->rare->reads) {
          // Unqualified reads are kept as ".name": they may resolve to any schema.
          read_by_views.insert(q.schema + "." + q.name);
        }
        continue;
      }
      for (const catalog::Column& c : tp->columns) {
        if (!c.inherited && !c.type.builtin && !c.type.schema.empty()) {
          uses_of[c.type.schema + "." + c.type.name].push_back(Use{tp.get(), &c});
        }
      }
    }
    for (const auto& typ : cat.types()) {
      const catalog::Type& ty = *typ;
      if (ty.kind != catalog::TypeKind::Enum) {
        continue;
      }
      const auto found = uses_of.find(ty.schema + "." + ty.name);
      static const std::vector<Use> kNone;
      const std::vector<Use>& uses = found == uses_of.end() ? kNone : found->second;
      std::vector<std::string> quoted;
      for (const std::string& v : ty.values) {
        quoted.push_back(str::quote_literal(v));
      }
      // The first uses by name (all of them up to four), then how many more.
      std::vector<std::string> used_by;
      const std::size_t named = uses.size() > 4 ? 3 : uses.size();
      for (std::size_t k = 0; k < named; ++k) {
        const Use& u = uses[k];
        used_by.push_back(analysis::display_name(u.table->schema, u.table->name) + "." +
                          u.column->name);
      }
      if (uses.size() > named) {
        used_by.push_back(fmt::format("{} more", uses.size() - named));
      }
      std::string fix = migration(ctx, ty, uses, read_by_views);
      const std::string tname = analysis::display_name(ty.schema, ty.name);
      const std::string where =
          used_by.empty() ? "no column uses it" : "used by " + str::join(used_by, ", ");
      // Each value added by a later ALTER TYPE ... ADD VALUE statement.
      const SourceRef& created = ty.hist.created;
      std::vector<std::size_t> added;
      for (std::size_t i = 0; i < ty.values.size() && i < ty.value_added.size(); ++i) {
        const SourceRef& at = ty.value_added[i];
        if (at.valid() && !(at.file == created.file && at.begin >= created.begin &&
                            at.end <= std::max(created.end, created.begin + 1))) {
          added.push_back(i);
        }
      }
      // The migration rewrites every column of the type (megabytes for a type used by
      // thousands of tables): the last finding that carries it takes it over, the others copy.
      auto fix_for = [&fix](bool last) -> std::string {
        if (last) {
          return std::move(fix);
        }
        return fix;
      };
      {
        auto b = ctx.report(ty.hist.created);
        b.type(ty).message("enum type {} ({}; {}): its values cannot be removed or reordered "
                           "without rewriting every column of the type",
                           tname, str::join(quoted, ", "), where);
        if (!fix.empty()) {
          b.fix(fix_for(added.empty()));
        }
      }
      for (const std::size_t i : added) {
        const SourceRef& at = ty.value_added[i];
        auto b = ctx.report(at);
        b.type(ty)
            .discriminator("add value " + ty.values[i])
            .message("enum type {} gains value {} here; ALTER TYPE ... ADD VALUE reopens the type "
                     "and a value once added can never be removed",
                     tname, str::quote_literal(ty.values[i]));
        if (!fix.empty()) {
          b.fix(fix_for(i == added.back()));
        }
      }
    }
  }

private:
  // One migration: every column of the type becomes text with a CHECK listing the final values,
  // then the type is dropped. Empty when something else depends on the type or on one of its
  // columns in a way ALTER COLUMN TYPE or DROP TYPE would reject (views, policies, index or CHECK
  // expressions, functions, domains, composite types, non-literal defaults).
  static std::string migration(const RuleContext& ctx, const catalog::Type& ty,
                               const std::vector<Use>& uses,
                               const std::unordered_set<std::string>& read_by_views) {
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    // A statement that failed to parse may use the type (or one of its columns): dropping or
    // rewriting it blind is not a fix.
    for (const FileInput& f : ctx.inputs().files) {
      if (!f.errors.empty() || f.binary || f.too_large) {
        return {};
      }
    }
    for (const auto& f : cat.functions()) {
      // The catalog keeps a function's return type as written (schema unresolved).
      if (is_type(f->returns, ty) ||
          (!f->returns.builtin && f->returns.schema.empty() && f->returns.name == ty.name) ||
          std::any_of(f->arg_types.begin(), f->arg_types.end(),
                      [&](const TypeRef& r) { return is_type(r, ty); })) {
        return {};
      }
    }
    for (const auto& other : cat.types()) {
      if (is_type(other->base, ty) ||
          std::any_of(other->attributes.begin(), other->attributes.end(),
                      [&](const catalog::Column& a) { return is_type(a.type, ty); })) {
        return {};
      }
    }
    std::vector<std::string> values;
    for (const std::string& v : ty.values) {
      values.push_back(str::quote_literal(v));
    }
    const std::string list = str::join(values, ", ");
    for (const Use& u : uses) {
      const catalog::Table& t = *u.table;
      const catalog::Column& c = *u.column;
      // Keys across tables must keep equal types; partition keys cannot change type at all.
      // A generated column's expression yields the enum: PostgreSQL refuses USING there, and the
      // expression itself would need rewriting.
      if (contains(t.rare->partition_keys, c.name) || c.generated) {
        return {};
      }
      for (const catalog::Table* r : cat.referencing(t)) {
        for (const catalog::Constraint& k : r->constraints) {
          if (k.kind == ConstraintKind::ForeignKey && k.ref_resolved == t.qname() &&
              contains(k.ref_columns_resolved, c.name)) {
            return {};
          }
        }
      }
      if (read_by_views.count(t.schema + "." + t.name) != 0 ||
          read_by_views.count("." + t.name) != 0) {
        return {};
      }

      for (const catalog::Constraint& k : t.constraints) {
        if ((k.kind == ConstraintKind::Check || k.kind == ConstraintKind::Exclude ||
             k.kind == ConstraintKind::ForeignKey) &&
            contains(k.columns, c.name)) {
          return {};
        }
        if (k.kind == ConstraintKind::Exclude && expr_reads(k.where(), c.name)) {
          return {};
        }
      }
      for (const catalog::Index& i : t.indexes) {
        if (contains(i.predicate_columns(), c.name)) {
          return {};
        }
        for (const IndexKey& k : i.keys) {
          if (k.is_expression() && contains(k.expr_columns(), c.name)) {
            return {};
          }
        }
      }
      for (const catalog::Policy& p : t.policies) {
        if (expr_reads(p.using_expr, c.name) || expr_reads(p.check_expr, c.name)) {
          return {};
        }
      }
      if (c.has_default && analysis::default_literal(c.default_expr).empty()) {
        return {};
      }
    }
    if (uses.size() > kListedColumnsMax) {
      return dynamic_migration(an, ty, list);
    }
    // The CHECK names chosen in the current table (a table's uses are adjacent: check() collects
    // them table by table).
    const catalog::Table* taken_in = nullptr;
    std::vector<std::string> taken;
    std::string piece;
    auto write_column = [&](const Use& u, std::string& to) {
      const catalog::Table& t = *u.table;
      const catalog::Column& c = *u.column;
      const std::string col = analysis::sql_ident(an, c.name);
      if (taken_in != &t) {
        taken_in = &t;
        taken.clear();
      }
      const std::string check_name = free_check_name(t, c.name, taken);
      taken.push_back(check_name);
      const bool array = c.type.array_dims > 0;
      std::string text_type = "text";
      for (std::uint8_t d = 0; d < c.type.array_dims; ++d) {
        text_type += "[]";
      }
      fmt::format_to(std::back_inserter(to), "ALTER TABLE {}\n",
                     analysis::sql_qualified(an, t.schema, t.name));
      if (c.has_default) {
        fmt::format_to(std::back_inserter(to), "  ALTER COLUMN {} DROP DEFAULT,\n", col);
      }
      fmt::format_to(std::back_inserter(to), "  ALTER COLUMN {0} TYPE {1} USING {0}::{1},\n", col,
                     text_type);
      if (c.has_default) {
        fmt::format_to(std::back_inserter(to), "  ALTER COLUMN {} SET DEFAULT {},\n", col,
                       str::quote_literal(analysis::default_literal(c.default_expr)));
      }
      if (array) {
        fmt::format_to(std::back_inserter(to),
                       "  ADD CONSTRAINT {} CHECK ({} <@ ARRAY[{}]::text[]);\n",
                       analysis::sql_ident(an, check_name), col, list);
      } else {
        fmt::format_to(std::back_inserter(to), "  ADD CONSTRAINT {} CHECK ({} IN ({}));\n",
                       analysis::sql_ident(an, check_name), col, list);
      }
    };
    // The text is written twice: once to learn its exact size, then into a string of that size.
    // A type used by 100,000 columns makes a migration of 25 MB; grown by doubling and trimmed
    // it held 58 MB at once (the run's memory peak), sized first it takes 25 MB.
    const std::string drop =
        fmt::format("DROP TYPE {};", analysis::sql_qualified(an, ty.schema, ty.name));
    std::size_t size = drop.size();
    for (const Use& u : uses) {
      piece.clear();
      write_column(u, piece);
      size += piece.size();
    }
    taken_in = nullptr; // the second pass chooses the same names again
    std::string out;
    out.reserve(size);
    for (const Use& u : uses) {
      write_column(u, out);
    }
    out += drop;
    return out;
  }

  // The same migration for a type used by more columns than a reviewer reads one by one: a DO
  // block that finds the columns of the type in pg_attribute and rewrites each as the listed
  // form does (literal default kept, PostgreSQL choosing the CHECK's name), then the DROP TYPE.
  // Its size does not grow with the columns: listed, 100,000 columns made a fix of 25 MB.
  // Inherited columns (attinhcount > 0: children and partitions) change with their parent.
  static std::string dynamic_migration(const analysis::Analysis& an, const catalog::Type& ty,
                                       const std::string& list) {
    const std::string type = analysis::sql_qualified(an, ty.schema, ty.name);
    std::string body = fmt::format(
        "DECLARE\n"
        "  vals constant text := {0};\n"
        "  col record;\n"
        "  dflt text;\n"
        "BEGIN\n"
        "  FOR col IN\n"
        "    SELECT a.attrelid::regclass AS tbl, a.attname, t.typcategory = 'A' AS is_array,\n"
        "           pg_get_expr(d.adbin, d.adrelid) AS default_expr\n"
        "    FROM pg_attribute a\n"
        "    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')\n"
        "    JOIN pg_type t ON t.oid = a.atttypid\n"
        "    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
        "    WHERE a.atttypid IN ({1}::regtype, {2}::regtype)\n"
        "      AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0\n"
        "    ORDER BY a.attrelid, a.attnum\n"
        "  LOOP\n"
        "    dflt := NULL;\n"
        "    IF col.default_expr IS NOT NULL THEN\n"
        "      EXECUTE format('SELECT (%s)::text', col.default_expr) INTO dflt;\n"
        "      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', col.tbl, "
        "col.attname);\n"
        "    END IF;\n"
        "    IF col.is_array THEN\n"
        "      EXECUTE format('ALTER TABLE %s ALTER COLUMN %2$I TYPE text[] USING %2$I::text[], '\n"
        "                     'ADD CHECK (%2$I <@ ARRAY[%3$s]::text[])', col.tbl, col.attname, "
        "vals);\n"
        "    ELSE\n"
        "      EXECUTE format('ALTER TABLE %s ALTER COLUMN %2$I TYPE text USING %2$I::text, '\n"
        "                     'ADD CHECK (%2$I IN (%3$s))', col.tbl, col.attname, vals);\n"
        "    END IF;\n"
        "    IF dflt IS NOT NULL THEN\n"
        "      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %L', col.tbl, "
        "col.attname, dflt);\n"
        "    END IF;\n"
        "  END LOOP;\n"
        "END\n",
        str::quote_literal(list), str::quote_literal(type), str::quote_literal(type + "[]"));
    // A dollar-quote tag the body (its enum values) does not contain.
    std::string tag = "$ddlint$";
    while (body.find(tag) != std::string::npos) {
      tag.insert(tag.size() - 1, "_");
    }
    return fmt::format("DO {0}\n{1}{0};\nDROP TYPE {2};", tag, body, type);
  }
};

} // namespace

std::unique_ptr<Rule> make_enum_type() {
  return std::make_unique<EnumType>();
}

} // namespace ddlint::rules
