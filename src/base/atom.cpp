#include "base/atom.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace ddlint {
namespace {

using atom_detail::g_chunks;
using atom_detail::kChunks;
using atom_detail::kFirstChunkBits;
using atom_detail::kShardBits;
using atom_detail::kShards;

// The intern table is split into shards by hash, each with its own lock, so that parse workers
// interning names at the same time rarely wait for each other. A shard is an open-addressing
// table of 8-byte slots (32 bits of the hash, index + 1 of the string) over its chunks of
// pointers to texts (atom_detail), which never move: about 25 bytes per distinct string besides
// its text.
// A slot's position derives from its 32 hash bits (the shard from the low bits of the hash), so
// growing the table moves slots without reading, or hashing again, a single string.
class Shard {
public:
  void init(std::uint32_t number) {
    number_ = number;
    if (number == 0) {
      append(""); // id 0
    }
  }

  std::optional<std::uint32_t> find(std::string_view s, std::size_t h) {
    const std::lock_guard<std::mutex> lock(mu_);
    if (slots_.empty()) {
      return std::nullopt;
    }
    const Slot& slot = probe(s, h);
    return slot.index == 0 ? std::nullopt : std::optional<std::uint32_t>(id(slot.index - 1));
  }

  std::uint32_t find_or_add(std::string_view s, std::size_t h) {
    const std::lock_guard<std::mutex> lock(mu_);
    if ((std::size_t{size_} + 1) * 3 > slots_.size() * 2) {
      grow();
    }
    Slot& slot = probe(s, h);
    if (slot.index == 0) {
      append(s);
      slot = Slot{tag_of(h), size_};
    }
    return id(slot.index - 1);
  }

private:
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t index = 0; // 0: empty
  };

  static std::uint32_t tag_of(std::size_t h) { return static_cast<std::uint32_t>(h >> 32U); }
  std::uint32_t id(std::uint32_t index) const { return index << kShardBits | number_; }

  // Adds `s` as the shard's next string: its text goes into the shard's current block (a new
  // block when it does not fit), its pointer into the shard's chunk for that index (created, and
  // published, on first use). A chunk is raw storage: the untouched tail of the newest chunk
  // costs no resident memory.
  void append(std::string_view s) {
    if (size_ >= (std::uint32_t{1} << (32 - kShardBits)) - 1 || s.size() > UINT32_MAX - 8) {
      throw std::length_error("more distinct identifiers than ddlint can intern");
    }
    const std::uint32_t i = size_ + (std::uint32_t{1} << kFirstChunkBits);
    const unsigned k = atom_detail::chunk_of(i);
    const std::uint32_t first = std::bit_floor(i);
    auto& slot = g_chunks[number_][k];
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): the table owns the chunk
    auto* chunk = const_cast<const char**>(slot.load(std::memory_order_relaxed));
    if (chunk == nullptr) {
      // Never freed, like every atom.
      chunk = static_cast<const char**>(::operator new(sizeof(const char*) * first));
      slot.store(chunk, std::memory_order_release);
    }
    chunk[i - first] = store(s);
    ++size_;
  }

  // Copies `s` (length, characters, NUL) into the current block; returns the characters.
  const char* store(std::string_view s) {
    const auto n = static_cast<std::uint32_t>(s.size());
    const std::size_t need = sizeof n + s.size() + 1;
    if (static_cast<std::size_t>(block_end_ - block_next_) < need) {
      // Never freed, like every atom. Blocks are modest (each shard has its own), so that a
      // few names cost little; a text longer than a block gets a block of its own.
      const std::size_t size = std::max<std::size_t>(need, kBlockSize);
      block_next_ = static_cast<char*>(::operator new(size));
      block_end_ = block_next_ + size;
    }
    char* p = block_next_;
    std::memcpy(p, &n, sizeof n);
    std::memcpy(p + sizeof n, s.data(), s.size());
    p[sizeof n + s.size()] = '\0';
    block_next_ += need;
    return p + sizeof n;
  }

  // The slot holding `s`, or the empty slot where it belongs. Needs a non-empty table.
  Slot& probe(std::string_view s, std::size_t h) {
    const std::uint32_t tag = tag_of(h);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == 0 || (slot.tag == tag && atom_detail::text(id(slot.index - 1)) == s)) {
        return slot;
      }
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& o : old) {
      if (o.index == 0) {
        continue;
      }
      std::size_t i = o.tag & mask;
      while (slots_[i].index != 0) {
        i = (i + 1) & mask;
      }
      slots_[i] = o;
    }
  }

  static constexpr std::size_t kBlockSize = std::size_t{16} * 1024;

  std::mutex mu_;
  std::vector<Slot> slots_;
  char* block_next_ = nullptr; // free space of the current text block
  char* block_end_ = nullptr;
  std::uint32_t size_ = 0; // strings in the shard
  std::uint32_t number_ = 0;
};

struct Table {
  Table() {
    for (std::uint32_t i = 0; i < kShards; ++i) {
      shards[i].init(i);
    }
  }
  std::array<Shard, kShards> shards;
};

Table& table() {
  // Never destroyed: atoms may be read by static objects until the very end of the process.
  static auto* t = new Table();
  return *t;
}

Shard& shard_of(std::size_t h) {
  return table().shards[h & (kShards - 1)];
}

// Makes "" (id 0) readable before main even if nothing is interned during static
// initialisation.
[[maybe_unused]] const bool initialised_before_main = (table(), true);

} // namespace

namespace atom_detail {
std::array<std::array<std::atomic<const char* const*>, kChunks>, kShards> g_chunks;
} // namespace atom_detail

std::uint32_t Atom::intern(std::string_view s) {
  if (s.empty()) {
    return 0;
  }
  const std::size_t h = std::hash<std::string_view>{}(s);
  return shard_of(h).find_or_add(s, h);
}

std::optional<Atom> Atom::existing(std::string_view s) {
  if (s.empty()) {
    return Atom();
  }
  const std::size_t h = std::hash<std::string_view>{}(s);
  const std::optional<std::uint32_t> id = shard_of(h).find(s, h);
  if (!id) {
    return std::nullopt;
  }
  return Atom(*id);
}

std::ostream& operator<<(std::ostream& os, Atom a) {
  return os << a.str();
}

} // namespace ddlint
