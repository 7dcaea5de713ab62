// Names as PostgreSQL sees them after case folding: (schema, name) pairs.
#pragma once

#include "base/atom.h"

#include <compare>
#include <string>

namespace ddlint {

struct QualName {
  // Interned: the same relation is named by every FK, index and policy that refers to it.
  Atom schema; // empty: not qualified in the source (resolve through search_path)
  Atom name;

  bool qualified() const { return !schema.empty(); }
  std::string str() const { return schema.empty() ? name.string() : schema + "." + name; }
  friend bool operator==(const QualName&, const QualName&) = default;
  friend auto operator<=>(const QualName&, const QualName&) = default;
};

} // namespace ddlint
