#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

#include <algorithm>
#include <initializer_list>

namespace ddlint::rules {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_id_element(const TypeRef& t) {
  return t.name == "uuid" || t.name == "int2" || t.name == "int4" || t.name == "int8";
}

// A comment that says the column holds identifiers or references: a list word followed closely
// by an id word ("Array of module installation IDs", "list of user uuids"), an id word followed
// by "of"/"to" ("ids of the members", "references to tags"), or a verb of holding followed
// closely by one ("holds the member ids"). Merely containing "ids" is not enough, and a negated
// id word ("no ids here", "not ids", "without uuids") never counts.
bool comment_says_ids(std::string_view comment) {
  const std::vector<std::string> w = analysis::words(comment);
  auto one_of = [](const std::string& x, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  constexpr std::size_t kSpan = 5; // words between the list/verb word and the id word, at most
  for (std::size_t i = 0; i < w.size(); ++i) {
    const bool plural = one_of(w[i], {"ids", "uuids", "identifiers", "references"});
    const bool singular = one_of(w[i], {"id", "uuid", "identifier", "reference"});
    if (!plural && !singular) {
      continue;
    }
    bool negated = false;
    for (std::size_t j = i >= 2 ? i - 2 : 0; j < i; ++j) {
      negated = negated || one_of(w[j], {"no", "not", "without", "never", "non", "nor", "neither"});
    }
    if (negated) {
      continue;
    }
    if (plural && i + 1 < w.size() && one_of(w[i + 1], {"of", "to", "for"})) {
      return true;
    }
    for (std::size_t j = i >= kSpan + 1 ? i - kSpan - 1 : 0; j < i; ++j) {
      if (one_of(w[j], {"array", "list", "set", "collection"}) ||
          (plural && one_of(w[j], {"holds", "contains", "stores", "keeps", "lists"}))) {
        return true;
      }
    }
  }
  return false;
}

// The stem an id list is named after: "tag_ids" → "tag", "member_uuids" → "member", "members" →
// "member".
std::string element_stem(std::string_view name) {
  for (const std::string_view suffix : {"_ids", "_uuids", "_id_list", "_list", "_array"}) {
    if (ends_with(name, suffix)) {
      return std::string(name.substr(0, name.size() - suffix.size()));
    }
  }
  if (name == "ids" || name == "uuids") {
    return "item";
  }
  return analysis::singular_name(name);
}

class MultiValuedColumn final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "multi-valued-column",
      .category = Category::Normalization,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "1NF: array of uuid/ids, or json/jsonb documented or named as a list of ids",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if (c.inherited || c.generated) {
          continue;
        }
        const std::string evidence = why(ctx.catalog(), t, c);
        if (evidence.empty()) {
          continue;
        }
        const std::string stem = element_stem(c.name);
        auto b = ctx.report(c.loc);
        b.table(t).column(c.name);
        std::string fix;
        std::string junction;
        if (c.type.array_dims > 0) {
          fix = junction_fix(ctx, t, c, stem, &junction);
        }
        b.message("1NF: column {}.{} stores several values in one field ({}); {}",
                  analysis::display_name(t.schema, t.name), c.name, evidence,
                  junction.empty() ? "a junction table with one row per value lets foreign keys "
                                     "check them"
                                   : "a junction table " + junction +
                                         " with one row per value lets foreign keys check them");
        if (!fix.empty()) {
          b.fix(std::move(fix));
        }
      }
    }
  }

