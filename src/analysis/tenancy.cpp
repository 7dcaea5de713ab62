#include "analysis/tenancy.h"

#include "base/strings.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <deque>

namespace ddlint::analysis {
namespace {

// SPEC section 4: the names tenancy detection considers, in order of preference on ties.
constexpr std::array<std::string_view, 7> kCandidates = {
    "tenant_id",  "client_account_id", "organization_id", "org_id",
    "account_id", "workspace_id",      "client_id",
};

std::string qualified(const catalog::Table& t) {
  return t.schema + "." + t.name;
}

bool fk_not_null(const catalog::Table& t, const catalog::Constraint& fk) {
  return std::all_of(fk.columns.begin(), fk.columns.end(), [&](const Atom c) {
    const catalog::Column* col = t.column(c);
    return col != nullptr && col->not_null;
  });
}

} // namespace

const char* to_string(TenantScope s) {
  switch (s) {
  case TenantScope::None:
    return "none";
  case TenantScope::Root:
    return "root";
  case TenantScope::Global:
    return "global";
  case TenantScope::Tenant:
    return "tenant";
  case TenantScope::Indirect:
    return "indirect";
  }
  return "none";
}

Tenancy::Tenancy(const catalog::Catalog& catalog, const Config& config)
    : catalog_(catalog), config_(config) {
  if (config.tenancy.columns) {
    source_ = Source::Configured;
    columns_ = *config.tenancy.columns;
  } else {
    detect();
  }
  if (active()) {
    choose_roots();
  }
  classify();
  if (source_ == Source::Detected) {
    std::string roots = root_names_.empty() ? "none found" : str::join(root_names_, ", ");
    std::size_t carrying = 0;
    std::size_t judged_tables = 0;
    for (const auto& t : catalog_.tables()) {
      if (judged(*t) && !matches(config_.tenancy.global_tables, *t)) {
        ++judged_tables;
        carrying += t->column(columns_.front()) != nullptr ? 1U : 0U;
      }
    }
    note_ = fmt::format("tenancy: detected tenant column {} on {} of {} tables (root: {}); set "
                        "tenancy.columns in the config to choose it yourself",
                        columns_.front(), carrying, judged_tables, roots);
  }
}

bool Tenancy::judged(const catalog::Table& t) {
  return t.is_table() && t.kind != catalog::TableKind::Foreign && !t.temporary &&
         !t.rare->partition_of.has_value();
}

bool Tenancy::matches(const std::vector<std::string>& patterns, const QualName& q) const {
  const std::string full = q.schema.empty() ? "public." + q.name : q.schema + "." + q.name;
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) {
    return p.find('.') != std::string::npos ? str::glob_match(p, full) : str::glob_match(p, q.name);
  });
}

bool Tenancy::matches(const std::vector<std::string>& patterns, const catalog::Table& t) const {
  return matches(patterns, t.qname());
}

void Tenancy::detect() {
  std::size_t total = 0;
  std::array<std::size_t, kCandidates.size()> counts{};
  for (const auto& t : catalog_.tables()) {
    if (!judged(*t) || matches(config_.tenancy.global_tables, *t)) {
      continue;
    }
    ++total;
    for (std::size_t i = 0; i < kCandidates.size(); ++i) {
      if (t->column(kCandidates[i]) != nullptr) {
        ++counts[i];
      }
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < kCandidates.size(); ++i) {
    if (counts[i] > counts[best]) {
      best = i;
    }
  }
  carriers_ = counts[best];
  counted_ = total;
  // At least half of the tables, and at least two: one table with an account_id is no tenancy.
  if (counts[best] >= 2 && counts[best] * 2 >= total) {
    source_ = Source::Detected;
    columns_.emplace_back(kCandidates[best]);
    return;
  }
  source_ = Source::Absent;
  if (total > 0) {
    const std::vector<std::string> names(kCandidates.begin(), kCandidates.end());
    note_ = fmt::format("tenancy: no tenant column detected (none of {} is on at least half of "
                        "the {} tables); tenancy rules stay silent, set tenancy.columns to enable "
                        "them",
                        str::join(names, ", "), total);
  }
}

void Tenancy::choose_roots() {
  if (!config_.tenancy.root_tables.empty()) {
    for (const auto& t : catalog_.tables()) {
      if (judged(*t) && matches(config_.tenancy.root_tables, *t)) {
        root_names_.push_back(qualified(*t));
      }
    }
    return;
  }
  // The most common target of single-column FKs on the tenant column (first seen on ties).
  std::vector<std::pair<std::string, std::size_t>> counts;
  for (const auto& t : catalog_.tables()) {
    if (!judged(*t) || matches(config_.tenancy.global_tables, *t)) {
      continue;
    }
    const catalog::Column* tc = tenant_column(*t);
    if (tc == nullptr) {
      continue;
    }
    for (const catalog::Constraint& c : t->constraints) {
      if (c.kind != ConstraintKind::ForeignKey || c.columns.size() != 1 ||
          c.columns.front() != tc->name || c.ref_resolved.name.empty()) {
        continue;
      }
      const std::string target =
          (c.ref_resolved.schema.empty() ? "public" : c.ref_resolved.schema) + "." +
          c.ref_resolved.name;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& p) { return p.first == target; });
      if (it == counts.end()) {
        counts.emplace_back(target, 1);
      } else {
        ++it->second;
      }
    }
  }
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best != counts.end()) {
    root_names_.push_back(best->first);
  }
}

