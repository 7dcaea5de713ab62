// An interned string: a 32-bit id in a process-wide table of distinct strings, never freed.
// For strings that repeat across many objects (rule ids, schema, table and column names in
// findings): 4 bytes and no allocation per copy, where a std::string costs 32 bytes plus a heap
// block beyond 15 characters and a pointer 8 (issue 9's memory target: a run on 100,000 tables
// holds some twelve million atoms in its model and findings). The texts themselves are packed
// into large blocks (length, characters, NUL), so a distinct string costs its length plus about
// 17 bytes, where a std::string per string took 32 plus a heap block. Interning is thread-safe;
// reading is three loads and yields a std::string_view (NUL-terminated: c_str() is valid).
// Equality against another Atom compares ids; ordering compares the text.
#pragma once

#include <array>
#include <atomic>
#include <bit>
#include <compare>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace ddlint {

namespace atom_detail {
// An id is (index in its shard) << kShardBits | shard. A shard keeps its strings in chunks that
// never move, chunk k holding 2^(kFirstChunkBits + k) strings, so that kChunks chunks hold any
// index and a lookup needs no lock: a chunk is published (release) before any id in it is
// handed out.
inline constexpr unsigned kShardBits = 6;
inline constexpr std::uint32_t kShards = 1U << kShardBits;
inline constexpr unsigned kFirstChunkBits = 10;
inline constexpr unsigned kChunks = 32 - kShardBits - kFirstChunkBits + 1;
// Constant-initialised (all null) before any dynamic initialisation; id 0 is "" (shard 0, index
// 0), whose chunk atom.cpp creates during static initialisation.
// A chunk holds pointers to texts; a text is preceded by its length (4 bytes, unaligned-safe
// read) and followed by a NUL.
extern std::array<std::array<std::atomic<const char* const*>, kChunks>, kShards> g_chunks;

// String n of a shard is in chunk chunk_of(i), at offset i - std::bit_floor(i), where i is n
// plus the first chunk's size.
inline unsigned chunk_of(std::uint32_t i) {
  return static_cast<unsigned>(std::countl_zero(std::uint32_t{1} << kFirstChunkBits) -
                               std::countl_zero(i));
}

inline const char* c_text(std::uint32_t id) {
  const std::uint32_t i = (id >> kShardBits) + (std::uint32_t{1} << kFirstChunkBits);
  const char* const* chunk =
      g_chunks[id & (kShards - 1)][chunk_of(i)].load(std::memory_order_acquire);
  return chunk[i - std::bit_floor(i)];
}

inline std::string_view text(std::uint32_t id) {
  const char* p = c_text(id);
  std::uint32_t n = 0;
  std::memcpy(&n, p - sizeof n, sizeof n);
  return {p, n};
}
} // namespace atom_detail

class Atom {
public:
  Atom() = default; // ""
  // Implicit, so that Atoms drop in for std::string fields (QualName{schema, name}).
  Atom(std::string_view s) : id_(intern(s)) {}   // NOLINT(google-explicit-constructor)
  Atom(const std::string& s) : id_(intern(s)) {} // NOLINT(google-explicit-constructor)
  Atom(const char* s) : id_(intern(s)) {}        // NOLINT(google-explicit-constructor)
  Atom& operator=(std::string_view s) {
    id_ = intern(s);
    return *this;
  }
  Atom& operator=(const std::string& s) { return *this = std::string_view(s); }
  Atom& operator=(const char* s) { return *this = std::string_view(s); }

  std::string_view str() const { return atom_detail::text(id_); }
  std::string string() const { return std::string(str()); }
  operator std::string_view() const { return str(); } // NOLINT(google-explicit-constructor)
  explicit operator std::string() const { return string(); }
  bool empty() const { return id_ == 0; }
  bool starts_with(std::string_view p) const { return str().starts_with(p); }
  bool ends_with(std::string_view p) const { return str().ends_with(p); }
  std::size_t size() const { return str().size(); }
  const char* data() const { return atom_detail::c_text(id_); }
  const char* c_str() const { return atom_detail::c_text(id_); }
  auto begin() const { return str().begin(); }
  auto end() const { return str().end(); }
  void clear() { id_ = 0; }
  // Identity hash: equal atoms are one id.
  std::size_t hash() const noexcept { return std::size_t{id_} * 0x9e3779b97f4a7c15ULL; }

  friend bool operator==(Atom a, Atom b) { return a.id_ == b.id_; }
  // Exact overloads for every string type, so that comparisons never need a conversion.
  friend bool operator==(Atom a, std::string_view b) { return a.str() == b; }
  friend bool operator==(Atom a, const std::string& b) { return a.str() == b; }
  friend bool operator==(Atom a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(Atom a, Atom b) {
    return a.id_ == b.id_ ? std::strong_ordering::equal : a.str().compare(b.str()) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, std::string_view b) {
    return a.str().compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, const std::string& b) {
    return a.str().compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, const char* b) {
    return a.str().compare(b) <=> 0;
  }
  friend std::string operator+(Atom a, std::string_view b) { return concat(a.str(), b); }
  friend std::string operator+(std::string_view a, Atom b) { return concat(a, b.str()); }
  friend std::string operator+(Atom a, const char* b) { return concat(a.str(), b); }
  friend std::string operator+(const char* a, Atom b) { return concat(a, b.str()); }
  friend std::string operator+(const std::string& a, Atom b) { return concat(a, b.str()); }
  friend std::string operator+(Atom a, const std::string& b) { return concat(a.str(), b); }
  friend std::string operator+(Atom a, Atom b) { return concat(a.str(), b.str()); }
  friend std::string operator+(Atom a, char b) { return concat(a.str(), std::string_view(&b, 1)); }
  friend std::string operator+(char a, Atom b) { return concat(std::string_view(&a, 1), b.str()); }
  friend std::string operator+(std::string&& a, Atom b) { return std::move(a.append(b.str())); }

  // The atom of `s` if some atom already has that text; nothing is interned. For lookups of
  // names that may not exist (a name is not in a map keyed on atoms unless it was interned).
  static std::optional<Atom> existing(std::string_view s);

private:
  static std::string concat(std::string_view a, std::string_view b) {
    std::string out;
    out.reserve(a.size() + b.size());
    out.append(a).append(b);
    return out;
  }
  explicit Atom(std::uint32_t id) : id_(id) {}
  static std::uint32_t intern(std::string_view s);
  std::uint32_t id_ = 0;
};

std::ostream& operator<<(std::ostream& os, Atom a);

} // namespace ddlint

// Atoms as keys of unordered containers: the identity hash.
template <> struct std::hash<ddlint::Atom> {
  std::size_t operator()(ddlint::Atom a) const noexcept { return a.hash(); }
};
