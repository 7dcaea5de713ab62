// A short list of interned names (key columns of a constraint) in 16 bytes: a one-name list
// keeps its atom inline, longer lists one array. Constraint column lists have one name almost
// always; as std::vector<std::string> each cost 24 bytes plus a 48-byte heap block.
#pragma once

#include "base/atom.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ddlint {

class AtomList {
public:
  using value_type = Atom;
  using size_type = std::size_t;
  using iterator = Atom*;
  using const_iterator = const Atom*;
  using reference = Atom&;
  using const_reference = const Atom&;

  AtomList() = default;
  AtomList(std::initializer_list<Atom> l) { assign(l.begin(), l.end()); }
  // Implicit: a drop-in for the std::vector<std::string> fields it replaces.
  AtomList(const std::vector<std::string>& v) { // NOLINT(google-explicit-constructor)
    assign(v.begin(), v.end());
  }
  AtomList(const AtomList& o) { assign(o.begin(), o.end()); }
  AtomList(AtomList&& o) noexcept : size_(o.size_), cap_(o.cap_), store_(o.store_) {
    o.size_ = 0;
    o.cap_ = 1;
  }
  ~AtomList() { release(store_, cap_); }
  AtomList& operator=(const AtomList& o) {
    if (this != &o) {
      AtomList(o).swap(*this);
    }
    return *this;
  }
  AtomList& operator=(AtomList&& o) noexcept {
    AtomList(std::move(o)).swap(*this);
    return *this;
  }
  void swap(AtomList& o) noexcept {
    std::swap(size_, o.size_);
    std::swap(cap_, o.cap_);
    std::swap(store_, o.store_);
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Atom* data() { return cap_ <= 1 ? &store_.one : store_.many; }
  const Atom* data() const { return cap_ <= 1 ? &store_.one : store_.many; }
  Atom* begin() { return data(); }
  Atom* end() { return data() + size_; }
  const Atom* begin() const { return data(); }
  const Atom* end() const { return data() + size_; }
  Atom& operator[](std::size_t i) { return data()[i]; }
  const Atom& operator[](std::size_t i) const { return data()[i]; }
  const Atom& front() const { return data()[0]; }
  const Atom& back() const { return data()[size_ - 1]; }

  void push_back(Atom a);
  void clear() { AtomList().swap(*this); }
  // Removes the element at `it`; returns the position after it.
  Atom* erase(const Atom* it);
  template <class It> void assign(It first, It last) {
    clear();
    for (; first != last; ++first) {
      push_back(Atom(*first));
    }
  }

  std::vector<std::string> strings() const { return {begin(), end()}; }
  // For the helpers that take string vectors (a copy; they run once per constraint).
  operator std::vector<std::string>() const { return strings(); } // NOLINT

  friend bool operator==(const AtomList& a, const AtomList& b);
  friend bool operator==(const AtomList& a, const std::vector<std::string>& b);

private:
  union Store {
    Store() : many(nullptr) {}
    Atom one;
    Atom* many;
  };
  static void release(Store s, std::uint32_t cap) {
    if (cap > 1) {
      delete[] s.many;
    }
  }
  std::uint32_t size_ = 0;
  std::uint32_t cap_ = 1; // 1: inline (store_.one)
  Store store_;
};

} // namespace ddlint
