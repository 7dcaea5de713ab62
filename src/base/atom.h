// An interned string: one pointer into a process-wide table of distinct strings, never freed.
// For strings that repeat across many objects (rule ids, schema, table and column names in
// findings): 8 bytes and no allocation per copy, where a std::string costs 32 bytes plus a heap
// block beyond 15 characters (issue 9's memory target). Interning is thread-safe; reading is
// free. Equality against another Atom compares pointers; ordering compares the text.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace ddlint {

class Atom {
public:
  Atom() : s_(&blank()) {}
  // Implicit, so that Atoms drop in for std::string fields (QualName{schema, name}).
  Atom(std::string_view s) : s_(intern(s)) {}   // NOLINT(google-explicit-constructor)
  Atom(const std::string& s) : s_(intern(s)) {} // NOLINT(google-explicit-constructor)
  Atom(const char* s) : s_(intern(s)) {}        // NOLINT(google-explicit-constructor)
  Atom& operator=(std::string_view s) {
    s_ = intern(s);
    return *this;
  }
  Atom& operator=(const std::string& s) { return *this = std::string_view(s); }
  Atom& operator=(const char* s) { return *this = std::string_view(s); }

  const std::string& str() const { return *s_; }
  operator const std::string&() const { return *s_; } // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return *s_; }   // NOLINT(google-explicit-constructor)
  const std::string& operator*() const { return *s_; }
  const std::string* operator->() const { return s_; }
  bool empty() const { return s_->empty(); }
  bool starts_with(std::string_view p) const { return s_->starts_with(p); }
  bool ends_with(std::string_view p) const { return s_->ends_with(p); }
  std::size_t size() const { return s_->size(); }
  const char* data() const { return s_->data(); }
  const char* c_str() const { return s_->c_str(); }
  auto begin() const { return s_->begin(); }
  auto end() const { return s_->end(); }
  void clear() { s_ = &blank(); }
  // Identity hash: equal atoms are one pointer.
  std::size_t hash() const noexcept {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(s_) >> 4U) *
           0x9e3779b97f4a7c15ULL;
  }

  friend bool operator==(Atom a, Atom b) { return a.s_ == b.s_; }
  // Exact overloads for every string type, so that comparisons never need a conversion.
  friend bool operator==(Atom a, std::string_view b) { return *a.s_ == b; }
  friend bool operator==(Atom a, const std::string& b) { return *a.s_ == b; }
  friend bool operator==(Atom a, const char* b) { return *a.s_ == b; }
  friend std::strong_ordering operator<=>(Atom a, Atom b) {
    return a.s_ == b.s_ ? std::strong_ordering::equal : a.s_->compare(*b.s_) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, std::string_view b) {
    return std::string_view(*a.s_).compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, const std::string& b) {
    return a.s_->compare(b) <=> 0;
  }
  friend std::strong_ordering operator<=>(Atom a, const char* b) { return a.s_->compare(b) <=> 0; }
  friend std::string operator+(Atom a, std::string_view b) { return *a.s_ + std::string(b); }
  friend std::string operator+(std::string_view a, Atom b) { return std::string(a) + *b.s_; }
  friend std::string operator+(Atom a, const char* b) { return *a.s_ + b; }
  friend std::string operator+(const char* a, Atom b) { return a + *b.s_; }
  friend std::string operator+(const std::string& a, Atom b) { return a + *b.s_; }
  friend std::string operator+(Atom a, const std::string& b) { return *a.s_ + b; }
  friend std::string operator+(Atom a, Atom b) { return *a.s_ + *b.s_; }
  friend std::string operator+(Atom a, char b) { return *a.s_ + b; }
  friend std::string operator+(char a, Atom b) { return a + *b.s_; }
  friend std::string operator+(std::string&& a, Atom b) { return std::move(a) + *b.s_; }

  // The atom of `s` if some atom already has that text; nothing is interned. For lookups of
  // names that may not exist (a name is not in a map keyed on atoms unless it was interned).
  static std::optional<Atom> existing(std::string_view s);

private:
  explicit Atom(const std::string* s) : s_(s) {}
  static const std::string* intern(std::string_view s);
  static const std::string& blank();
  const std::string* s_;
};

std::ostream& operator<<(std::ostream& os, Atom a);

} // namespace ddlint
