#include "catalog/live/pq_api.h"

#include "base/dynlib.h"
#include "base/error.h"

#include <string>

namespace ddlint::catalog::live {
namespace {

struct LoadedPq {
  PqApi api;
  std::string error; // empty when every function was resolved
};

LoadedPq load() {
  LoadedPq out;
  dynlib::Library lib = dynlib::Library::open("libpq", {"libpq.so.5"}, "libpq5");
#define DDLINT_PQ_RESOLVE(fn) lib.resolve(out.api.fn, #fn);
  DDLINT_PQ_FUNCTIONS(DDLINT_PQ_RESOLVE)
#undef DDLINT_PQ_RESOLVE
  out.error = lib.error();
  return out;
}

} // namespace

const PqApi& pq_api() {
  static const LoadedPq loaded = load();
  if (!loaded.error.empty()) {
    throw DbError("--db needs " + loaded.error);
  }
  return loaded.api;
}

} // namespace ddlint::catalog::live
