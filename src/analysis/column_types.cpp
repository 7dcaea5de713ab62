#include "analysis/column_types.h"

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

} // namespace ddlint::analysis
