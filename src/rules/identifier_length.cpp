#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "catalog/naming.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace ddlint::rules {
namespace {

// A shorter name for a renamed object: the truncated name without its cut-off last word
// ("…_and_created" rather than "…_and_creat"), or one byte shorter when it has no '_'.
std::string shorter_name(const std::string& truncated) {
  const std::size_t u = truncated.rfind('_');
  if (u != std::string::npos && u >= truncated.size() / 2) {
    std::string s = truncated.substr(0, u);
    while (!s.empty() && s.back() == '_') {
      s.pop_back();
    }
    if (!s.empty()) {
      return s;
    }
  }
  std::size_t cut = truncated.size() - 1;
  while (cut > 0 && (static_cast<unsigned char>(truncated[cut]) & 0xC0U) == 0x80U) {
    --cut;
  }
  return truncated.substr(0, cut);
}

struct Hit {
  ObjectRef object;
  std::string rename; // the RENAME statement
};

class IdentifierLength final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "identifier-length",
      .category = Category::Naming,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "identifier over 63 bytes: PostgreSQL silently truncates it",
      .fix = FixAvailability::Sometimes,
      .options = {},
      // A live database only holds the truncated names; the long spelling is in the source.
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    // Occurrences grouped by the name PostgreSQL keeps: two long names with the same first 63
    // bytes are the same name to PostgreSQL.
    struct Group {
      const catalog::LongName* first = nullptr;
      std::vector<std::string> spellings;
    };
    std::map<std::string, Group> groups;
    std::vector<std::string> order;
    for (const catalog::LongName& n : ctx.catalog().long_names()) {
      const std::string truncated = catalog::truncate_identifier(n.full);
      auto [it, added] = groups.try_emplace(truncated);
      if (added) {
        it->second.first = &n;
        order.push_back(truncated);
      }
      if (std::find(it->second.spellings.begin(), it->second.spellings.end(), n.full) ==
          it->second.spellings.end()) {
        it->second.spellings.push_back(n.full);
      }
    }
    if (order.empty()) {
      return;
    }
    std::unordered_map<std::string, std::vector<Hit>> hits_by_name;
    for (const std::string& truncated : order) {
      hits_by_name.emplace(truncated, std::vector<Hit>{});
    }
    find_objects(ctx, hits_by_name);
    for (const std::string& truncated : order) {
      const Group& g = groups[truncated];
      const std::vector<Hit>& hits = hits_by_name[truncated];
      // The name no longer belongs to any object (renamed or dropped later): nothing to fix.
      if (hits.empty()) {
        continue;
      }
      std::string fix;
      for (const Hit& h : hits) {
        if (h.rename.empty()) {
          fix.clear();
          break;
        }
        fix += (fix.empty() ? "" : "\n") + h.rename;
      }
      std::string msg;
      if (g.spellings.size() > 1) {
        std::vector<std::string> quoted;
        for (const std::string& s : g.spellings) {
          quoted.push_back(str::quote_ident(s, true));
        }
        msg = fmt::format("identifiers {} are over 63 bytes and all truncate to {}: PostgreSQL "
                          "treats them as one name",
                          str::join(quoted, ", "), str::quote_ident(truncated, true));
      } else {
        msg = fmt::format("identifier {} is {} bytes; PostgreSQL silently truncates it to {} "
                          "({} bytes)",
                          str::quote_ident(g.first->full, true), g.first->full.size(),
                          str::quote_ident(truncated, true), truncated.size());
      }
      auto b = ctx.report(g.first->loc);
      b.object(hits.front().object).discriminator(truncated).message(std::move(msg));
      if (!fix.empty()) {
        b.fix(std::move(fix));
      }
    }
  }

