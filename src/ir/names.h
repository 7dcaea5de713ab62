// Names as PostgreSQL sees them after case folding: (schema, name) pairs.
#pragma once

#include <compare>
#include <string>

namespace ddlint {

struct QualName {
  std::string schema; // empty: not qualified in the source (resolve through search_path)
  std::string name;

  bool qualified() const { return !schema.empty(); }
  std::string str() const { return schema.empty() ? name : schema + "." + name; }
  friend bool operator==(const QualName&, const QualName&) = default;
  friend auto operator<=>(const QualName&, const QualName&) = default;
};

} // namespace ddlint
