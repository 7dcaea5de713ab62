// Internal to parse/: the per-thread bump allocator for protobuf-C unpacking and the flag that
// says whether this thread used libpg_query (so that shutdown() knows to free its memory).
#pragma once

#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace ddlint::parse {

// Bump allocator for protobuf-C unpacking: a statement's whole tree is released at once
// (freeing node by node costs about as much as unpacking).
class Arena {
public:
  void* alloc(std::size_t n) {
    n = (n + 15U) & ~static_cast<std::size_t>(15U);
    if (blocks_.empty() || used_ + n > cap_) {
      const std::size_t size = std::max<std::size_t>(kBlock, n);
      blocks_.push_back(std::make_unique<std::byte[]>(size));
      cap_ = size;
      used_ = 0;
    }
    void* p = blocks_.back().get() + used_;
    used_ += n;
    return p;
  }
  void reset() {
    if (blocks_.size() > 1) {
      // Keep one block of the usual size; large trees were rare.
      blocks_.erase(blocks_.begin() + 1, blocks_.end());
      cap_ = kBlock;
    }
    used_ = 0;
  }
  ProtobufCAllocator allocator() {
    return ProtobufCAllocator{
        [](void* data, std::size_t size) { return static_cast<Arena*>(data)->alloc(size); },
        [](void* /*data*/, void* /*ptr*/) {}, this};
  }

private:
  static constexpr std::size_t kBlock = 256 * 1024;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::size_t used_ = 0;
  std::size_t cap_ = 0;
};

inline Arena& thread_arena() {
  thread_local Arena arena;
  return arena;
}

// libpg_query keeps a memory context per thread; pg_query_exit() crashes on a thread that never
// used it, so remember which threads did.
inline thread_local bool tls_used = false;

} // namespace ddlint::parse
