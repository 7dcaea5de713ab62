// Small text helpers that several rules share for messages and fix SQL.
#pragma once

#include "analysis/analysis.h"
#include "base/strings.h"
#include "catalog/model.h"
#include "ir/expr_sql.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace ddlint::rules {

// "orders" for tables in public, "billing.orders" elsewhere (messages).
inline std::string display_name(std::string_view schema, std::string_view name) {
  return schema.empty() || schema == "public" ? std::string(name)
                                              : std::string(schema) + "." + std::string(name);
}
inline std::string display_name(const catalog::Table& t) {
  return display_name(t.schema, t.name);
}

// An identifier for fix SQL: quoted when its spelling needs it, or when it is a reserved or
// type/function-name keyword (`user`, `order`, `left`), which cannot stand as a bare name.
inline std::string sql_ident(const analysis::Analysis& an, std::string_view name) {
  constexpr int kTypeFuncNameKeyword = 3;
  return str::quote_ident(name, an.keyword_kind(name) >= kTypeFuncNameKeyword);
}

// "clients(id)" for the target of a foreign key; "auth.users" when its columns are unknown (the
// target's primary key, defined outside the inputs).
inline std::string fk_target(const catalog::Constraint& fk) {
  std::string out = display_name(fk.ref_resolved.schema, fk.ref_resolved.name);
  if (!fk.ref_columns_resolved.empty()) {
    out += "(" + str::join(fk.ref_columns_resolved, ", ") + ")";
  }
  return out;
}

// "public.orders", quoted where needed (fix SQL).
inline std::string sql_name(const analysis::Analysis& an, std::string_view schema,
                            std::string_view name) {
  return schema.empty() ? sql_ident(an, name) : sql_ident(an, schema) + "." + sql_ident(an, name);
}
inline std::string sql_name(const analysis::Analysis& an, const catalog::Table& t) {
  return sql_name(an, t.schema, t.name);
}

// "a, b" (messages) and "a, \"B\"" (fix SQL).
inline std::string column_list(const std::vector<std::string>& cols) {
  return str::join(cols, ", ");
}
inline std::string sql_column_list(const analysis::Analysis& an,
                                   const std::vector<std::string>& cols) {
  std::string out;
  for (const std::string& c : cols) {
    if (!out.empty()) {
      out += ", ";
    }
    out += sql_ident(an, c);
  }
  return out;
}

// A type as SQL for fixes: "int8", "varchar(255)[]", "public.\"Status\"". Built-in names are
// written bare (`numeric(10,2)`), except the internal one-byte "char".
inline std::string sql_type(const analysis::Analysis& an, const TypeRef& t) {
  std::string out = t.builtin          ? (t.name == "char" ? "\"char\"" : t.name.string())
                    : t.schema.empty() ? sql_ident(an, t.name)
                                       : sql_name(an, t.schema, t.name);
  if (!t.mods.empty()) {
    out += "(" + t.mods + ")";
  }
  for (std::uint8_t i = 0; i < t.array_dims; ++i) {
    out += "[]";
  }
  return out;
}

// Where a constraint or index was written: its own clause, else the statement.
inline const SourceRef& where(const SourceRef& loc, const catalog::History& hist) {
  return loc.valid() ? loc : hist.created;
}

// Where a column is defined. A column copied from a parent keeps the parent's definition as
// its `loc`; when that lies outside the statement that created this table's column, the
// statement is the better place.
inline const SourceRef& column_location(const catalog::Column& c) {
  const SourceRef& created = c.hist.created;
  if (!c.loc.valid()) {
    return created;
  }
  if (created.valid() && (c.loc.file != created.file || c.loc.begin < created.begin ||
                          c.loc.begin >= std::max(created.end, created.begin + 1))) {
    return created;
  }
  return c.loc;
}

