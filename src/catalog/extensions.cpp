#include "catalog/extensions.h"

#include <initializer_list>

namespace ddlint::catalog {
namespace {

struct Provided {
  std::string_view extension;
  std::initializer_list<std::string_view> types;
};

// Extensions without types of their own are listed with none, so that they count as known.
const Provided kProvided[] = {
    {"citext", {"citext"}},
    {"hstore", {"hstore", "ghstore"}},
    {"ltree", {"ltree", "lquery", "ltxtquery", "ltree_gist"}},
    {"postgis", {"geometry", "geography", "box2d", "box3d", "geometry_dump", "valid_detail"}},
    {"vector", {"vector", "halfvec", "sparsevec"}},
    {"cube", {"cube"}},
    {"earthdistance", {"earth"}},
    {"isn", {"isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "ean13", "upc"}},
    {"seg", {"seg"}},
    {"pg_trgm", {"gtrgm"}},
    {"intarray", {"intbig_gkey", "query_int"}},
    {"uuid-ossp", {}},
    {"pgcrypto", {}},
    {"btree_gist", {"gbtreekey4", "gbtreekey8", "gbtreekey16", "gbtreekey32", "gbtreekey_var"}},
    {"btree_gin", {}},
    {"pg_stat_statements", {}},
    {"plpgsql", {}},
    {"unaccent", {}},
    {"fuzzystrmatch", {}},
    {"tablefunc", {}},
    {"pg_graphql", {}},
    {"pgjwt", {}},
    {"pgsodium", {}},
    {"supabase_vault", {}},
    {"pg_net", {}},
    {"pg_cron", {}},
    {"moddatetime", {}},
    {"postgres_fdw", {}},
    {"dblink", {}},
    {"lo", {"lo"}},
};

} // namespace

bool extension_provides_type(std::string_view extension, std::string_view type) {
  for (const Provided& p : kProvided) {
    if (p.extension == extension) {
      for (std::string_view t : p.types) {
        if (t == type) {
          return true;
        }
      }
      return false;
    }
  }
  return false;
}

bool extension_known(std::string_view extension) {
  for (const Provided& p : kProvided) {
    if (p.extension == extension) {
      return true;
    }
  }
  return false;
}

} // namespace ddlint::catalog
