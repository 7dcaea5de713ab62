// Shared walk of the type rules (prefer-timestamptz, prefer-jsonb, no-money-type, no-char-n,
// prefer-text): every column a table defines itself, with its final type through domains.
#pragma once

#include "analysis/analysis.h"
#include "analysis/column_types.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

namespace ddlint::rules {

// Where a column got its final type: the ALTER COLUMN ... TYPE that set it, else its definition.
inline const SourceRef& type_location(const catalog::Column& c) {
  return c.type_changed().valid() ? c.type_changed() : column_location(c);
}

// Calls fn(table, column, effective type) for every column of every table (not views) that the
// table defines itself: columns copied from an INHERITS or partitioned parent are reported on
// the parent, once.
template <typename Fn> void for_each_typed_column(const RuleContext& ctx, Fn&& fn) {
  for (const auto& tp : ctx.catalog().tables()) {
    if (!tp->is_table()) {
      continue;
    }
    for (const catalog::Column& c : tp->columns) {
      if (!analysis::own_column(c)) {
        continue;
      }
      const analysis::EffectiveType et = analysis::effective_type(ctx.catalog(), c.type);
      if (et.known && et.base.builtin) {
        fn(*tp, c, et);
      }
    }
  }
}

// " (through domain public.ts)" when the type comes from a domain, for messages.
inline std::string through_domain(const analysis::EffectiveType& et) {
  return et.domain.empty() ? std::string() : " (through domain " + et.domain + ")";
}

// False when PostgreSQL would refuse ALTER COLUMN ... TYPE on the column (a partition key, read
// by a view, a policy or a generated column): the finding then has no fix.
inline bool type_change_applies(const analysis::Analysis& an, const catalog::Table& t,
                                const catalog::Column& c) {
  return analysis::type_change_blocker(an, t, c).empty();
}

// "ALTER TABLE t ALTER COLUMN c TYPE <type>[ USING c::<type>]" without the final semicolon; no
// USING on a generated column (PostgreSQL refuses it there and recomputes the expression).
inline std::string alter_type_sql(const analysis::Analysis& an, const catalog::Table& t,
                                  const catalog::Column& c, std::string_view type, bool cast) {
  const std::string col = sql_ident(an, c.name);
  std::string out = "ALTER TABLE " + sql_name(an, t) + " ALTER COLUMN " + col + " TYPE ";
  out += type;
  if (cast && !c.generated) {
    out += " USING " + col + "::" + std::string(type);
  }
  return out;
}

// "[]" repeated for the array dimensions of `et`.
inline std::string array_suffix(const analysis::EffectiveType& et) {
  std::string out;
  for (std::uint8_t i = 0; i < et.base.array_dims; ++i) {
    out += "[]";
  }
  return out;
}

// The shape of the type-swap rules (no-money-type, prefer-jsonb, prefer-timestamptz): a finding
// at the type of every own column whose base type is `type_name`, "column t(c) <what>", and the
// fix `ALTER ... TYPE <replacement(et)>` unless the type comes from a domain (the fix belongs on
// the domain, which other columns may share) or PostgreSQL would refuse the change.
template <typename Replacement>
void report_base_type(const RuleContext& ctx, std::string_view type_name, std::string_view what,
                      bool cast, Replacement&& replacement) {
  const analysis::Analysis& an = ctx.analysis();
  for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                 const analysis::EffectiveType& et) {
    if (et.base.name != type_name) {
      return;
    }
    auto f = ctx.report(type_location(c));
    f.table(t).column(c.name).related(column_location(c));
    f.message("column {}({}) {}{}", display_name(t), c.name, what, through_domain(et));
    if (et.domain.empty() && type_change_applies(an, t, c)) {
      f.fix(alter_type_sql(an, t, c, replacement(et) + array_suffix(et), cast) + ";");
    }
  });
}

} // namespace ddlint::rules
