// A hash map from (schema, name) to a small value, for the catalog's name registries (relations,
// constraint names). Open addressing over one array of slots with Robin Hood insertion (an entry
// that has travelled further from its home slot takes the place of one that has travelled less),
// which keeps probe sequences short at a load of 7/8: a lookup reads one or two adjacent slots
// instead of following a list node, and an entry costs its slot (no node allocation). At 100,000
// tables these maps hold 700,000 names; their lookups were the largest part of the catalog's
// time that grew faster than the input, and their nodes 70 bytes a name.
//
// The interface is the part of std::unordered_map the catalog uses: find/end/count/emplace/erase,
// with iterators that point to the entry (end() points nowhere). Erasing shifts the following
// entries back (no tombstones). Any insertion may move entries: a pointer is valid until the next
// emplace or erase.
#pragma once

#include "ir/names.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace ddlint::catalog {

template <class V> class FlatKeyMap {
public:
  using value_type = std::pair<QualName, V>;

  // A found entry, or end(): a pointer that reads like a map iterator.
  template <class E> class Iter {
  public:
    explicit Iter(E* p = nullptr) : p_(p) {}
    E* operator->() const { return p_; }
    E& operator*() const { return *p_; }
    friend bool operator==(Iter a, Iter b) { return a.p_ == b.p_; }

  private:
    friend class FlatKeyMap;
    E* p_;
  };
  using iterator = Iter<value_type>;
  using const_iterator = Iter<const value_type>;

  iterator find(const QualName& k) {
    const std::size_t i = locate(k);
    return iterator(i < slots_.size() ? &slots_[i] : nullptr);
  }
  const_iterator find(const QualName& k) const {
    const std::size_t i = locate(k);
    return const_iterator(i < slots_.size() ? &slots_[i] : nullptr);
  }
  iterator end() { return iterator(); }
  const_iterator end() const { return const_iterator(); }
  std::size_t count(const QualName& k) const { return find(k) != end() ? 1 : 0; }
  std::size_t size() const { return size_; }

  // Inserts (k, v) unless k is present; returns the entry and whether it was inserted.
  std::pair<iterator, bool> emplace(const QualName& k, V v) {
    if (const iterator it = find(k); it != end()) {
      return {it, false};
    }
    if ((size_ + 1) * 8 > slots_.size() * 7) {
      grow();
    }
    ++size_;
    return {iterator(&slots_[insert(value_type{k, std::move(v)})]), true};
  }

  // Removes the entry `it` points to (from find).
  void erase(iterator it) {
    const std::size_t mask = slots_.size() - 1;
    auto i = static_cast<std::size_t>(it.p_ - slots_.data());
    // Backward shift: each following entry that is away from its home moves one slot back.
    for (std::size_t j = (i + 1) & mask; dist_[j] > 1; j = (j + 1) & mask) {
      slots_[i] = std::move(slots_[j]);
      dist_[i] = dist_[j] - 1;
      i = j;
    }
    slots_[i] = value_type{};
    dist_[i] = 0;
    --size_;
  }

private:
  // The slot holding k, or slots_.size() when k is absent.
  std::size_t locate(const QualName& k) const {
    if (size_ == 0) {
      return slots_.size();
    }
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = home_of(k);
    // dist_[i] is 0 for an empty slot, else 1 + how far the entry sits from its home slot.
    for (std::uint32_t d = 1;; ++d, i = (i + 1) & mask) {
      if (dist_[i] < d) { // empty, or an entry closer to home than k would be: k is absent
        return slots_.size();
      }
      if (slots_[i].first == k) {
        return i;
      }
    }
  }

  std::size_t home_of(const QualName& k) const {
    // Atom hashes are multiplicative hashes of ids; mix the pair and take the high bits.
    std::uint64_t h = k.schema.hash() ^ (k.name.hash() * 0xff51afd7ed558ccdULL);
    h ^= h >> 33U;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29U;
    return static_cast<std::size_t>(h >> shift_);
  }

  // Places an entry whose key is absent; returns its slot. Needs a free slot.
  std::size_t insert(value_type e) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = home_of(e.first);
    std::size_t placed = slots_.size();
    for (std::uint32_t d = 1;; ++d, i = (i + 1) & mask) {
      if (dist_[i] == 0) {
        slots_[i] = std::move(e);
        dist_[i] = d;
        return placed == slots_.size() ? i : placed;
      }
      if (dist_[i] < d) { // the resident is closer to home: it moves on, e takes its slot
        std::swap(slots_[i], e);
        std::swap(dist_[i], d);
        if (placed == slots_.size()) {
          placed = i;
        }
      }
    }
  }

  void grow() {
    const std::size_t n = slots_.empty() ? 64 : slots_.size() * 2;
    std::vector<value_type> old = std::move(slots_);
    std::vector<std::uint32_t> old_dist = std::move(dist_);
    slots_.assign(n, value_type{});
    dist_.assign(n, 0);
    shift_ = 64U - static_cast<unsigned>(std::countr_zero(n));
    for (std::size_t i = 0; i < old.size(); ++i) {
      if (old_dist[i] != 0) {
        insert(std::move(old[i]));
      }
    }
  }

  std::vector<value_type> slots_;
  std::vector<std::uint32_t> dist_;
  std::size_t size_ = 0;
  unsigned shift_ = 64;
};

} // namespace ddlint::catalog
