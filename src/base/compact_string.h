// An immutable string in one heap block of its exact size (the length, then the characters):
// 8 bytes, where a std::string takes 32 besides its own block, which grows with spare capacity.
// For text that is written once and read by reporters, like a finding's message (issue 9's
// memory target: a run on 100,000 tables holds a quarter of a million findings). Value
// semantics; reads as a std::string_view. No ddlint concepts.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <new>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace ddlint {

class CompactString {
public:
  CompactString() = default;
  // Implicit, so that it drops in for the std::string it replaces.
  CompactString(std::string_view s) : p_(make(s)) {}   // NOLINT(google-explicit-constructor)
  CompactString(const std::string& s) : p_(make(s)) {} // NOLINT(google-explicit-constructor)
  CompactString(const char* s) : p_(make(s)) {}        // NOLINT(google-explicit-constructor)
  CompactString(const CompactString& o) : p_(make(o.view())) {}
  CompactString(CompactString&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  CompactString& operator=(const CompactString& o) {
    if (this != &o) {
      CompactString(o).swap(*this);
    }
    return *this;
  }
  CompactString& operator=(CompactString&& o) noexcept {
    CompactString(std::move(o)).swap(*this);
    return *this;
  }
  CompactString& operator=(std::string_view s) { return *this = CompactString(s); }
  CompactString& operator=(const std::string& s) { return *this = CompactString(s); }
  CompactString& operator=(const char* s) { return *this = CompactString(s); }
  ~CompactString() { ::operator delete(p_); }
  void swap(CompactString& o) noexcept { std::swap(p_, o.p_); }

  std::string_view view() const {
    if (p_ == nullptr) {
      return {};
    }
    std::uint32_t n = 0;
    std::memcpy(&n, p_, sizeof n);
    return {p_ + sizeof n, n};
  }
  operator std::string_view() const { return view(); } // NOLINT(google-explicit-constructor)
  std::string str() const { return std::string(view()); }
  const char* data() const { return view().data(); }
  std::size_t size() const { return view().size(); }
  bool empty() const { return p_ == nullptr; }
  char back() const { return view().back(); } // needs !empty()
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
  // Appending makes a new block (the string is meant to be written once).
  CompactString& operator+=(std::string_view s) { return *this = str().append(s); }

  friend bool operator==(const CompactString& a, const CompactString& b) {
    return a.view() == b.view();
  }
  friend bool operator==(const CompactString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const CompactString& a, const CompactString& b) {
    return a.view().compare(b.view()) <=> 0;
  }
  friend std::string operator+(const CompactString& a, std::string_view b) {
    return a.str() + std::string(b);
  }
  friend std::string operator+(std::string_view a, const CompactString& b) {
    return std::string(a) + b.str();
  }
  friend std::string operator+(const std::string& a, const CompactString& b) {
    return a + std::string(b.view());
  }
  friend std::string operator+(const CompactString& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const CompactString& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, const CompactString& b) {
    return std::string(a) + b.str();
  }

  friend std::ostream& operator<<(std::ostream& os, const CompactString& s) {
    return os << s.view();
  }

private:
  static char* make(std::string_view s) {
    if (s.empty()) {
      return nullptr;
    }
    if (s.size() > UINT32_MAX) {
      throw std::length_error("string too long for CompactString");
    }
    const auto n = static_cast<std::uint32_t>(s.size());
    auto* p = static_cast<char*>(::operator new(sizeof n + s.size()));
    std::memcpy(p, &n, sizeof n);
    std::memcpy(p + sizeof n, s.data(), s.size());
    return p;
  }

  char* p_ = nullptr;
};

} // namespace ddlint
