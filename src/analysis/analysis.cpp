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

namespace {

// PostgreSQL's keywords are lowercase ASCII letters and underscores, at most 17 bytes long
// ("current_timestamp"); any other identifier is no keyword and needs neither a scan nor an entry
// in the cache (most generated names carry digits: orders_0_id, idx_4711).
bool could_be_keyword(std::string_view w) {
  return !w.empty() && w.size() <= 32 &&
         std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

} // namespace

void Analysis::build_keywords() const {
  std::vector<std::string> words;
  auto add = [&](const std::string& w) {
    if (could_be_keyword(w) && keywords_.emplace(w, 0).second) {
      words.push_back(w);
    }
  };
  for (const auto& t : catalog_.tables()) {
    add(t->name);
    for (const auto& c : t->columns) {
      add(c.name);
    }
    for (const auto& c : t->constraints) {
      add(c.name);
    }
    for (const auto& i : t->indexes) {
      add(i.name);
    }
  }
  for (const auto& ty : catalog_.types()) {
    add(ty->name);
  }
  for (const auto& f : catalog_.functions()) {
    add(f->name);
  }
  const std::vector<int> kinds = parse::keyword_kinds(words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    keywords_[words[i]] = kinds[i];
  }
}

int Analysis::keyword_kind(std::string_view identifier) const {
  if (!could_be_keyword(identifier)) {
    return 0;
  }
  std::call_once(keywords_once_, [this] { build_keywords(); });
  const std::lock_guard<std::mutex> lock(keyword_mutex_);
  const auto it = keywords_.find(identifier);
  if (it != keywords_.end()) {
    return it->second;
  }
  const int kind = parse::keyword_kinds({std::string(identifier)}).front();
  keywords_.emplace(std::string(identifier), kind);
  return kind;
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

const RelationNames& Analysis::relation_names() const {
  std::call_once(names_once_, [this] { names_ = std::make_unique<RelationNames>(catalog_); });
  return *names_;
}

bool Analysis::read_by_view(const catalog::Table& t) const {
  std::call_once(views_once_, [this] {
    std::unordered_set<std::string> qualified; // "schema.name"
    std::unordered_set<std::string> bare;      // unqualified reads: any schema
    for (const auto& v : catalog_.tables()) {
      if (v->is_view()) {
        for (const QualName& q : v->reads) {
          (q.schema.empty() ? bare.insert(q.name) : qualified.insert(q.schema + "." + q.name));
        }
      }
    }
    for (const auto& tp : catalog_.tables()) {
      if (!qualified.contains(tp->schema + "." + tp->name) && !bare.contains(tp->name)) {
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
        if (x->partition_of) {
          if (const catalog::Table* p =
                  catalog_.table(x->partition_of->schema, x->partition_of->name)) {
            todo.push_back(p);
          }
        }
        for (const QualName& q : x->inherits) {
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
