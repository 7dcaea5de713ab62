#include "base/atom.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <ostream>
#include <vector>

namespace ddlint {
namespace {

// The intern table is split into shards by hash, each with its own lock, so that parse workers
// interning names at the same time rarely wait for each other. A shard is an open-addressing
// table of 8-byte slots (32 bits of the hash, index + 1 of the string) over a deque of strings,
// whose elements never move: about 45 bytes per distinct string besides its text. A slot's
// position derives from its 32 hash bits (the shard from the low bits of the hash), so growing
// the table moves slots without reading, or hashing again, a single string.
class Shard {
public:
  static constexpr unsigned kShardBits = 6;

  const std::string* find(std::string_view s, std::size_t h) {
    const std::lock_guard<std::mutex> lock(mu_);
    if (slots_.empty()) {
      return nullptr;
    }
    const Slot& slot = probe(s, h);
    return slot.index == 0 ? nullptr : &strings_[slot.index - 1];
  }

  const std::string* find_or_add(std::string_view s, std::size_t h) {
    const std::lock_guard<std::mutex> lock(mu_);
    if ((strings_.size() + 1) * 3 > slots_.size() * 2) {
      grow();
    }
    Slot& slot = probe(s, h);
    if (slot.index == 0) {
      strings_.emplace_back(s);
      slot = Slot{tag_of(h), static_cast<std::uint32_t>(strings_.size())};
    }
    return &strings_[slot.index - 1];
  }

private:
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t index = 0; // 0: empty
  };

  static std::uint32_t tag_of(std::size_t h) { return static_cast<std::uint32_t>(h >> 32U); }

  // The slot holding `s`, or the empty slot where it belongs. Needs a non-empty table.
  Slot& probe(std::string_view s, std::size_t h) {
    const std::uint32_t tag = tag_of(h);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == 0 || (slot.tag == tag && strings_[slot.index - 1] == s)) {
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

  std::mutex mu_;
  std::vector<Slot> slots_;
  std::deque<std::string> strings_;
};

struct Table {
  Shard shards[std::size_t{1} << Shard::kShardBits];
};

Table& table() {
  // Never destroyed: atoms may be read by static objects until the very end of the process.
  static auto* t = new Table();
  return *t;
}

Shard& shard_of(std::size_t h) {
  return table().shards[h & ((std::size_t{1} << Shard::kShardBits) - 1)];
}

} // namespace

const std::string& Atom::blank() {
  static const std::string* const kBlank = intern("");
  return *kBlank;
}

const std::string* Atom::intern(std::string_view s) {
  const std::size_t h = std::hash<std::string_view>{}(s);
  return shard_of(h).find_or_add(s, h);
}

std::optional<Atom> Atom::existing(std::string_view s) {
  const std::size_t h = std::hash<std::string_view>{}(s);
  const std::string* p = shard_of(h).find(s, h);
  if (p == nullptr) {
    return std::nullopt;
  }
  return Atom(p);
}

std::ostream& operator<<(std::ostream& os, Atom a) {
  return os << a.str();
}

} // namespace ddlint
