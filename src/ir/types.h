// A column or domain type as written, normalised to PostgreSQL's internal names
// (integer -> int4, character varying -> varchar, timestamp with time zone -> timestamptz).
#pragma once

#include "base/atom.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ddlint {

struct TypeRef {
  // Interned: a schema holds hundreds of thousands of columns with a handful of distinct types.
  Atom schema; // empty for built-in types and for unqualified user types before resolution
  Atom name;   // normalised name: int4, varchar, timestamptz, or a user type's name
  Atom mods;   // type modifiers without parentheses: "255", "10,2"; empty when none
  std::uint8_t array_dims = 0;
  bool builtin = false;  // a PostgreSQL built-in type (pg_catalog)
  bool pct_type = false; // written as tbl.col%TYPE

  // "varchar(255)[]", "public.status"
  std::string display() const {
    std::string out = schema.empty() || builtin ? name.string() : schema + "." + name;
    if (!mods.empty()) {
      out += "(" + mods + ")";
    }
    for (std::uint8_t i = 0; i < array_dims; ++i) {
      out += "[]";
    }
    return out;
  }
  friend bool operator==(const TypeRef&, const TypeRef&) = default;
};

} // namespace ddlint

namespace ddlint {

// True for PostgreSQL's built-in type names (internal spelling: int4, varchar, timestamptz...).
bool is_builtin_type(std::string_view name);

// Maps a written alias to the internal name ("integer" -> "int4", "serial" -> "int4");
// returns the input when it is not an alias.
std::string_view canonical_type_name(std::string_view name);

} // namespace ddlint