bool Tenancy::is_root(const QualName& q) const {
  if (!config_.tenancy.root_tables.empty()) {
    return matches(config_.tenancy.root_tables, q);
  }
  const std::string full = (q.schema.empty() ? "public" : q.schema) + "." + q.name;
  return std::find(root_names_.begin(), root_names_.end(), full) != root_names_.end();
}

const catalog::Column* Tenancy::tenant_column(const catalog::Table& t) const {
  for (const std::string& c : columns_) {
    if (const catalog::Column* col = t.column(c)) {
      return col;
    }
  }
  return nullptr;
}

bool Tenancy::exposed(const catalog::Table& t) const {
  const auto& s = config_.exposed_schemas;
  return std::find(s.begin(), s.end(), t.schema) != s.end();
}

void Tenancy::classify() {
  if (!active()) {
    return;
  }
  std::vector<const catalog::Table*> pending;
  std::deque<const catalog::Table*> queue;
  for (const auto& tp : catalog_.tables()) {
    const catalog::Table& t = *tp;
    if (!judged(t)) {
      continue;
    }
    TenantScope s = TenantScope::None;
    if (is_root(t.qname())) {
      s = TenantScope::Root;
    } else if (matches(config_.tenancy.global_tables, t)) {
      s = TenantScope::Global;
    } else if (tenant_column(t) != nullptr) {
      s = TenantScope::Tenant;
    } else {
      pending.push_back(&t);
    }
    scopes_[&t] = s;
    if (s == TenantScope::Root || s == TenantScope::Tenant) {
      queue.push_back(&t);
    }
  }
  // Which pending tables reach tenant data through FKs: one BFS over the reverse FK graph for
  // any FK, marking on the way whether the whole chain so far is NOT NULL. A table reached both
  // ways keeps the NOT NULL mark, which needs a second visit: each table is queued at most twice.
  constexpr std::uint8_t kNone = 0;
  constexpr std::uint8_t kAny = 1;
  constexpr std::uint8_t kNotNull = 2;
  std::unordered_map<const catalog::Table*, std::uint8_t> reach;
  std::deque<std::pair<const catalog::Table*, bool>> bfs;
  for (const catalog::Table* t : queue) {
    bfs.emplace_back(t, true);
  }
  while (!bfs.empty()) {
    const auto [target, chain_not_null] = bfs.front();
    bfs.pop_front();
    for (const catalog::Table* r : catalog_.referencing(*target)) {
      auto it = scopes_.find(r);
      if (it == scopes_.end() || it->second != TenantScope::None || !judged(*r)) {
        continue; // not judged, or already classified (root, global, carries the column)
      }
      bool not_null = false;
      for (const catalog::Constraint& fk : r->constraints) {
        if (fk.kind == ConstraintKind::ForeignKey && fk.ref_exists &&
            fk.ref_resolved.schema == target->schema && fk.ref_resolved.name == target->name &&
            fk_not_null(*r, fk)) {
          not_null = true;
        }
      }
      const bool nn = chain_not_null && not_null;
      std::uint8_t& mark = reach[r];
      const std::uint8_t want = nn ? kNotNull : kAny;
      if (mark >= want) {
        continue;
      }
      mark = want;
      bfs.emplace_back(r, nn);
    }
  }
  const bool detected = source_ == Source::Detected;
  for (const catalog::Table* t : pending) {
    const auto it = reach.find(t);
    const std::uint8_t mark = it == reach.end() ? kNone : it->second;
    TenantScope s = TenantScope::Tenant;
    if (config_.tenancy.allow_indirect && mark == kNotNull) {
      s = TenantScope::Indirect;
    } else if (detected && mark == kNone) {
      // Detected tenancy has no list of shared tables: a table without the tenant column that
      // points at no tenant data is taken as shared (lookup tables, users, settings).
      s = TenantScope::Global;
    }
    scopes_[t] = s;
  }
}

TenantScope Tenancy::scope(const catalog::Table& t) const {
  const catalog::Table* top = &t;
  for (int depth = 0; top->rare->partition_of && depth < 64; ++depth) {
    const catalog::Table* parent =
        catalog_.table(top->rare->partition_of->schema, top->rare->partition_of->name);
    if (parent == nullptr) {
      break;
    }
    top = parent;
  }
  const auto it = scopes_.find(top);
  return it == scopes_.end() ? TenantScope::None : it->second;
}

} // namespace ddlint::analysis