private:
  // Every object that carries one of the names in `hits` (one pass over the catalog), each with
  // the statement renaming it to the shorter name.
  static void find_objects(const RuleContext& ctx,
                           std::unordered_map<std::string, std::vector<Hit>>& by_name) {
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    std::string to;
    // Points `hits` and `to` at the entry for `n`; false when `n` is not a long name.
    std::vector<Hit>* hitsp = nullptr;
    // Every object name is an atom: a long name no atom has is carried by no object, and the
    // lookups below hash atoms instead of building a string per object.
    std::unordered_map<Atom, std::vector<Hit>*> by_atom;
    for (auto& [name, hits] : by_name) {
      if (const std::optional<Atom> a = Atom::existing(name)) {
        by_atom.emplace(*a, &hits);
      }
    }
    auto wanted = [&](Atom n) {
      const auto it = by_atom.find(n);
      if (it == by_atom.end()) {
        return false;
      }
      hitsp = it->second;
      to = shorter_name(n.string());
      return true;
    };
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (wanted(t.name)) {
        Hit h;
        h.object.schema = t.schema;
        h.object.table = t.name;
        if (cat.table(t.schema, to) == nullptr) {
          h.rename = rename_table_sql(an, t, to);
        }
        hitsp->push_back(std::move(h));
      }
      for (const catalog::Column& c : t.columns) {
        if (wanted(c.name) && !c.inherited) {
          Hit h;
          h.object.schema = t.schema;
          h.object.table = t.name;
          h.object.column = c.name;
          if (t.column(to) == nullptr) {
            h.rename = rename_column_sql(an, t, c.name, to);
          }
          hitsp->push_back(std::move(h));
        }
      }
      for (const catalog::Constraint& k : t.constraints) {
        if (wanted(k.name) && !k.inherited) {
          Hit h;
          h.object.schema = t.schema;
          h.object.table = t.name;
          h.object.constraint = k.name;
          if (t.constraint(to) == nullptr && t.index(to) == nullptr) {
            h.rename = rename_constraint_sql(an, t, k.name, to);
          }
          hitsp->push_back(std::move(h));
        }
      }
      for (const catalog::Index& i : t.indexes) {
        if (wanted(i.name) && i.constraint.empty()) {
          Hit h;
          h.object.schema = t.schema;
          h.object.table = t.name;
          h.object.index = i.name;
          if (t.index(to) == nullptr && cat.table(t.schema, to) == nullptr) {
            h.rename = rename_index_sql(an, t, i.name, to);
          }
          hitsp->push_back(std::move(h));
        }
      }
      for (const catalog::Policy& p : t.policies) {
        if (wanted(p.name)) {
          Hit h;
          h.object.schema = t.schema;
          h.object.table = t.name;
          h.object.policy = p.name;
          if (t.policy(to) == nullptr) {
            h.rename = rename_policy_sql(an, t, p.name, to);
          }
          hitsp->push_back(std::move(h));
        }
      }
      for (const catalog::Trigger& tr : t.rare->triggers) {
        if (wanted(tr.name)) {
          Hit h;
          h.object.schema = t.schema;
          h.object.table = t.name;
          h.rename = fmt::format(
              "ALTER TRIGGER {} ON {} RENAME TO {};", analysis::sql_ident(an, tr.name),
              analysis::sql_qualified(an, t.schema, t.name), analysis::sql_ident(an, to));
          hitsp->push_back(std::move(h));
        }
      }
    }
    for (const auto& ty : cat.types()) {
      if (wanted(ty->name)) {
        Hit h;
        h.object.schema = ty->schema;
        h.object.type = ty->name;
        if (cat.type(ty->schema, to) == nullptr) {
          h.rename = rename_type_sql(an, *ty, to);
        }
        hitsp->push_back(std::move(h));
      }
    }
    for (const auto& f : cat.functions()) {
      if (wanted(f->name)) {
        Hit h;
        h.object.schema = f->schema;
        h.object.function = f->name;
        h.rename = rename_function_sql(an, *f, to);
        hitsp->push_back(std::move(h));
      }
    }
    for (const auto& s : cat.sequences()) {
      if (wanted(s->name)) {
        Hit h;
        h.object.schema = s->schema;
        h.rename = fmt::format("ALTER SEQUENCE {} RENAME TO {};",
                               analysis::sql_qualified(an, s->schema, s->name),
                               analysis::sql_ident(an, to));
        hitsp->push_back(std::move(h));
      }
    }
    for (const auto& s : cat.schemas()) {
      if (wanted(s->name) && !s->builtin) {
        Hit h;
        h.object.schema = s->name;
        h.rename = fmt::format("ALTER SCHEMA {} RENAME TO {};", analysis::sql_ident(an, s->name),
                               analysis::sql_ident(an, to));
        hitsp->push_back(std::move(h));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_identifier_length() {
  return std::make_unique<IdentifierLength>();
}

} // namespace ddlint::rules
