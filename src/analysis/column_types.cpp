#include "analysis/column_types.h"

#include "analysis/analysis.h"

#include <algorithm>

namespace ddlint::analysis {
namespace {

const catalog::Type* domain_of(const catalog::Catalog& catalog, const TypeRef& t) {
  if (t.builtin || t.name.empty() || t.pct_type) {
    return nullptr;
  }
  const catalog::Type* ty =
      t.schema.empty() ? catalog.find_type(QualName{"", t.name}) : catalog.type(t.schema, t.name);
  return ty != nullptr && ty->kind == catalog::TypeKind::Domain ? ty : nullptr;
}

std::string_view comparable_name(const TypeRef& t) {
  return t.builtin && t.name == "varchar" ? std::string_view("text") : std::string_view(t.name);
}

} // namespace

EffectiveType effective_type(const catalog::Catalog& catalog, const TypeRef& type) {
  EffectiveType out;
  out.base = type;
  if (type.pct_type || type.name.empty()) {
    out.known = false;
    return out;
  }
  unsigned dims = type.array_dims;
  // Domains over domains; the bound guards against a cycle a broken input could create.
  constexpr int kMaxDepth = 32;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    const catalog::Type* d = domain_of(catalog, out.base);
    if (d == nullptr) {
      break;
    }
    if (out.domain.empty()) {
      out.domain = d->schema + "." + d->name;
    }
    out.base = d->base;
    dims += d->base.array_dims;
  }
  out.base.array_dims = static_cast<std::uint8_t>(std::min(dims, 255U));
  return out;
}

bool same_type(const EffectiveType& a, const EffectiveType& b) {
  if (a.base.builtin != b.base.builtin || a.base.array_dims != b.base.array_dims ||
      comparable_name(a.base) != comparable_name(b.base)) {
    return false;
  }
  return a.base.builtin || a.base.schema.empty() || b.base.schema.empty() ||
         a.base.schema == b.base.schema;
}

std::string describe(const EffectiveType& t) {
  std::string out = t.base.display();
  if (!t.domain.empty()) {
    out += " (domain " + t.domain + ")";
  }
  return out;
}

namespace {

bool reads_column(const Expr& e, std::string_view column) {
  bool found = false;
  e.walk([&](const Expr& n) {
    if (n.kind == Expr::Kind::Column && n.name == column) {
      found = true;
    }
  });
  return found;
}

} // namespace

std::string type_change_blocker(const Analysis& analysis, const catalog::Table& t,
                                const catalog::Column& c) {
  if (std::find(t.rare->partition_keys.begin(), t.rare->partition_keys.end(), c.name) !=
      t.rare->partition_keys.end()) {
    return "it is part of the partition key";
  }
  if (analysis.read_by_view(t)) {
    return "a view reads the table (PostgreSQL refuses to change the type of a column a view "
           "uses: recreate the view around the change)";
  }
  for (const catalog::Index& i : t.indexes) {
    const auto reads = [&c](const std::vector<std::string>& cols) {
      return std::find(cols.begin(), cols.end(), c.name) != cols.end();
    };
    // Rebuilt with the new type's operators and casts, which may not be immutable (timestamptz).
    if (reads(i.predicate_columns()) ||
        std::any_of(i.keys.begin(), i.keys.end(), [&](const IndexKey& k) {
          return k.is_expression() && reads(k.expr_columns());
        })) {
      return "the predicate or an expression of index " + i.name + " reads it";
    }
  }
  for (const catalog::Policy& p : t.policies) {
    if (reads_column(p.using_expr, c.name) || reads_column(p.check_expr, c.name)) {
      return "policy " + p.name + " reads it";
    }
  }
  for (const catalog::Column& g : t.columns) {
    if (g.generated && g.name != c.name && reads_column(g.generated_expr(), c.name)) {
      return "generated column " + g.name + " reads it";
    }
  }
  return {};
}

} // namespace ddlint::analysis