private:
  static std::string why(const catalog::Catalog& cat, const catalog::Table& t,
                         const catalog::Column& c) {
    const std::string_view n = c.name;
    // "tag_ids", "ids", "mentioned_users_ids", "project_ids_filter": the name says ids.
    const std::vector<std::string> w = analysis::words(n);
    const bool named_ids = std::any_of(
        w.begin(), w.end(), [](const std::string& x) { return x == "ids" || x == "uuids"; });
    if (c.type.array_dims > 0) {
      if (c.type.name == "uuid") {
        return "an array of uuid";
      }
      if (is_id_element(c.type) && named_ids) {
        return fmt::format("an array of {} named like a list of ids", c.type.name);
      }
      if (named_ids) {
        return "an array named like a list of ids";
      }
      // "tags int8[]" next to a table tags keyed by int8.
      if (is_id_element(c.type) && c.type.array_dims == 1) {
        for (const std::string& name : {c.name.string(), analysis::plural_name(c.name)}) {
          const catalog::Table* target = cat.table(t.schema, name);
          const catalog::Constraint* pk = target != nullptr ? target->primary_key() : nullptr;
          const catalog::Column* key = pk != nullptr && pk->columns.size() == 1
                                           ? target->column(pk->columns.front())
                                           : nullptr;
          if (key != nullptr && key->type.name == c.type.name && key->type.array_dims == 0) {
            return fmt::format("an array of {} named after table {}", c.type.name,
                               analysis::display_name(target->schema, target->name));
          }
        }
      }
      return {};
    }
    if (c.type.name != "json" && c.type.name != "jsonb") {
      return {};
    }
    if (named_ids || ends_with(n, "_list")) {
      return fmt::format("a {} column named like a list", c.type.name);
    }
    for (const std::string* text : {&c.trailing_comment(), &c.comment()}) {
      if (comment_says_ids(*text)) {
        std::string quoted(str::trim(*text));
        if (quoted.size() > 60) {
          quoted = quoted.substr(0, 57) + "...";
        }
        return fmt::format("a {} column documented as \"{}\"", c.type.name, quoted);
      }
    }
    return {};
  }

  // False when PostgreSQL would refuse DROP COLUMN (without CASCADE) as far as the model can
  // tell: a view reads the table, a policy or a generated column reads the column, it is a
  // partition key, or an UPDATE trigger may name it (its WHEN clause and column list are not
  // modelled; GitLab's namespaces.traversal_ids has one).
  static bool column_droppable(const analysis::Analysis& an, const catalog::Table& t,
                               const catalog::Column& c) {
    const auto reads = [&c](const Expr& e) {
      bool found = false;
      e.walk([&](const Expr& n) {
        found = found || (n.kind == Expr::Kind::Column && n.name == c.name);
      });
      return found;
    };
    if (an.read_by_view(t) ||
        std::find(t.rare->partition_keys.begin(), t.rare->partition_keys.end(), c.name) !=
            t.rare->partition_keys.end()) {
      return false;
    }
    for (const catalog::Policy& p : t.policies) {
      if (reads(p.using_expr) || reads(p.check_expr)) {
        return false;
      }
    }
    for (const catalog::Column& g : t.columns) {
      if (g.generated && reads(g.generated_expr())) {
        return false;
      }
    }
    return std::none_of(
        t.rare->triggers.begin(), t.rare->triggers.end(), [](const catalog::Trigger& tr) {
          return std::find(tr.events.begin(), tr.events.end(), "update") != tr.events.end();
        });
  }

  // CREATE TABLE <owner>_<values> (owner key, value), copy the array into it, drop the array.
  // Needs a single-column primary key to point back at.
  static std::string junction_fix(const RuleContext& ctx, const catalog::Table& t,
                                  const catalog::Column& c, const std::string& stem,
                                  std::string* junction_name) {
    const analysis::Analysis& an = ctx.analysis();
    const catalog::Constraint* pk = t.primary_key();
    if (pk == nullptr || pk->columns.size() != 1 || c.type.array_dims != 1 ||
        !column_droppable(an, t, c)) {
      return {};
    }
    const catalog::Column* pk_col = t.column(pk->columns.front());
    if (pk_col == nullptr) {
      return {};
    }
    const std::string owner_col = analysis::singular_name(t.name) + "_" + pk_col->name;
    std::string value_col = stem + "_id";
    if (c.type.name != "uuid" && !is_id_element(c.type) &&
        !(ends_with(c.name, "_ids") || ends_with(c.name, "_uuids"))) {
      value_col = stem;
    }
    const std::string name = analysis::singular_name(t.name) + "_" + analysis::plural_name(stem);
    if (name.size() > 63 || owner_col == value_col ||
        ctx.catalog().table(t.schema, name) != nullptr) {
      return {};
    }
    TypeRef elem = c.type;
    elem.array_dims = 0;
    // A referenced table when one is named after the stem and keyed by the same type.
    std::string references;
    for (const std::string& cand : {analysis::plural_name(stem), stem}) {
      const catalog::Table* target = ctx.catalog().table(t.schema, cand);
      if (target == nullptr || !target->is_table()) {
        continue;
      }
      const catalog::Constraint* tpk = target->primary_key();
      if (tpk == nullptr || tpk->columns.size() != 1) {
        continue;
      }
      const catalog::Column* tcol = target->column(tpk->columns.front());
      if (tcol != nullptr && tcol->type.name == elem.name && tcol->type.array_dims == 0) {
        references = fmt::format(" REFERENCES {} ({})",
                                 analysis::sql_qualified(an, target->schema, target->name),
                                 analysis::sql_ident(an, tcol->name));
      }
      break;
    }
    *junction_name = fmt::format("{} ({}, {})", name, owner_col, value_col);
    const std::string table = analysis::sql_qualified(an, t.schema, t.name);
    const std::string jt = analysis::sql_qualified(an, t.schema, name);
    const std::string oc = analysis::sql_ident(an, owner_col);
    const std::string vc = analysis::sql_ident(an, value_col);
    const std::string col = analysis::sql_ident(an, c.name);
    return fmt::format(
        "CREATE TABLE {jt} (\n"
        "  {oc} {ot} NOT NULL REFERENCES {table} ({pk}) ON DELETE CASCADE,\n"
        "  {vc} {vt} NOT NULL{refs},\n"
        "  PRIMARY KEY ({oc}, {vc})\n"
        ");\n"
        "INSERT INTO {jt} ({oc}, {vc})\n"
        "  SELECT DISTINCT t.{pk}, v FROM {table} AS t CROSS JOIN LATERAL unnest(t.{col}) AS v\n"
        "  WHERE v IS NOT NULL;\n"
        "ALTER TABLE {table} DROP COLUMN {col};",
        fmt::arg("jt", jt), fmt::arg("oc", oc), fmt::arg("ot", pk_col->type.display()),
        fmt::arg("table", table), fmt::arg("pk", analysis::sql_ident(an, pk_col->name)),
        fmt::arg("vc", vc), fmt::arg("vt", elem.display()), fmt::arg("refs", references),
        fmt::arg("col", col));
  }
};

} // namespace

std::unique_ptr<Rule> make_multi_valued_column() {
  return std::make_unique<MultiValuedColumn>();
}

} // namespace ddlint::rules
