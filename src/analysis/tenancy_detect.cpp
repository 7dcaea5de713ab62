#include "analysis/tenancy_detect.h"

#include <map>

namespace ddlint::analysis {

std::optional<DetectedTenancy> detect_tenancy(const catalog::Catalog& catalog) {
  std::vector<const catalog::Table*> tables;
  for (const auto& t : catalog.tables()) {
    if (t->is_table() && !t->partition_of) {
      tables.push_back(t.get());
    }
  }
  if (tables.empty()) {
    return std::nullopt;
  }
  std::optional<DetectedTenancy> best;
  for (const std::string_view cand : kTenantColumnCandidates) {
    std::size_t n = 0;
    for (const catalog::Table* t : tables) {
      n += t->column(cand) != nullptr ? 1U : 0U;
    }
    if (2 * n >= tables.size() && n > 0 && (!best || n > best->carriers)) {
      best = DetectedTenancy{std::string(cand), "", n, tables.size()};
    }
  }
  if (!best) {
    return std::nullopt;
  }
  // The root: the most common target of single-column foreign keys on the tenant column.
  std::map<std::string, std::size_t> targets;
  for (const catalog::Table* t : tables) {
    for (const catalog::Constraint& c : t->constraints) {
      if (c.kind == ConstraintKind::ForeignKey && c.columns.size() == 1 &&
          c.columns.front() == best->column && !c.ref_resolved.name.empty()) {
        ++targets[c.ref_resolved.str()];
      }
    }
  }
  std::size_t most = 0;
  for (const auto& [target, n] : targets) {
    if (n > most) {
      most = n;
      best->root = target;
    }
  }
  return best;
}

} // namespace ddlint::analysis