// Keys as written for messages: "client_id", "lower(email)".
inline std::vector<std::string> key_texts(const catalog::Index& idx) {
  std::vector<std::string> out;
  out.reserve(idx.keys.size());
  for (const IndexKey& k : idx.keys) {
    out.push_back(k.is_expression() ? to_sql(k.expr())
                                    : k.column.string()); // expr_text predates renames
  }
  return out;
}

// Columns the keys read, for the finding's object.
inline std::vector<std::string> key_columns(const catalog::Index& idx) {
  std::vector<std::string> out;
  for (const IndexKey& k : idx.keys) {
    for (const std::string& c :
         k.is_expression() ? k.expr_columns() : std::vector{k.column.string()}) {
      if (std::find(out.begin(), out.end(), c) == out.end()) {
        out.push_back(c);
      }
    }
  }
  return out;
}

// Everything that makes two indexes interchangeable for reads: method, keys (column or
// expression, opclass, collation, direction), INCLUDE set, predicate, NULLS NOT DISTINCT.
// Uniqueness is left out: a plain index equal to a unique one is just as useless.
inline std::string index_signature(const catalog::Index& idx) {
  std::string s(idx.method);
  for (const IndexKey& k : idx.keys) {
    s += '\x1e';
    s += analysis::key_signature(k);
  }
  std::vector<std::string> include = idx.include();
  std::sort(include.begin(), include.end());
  s += "\x1dinclude";
  for (const std::string& c : include) {
    s += '\x1e';
    s += c;
  }
  s += "\x1dwhere\x1e";
  s += analysis::predicate_signature(idx);
  if (idx.unique && idx.nulls_not_distinct) {
    s += "\x1dnulls not distinct";
  }
  return s;
}

// Which of a group of duplicates to keep: the one that is hardest or riskiest to drop.
inline int keep_rank(const catalog::Index& idx) {
  if (idx.primary) {
    return 0;
  }
  if (!idx.constraint.empty()) {
    return 1;
  }
  if (!idx.parent().empty()) {
    return 2; // attached to a partitioned parent's index: cannot be dropped alone
  }
  return idx.unique ? 3 : 4;
}

// duplicate-index's groups on a table: indexes and unique constraints with the same signature,
// two or more each, in the order of their first member. EXCLUDE constraints differ by their
// operators, which the key does not record, and are left out.
inline std::vector<std::vector<const catalog::Index*>>
duplicate_index_groups(const catalog::Table& t) {
  std::vector<std::vector<const catalog::Index*>> groups;
  std::unordered_map<std::string, std::size_t> at;
  for (const catalog::Index& idx : t.indexes) {
    if (!idx.constraint.empty() && !idx.unique) {
      continue;
    }
    const auto [it, added] = at.emplace(index_signature(idx), groups.size());
    if (added) {
      groups.emplace_back();
    }
    groups[it->second].push_back(&idx);
  }
  std::erase_if(groups, [](const auto& g) { return g.size() < 2; });
  return groups;
}

// The member of a duplicate group that stays.
inline const catalog::Index* duplicate_keeper(const std::vector<const catalog::Index*>& group) {
  return *std::min_element(group.begin(), group.end(),
                           [](const catalog::Index* a, const catalog::Index* b) {
                             return keep_rank(*a) < keep_rank(*b);
                           });
}

// True when duplicate-index reports `dup` as a duplicate of `keep` (clones of a partitioned
// parent's indexes are reported once, on the parent).
inline bool reported_duplicate(const catalog::Index& dup, const catalog::Index& keep) {
  return &dup != &keep && !(!dup.parent().empty() && !keep.parent().empty());
}

// Every index duplicate-index reports on the table.
inline std::vector<const catalog::Index*> reported_duplicates(const catalog::Table& t) {
  std::vector<const catalog::Index*> out;
  for (const auto& g : duplicate_index_groups(t)) {
    const catalog::Index* keep = duplicate_keeper(g);
    for (const catalog::Index* dup : g) {
      if (reported_duplicate(*dup, *keep)) {
        out.push_back(dup);
      }
    }
  }
  return out;
}

} // namespace ddlint::rules
