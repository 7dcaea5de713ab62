#include "base/atom.h"

#include <mutex>
#include <ostream>
#include <unordered_set>

namespace ddlint {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Table {
  std::mutex mu;
  std::unordered_set<std::string, Hash, std::equal_to<>> strings;
};

Table& table() {
  // Never destroyed: atoms may be read by static objects until the very end of the process.
  static auto* t = new Table();
  return *t;
}

} // namespace

const std::string& Atom::blank() {
  static const std::string* const kBlank = intern("");
  return *kBlank;
}

const std::string* Atom::intern(std::string_view s) {
  Table& t = table();
  const std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.strings.find(s);
  if (it == t.strings.end()) {
    it = t.strings.emplace(s).first;
  }
  return &*it;
}

std::ostream& operator<<(std::ostream& os, Atom a) {
  return os << a.str();
}

} // namespace ddlint
