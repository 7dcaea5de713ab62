// A short list of SourceRefs in one heap block: its size, its capacity, then the refs. Eight bytes
// while empty, and one allocation (not a vector behind a box, which is two) once something is
// added: every altered object of the model keeps one (issue 9's memory target: a run on 100,000
// tables alters 300,000 objects). Value semantics; appending is amortised O(1).
#pragma once

#include "ir/source_ref.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace ddlint {

class SourceLog {
public:
  SourceLog() = default;
  SourceLog(const SourceLog& o) {
    if (!o.empty()) {
      reserve(o.size());
      std::copy(o.begin(), o.end(), refs());
      head()->size = o.size();
    }
  }
  SourceLog(SourceLog&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  SourceLog& operator=(const SourceLog& o) {
    if (this != &o) {
      SourceLog(o).swap(*this);
    }
    return *this;
  }
  SourceLog& operator=(SourceLog&& o) noexcept {
    SourceLog(std::move(o)).swap(*this);
    return *this;
  }
  ~SourceLog() { clear(); }
  void swap(SourceLog& o) noexcept { std::swap(p_, o.p_); }

  bool empty() const { return p_ == nullptr || head()->size == 0; }
  std::uint32_t size() const { return p_ == nullptr ? 0 : head()->size; }
  const SourceRef* begin() const { return p_ == nullptr ? nullptr : refs(); }
  const SourceRef* end() const { return p_ == nullptr ? nullptr : refs() + head()->size; }
  const SourceRef& back() const { return refs()[head()->size - 1]; } // needs !empty()
  const SourceRef& operator[](std::size_t i) const { return refs()[i]; }

  void push_back(const SourceRef& r) {
    const std::uint32_t n = size();
    if (p_ == nullptr || n == head()->cap) {
      reserve(n == 0 ? 1 : n * 2);
    }
    refs()[n] = r;
    head()->size = n + 1;
  }
  void clear() {
    ::operator delete(p_);
    p_ = nullptr;
  }

private:
  struct Head {
    std::uint32_t size;
    std::uint32_t cap;
  };
  static_assert(alignof(SourceRef) <= alignof(Head));

  Head* head() const { return static_cast<Head*>(p_); }
  SourceRef* refs() const { return reinterpret_cast<SourceRef*>(head() + 1); }

  void reserve(std::uint32_t cap) {
    void* q = ::operator new(sizeof(Head) + sizeof(SourceRef) * cap);
    const std::uint32_t n = size();
    auto* h = new (q) Head{n, cap};
    auto* to = reinterpret_cast<SourceRef*>(h + 1);
    for (std::uint32_t i = 0; i < cap; ++i) {
      new (to + i) SourceRef(i < n ? refs()[i] : SourceRef{});
    }
    ::operator delete(p_);
    p_ = q;
  }

  void* p_ = nullptr;
};

} // namespace ddlint
