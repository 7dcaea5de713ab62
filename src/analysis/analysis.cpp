#include "analysis/analysis.h"

#include "parse/parser.h"

#include <algorithm>

namespace ddlint::analysis {

void Analysis::build_references() const {
  for (const auto& t : catalog_.tables()) {
    for (const catalog::Constraint& c : t->constraints) {
      if (c.kind != ConstraintKind::ForeignKey || !c.ref_exists) {
        continue;
      }
      const catalog::Table* target = catalog_.table(c.ref_resolved.schema, c.ref_resolved.name);
      if (target == nullptr) {
        continue;
      }
      auto& v = refs_[target];
      if (v.empty() || v.back() != t.get()) {
        v.push_back(t.get());
      }
    }
  }
}

const std::vector<const catalog::Table*>& Analysis::referenced_by(const catalog::Table& t) const {
  std::call_once(references_once_, [this] { build_references(); });
  static const std::vector<const catalog::Table*> kNone;
  const auto it = refs_.find(&t);
  return it == refs_.end() ? kNone : it->second;
}

int Analysis::keyword_kind(std::string_view identifier) const {
  return parse::keyword_kind(identifier);
}

const Tenancy& Analysis::tenancy() const {
  std::call_once(tenancy_once_,
                 [this] { tenancy_ = std::make_unique<Tenancy>(catalog_, config_); });
  return *tenancy_;
}

const IndexCoverage& Analysis::index_coverage() const {
  std::call_once(coverage_once_, [this] { coverage_ = std::make_unique<IndexCoverage>(catalog_); });
  return *coverage_;
}

bool Analysis::read_by_view(const catalog::Table& t) const {
  std::call_once(views_once_, [this] {
    std::unordered_set<std::string> qualified; // "schema.name"
    std::unordered_set<std::string> bare;      // unqualified reads: any schema
    for (const auto& v : catalog_.tables()) {
      if (v->is_view()) {
        for (const QualName& q : v->rare->reads) {
          (q.schema.empty() ? bare.insert(q.name.string())
                            : qualified.insert(q.schema + "." + q.name));
        }
      }
    }
    for (const auto& tp : catalog_.tables()) {
      if (!qualified.contains(tp->schema + "." + tp->name) && !bare.contains(tp->name.string())) {
        continue;
      }
      // The table and its ancestors: altering a parent's column alters the children's.
      std::vector<const catalog::Table*> todo = {tp.get()};
      while (!todo.empty()) {
        const catalog::Table* x = todo.back();
        todo.pop_back();
        if (!read_by_views_.insert(x).second) {
          continue;
        }
        if (x->rare->partition_of) {
          if (const catalog::Table* p =
                  catalog_.table(x->rare->partition_of->schema, x->rare->partition_of->name)) {
            todo.push_back(p);
          }
        }
        for (const QualName& q : x->rare->inherits) {
          if (const catalog::Table* p = catalog_.table(q.schema, q.name)) {
            todo.push_back(p);
          }
        }
      }
    }
  });
  return read_by_views_.contains(&t);
}

} // namespace ddlint::analysis
