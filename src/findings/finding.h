// A finding: what a rule reports. Locations are byte ranges in a source file (or a live-database
// object); reporters turn them into lines and columns. The fingerprint identifies the problem
// independently of where it is written (rule id + object identity), so baselines survive edits.
#pragma once

#include "base/atom.h"
#include "base/box.h"
#include "ir/source_ref.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint {

enum class Severity : std::uint8_t { Info = 0, Warning = 1, Error = 2 };
const char* to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

enum class Category : std::uint8_t {
  Integrity,
  Indexing,
  Tenancy,
  Security,
  Constraints,
  Normalization,
  Naming,
  Types,
  Meta, // findings about ddlint's own input (suppressions)
};
const char* to_string(Category c);
inline constexpr Category kAllCategories[] = {
    Category::Integrity,   Category::Indexing,      Category::Tenancy, Category::Security,
    Category::Constraints, Category::Normalization, Category::Naming,  Category::Types};

// The object a finding is about; empty strings are absent keys. Names are interned (findings of
// one table repeat them) and the keys few findings carry are kept out of line.
struct ObjectRef {
  Atom schema;
  Atom table;
  Atom column;                           // the first column where several are involved
  Box<std::vector<std::string>> columns; // all of them (only when more than one)
  Atom constraint;
  Atom index;
  Atom policy;
  Atom type;
  Atom function;

  bool empty() const;
  // "public.orders(client_id)" style, for messages and db locations.
  std::string display() const;
};

struct Finding {
  Atom rule;
  Category category = Category::Integrity;
  Severity severity = Severity::Warning;
  std::string message;
  SourceRef loc;
  std::vector<SourceRef> related; // other statements that contributed (changed-files mode)
  ObjectRef object;
  std::string fix;         // SQL, may be empty
  std::string fingerprint; // 16 hex digits
};

// Hash of the rule id, the object identity and an optional discriminator (never locations).
std::string make_fingerprint(std::string_view rule, const ObjectRef& object,
                             std::string_view discriminator);

} // namespace ddlint
