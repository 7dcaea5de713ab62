#include "analysis/rls_history.h"

namespace ddlint::analysis {

const SourceRef* rls_reopened_at(const catalog::Table& t) {
  if (t.rls_enabled) {
    return nullptr;
  }
  const SourceRef* disabled = nullptr;
  bool enabled_before = false;
  for (const catalog::RlsChange& c : t.rls_changes) {
    if (c.event == catalog::RlsEvent::Enable) {
      enabled_before = true;
      disabled = nullptr;
    } else if (c.event == catalog::RlsEvent::Disable && enabled_before && disabled == nullptr) {
      disabled = &c.at;
    }
  }
  return disabled;
}

const SourceRef* rls_enabled_at(const catalog::Table& t) {
  const SourceRef* at = nullptr;
  for (const catalog::RlsChange& c : t.rls_changes) {
    if (c.event == catalog::RlsEvent::Enable) {
      at = &c.at;
    }
  }
  return at;
}

const SourceRef* rls_unforced_at(const catalog::Table& t) {
  if (t.rls_forced) {
    return nullptr;
  }
  const SourceRef* unforced = nullptr;
  bool forced_before = false;
  for (const catalog::RlsChange& c : t.rls_changes) {
    if (c.event == catalog::RlsEvent::Force) {
      forced_before = true;
      unforced = nullptr;
    } else if (c.event == catalog::RlsEvent::NoForce && forced_before && unforced == nullptr) {
      unforced = &c.at;
    }
  }
  return unforced;
}

const std::pair<std::string, SourceRef>* last_policy_dropped(const catalog::Table& t) {
  if (!t.policies.empty() || t.rare->dropped_policies.empty()) {
    return nullptr;
  }
  return &t.rare->dropped_policies.back();
}

} // namespace ddlint::analysis
