#include "report/graphviz_api.h"

#ifdef DDLINT_HAVE_GRAPHVIZ

#include "base/dynlib.h"

namespace ddlint::report {
namespace {

struct LoadedGraphviz {
  GraphvizApi api;
  std::string error; // empty when every symbol was resolved
};

LoadedGraphviz load() {
  LoadedGraphviz out;
  // gvc's layout and render plugins (dot, svg) are loaded by gvContext() itself, from the
  // plugins its own configuration lists; they link libgvc and libcgraph by soname and so share
  // the copies opened here.
  dynlib::Library gvc = dynlib::Library::open("Graphviz", {"libgvc.so.6"}, "libgvc6");
  if (!gvc.loaded()) {
    out.error = gvc.error();
    return out;
  }
  dynlib::Library cgraph =
      dynlib::Library::open("Graphviz's libcgraph", {"libcgraph.so.6"}, "libcgraph6");
#define DDLINT_GV_RESOLVE_GVC(fn) gvc.resolve(out.api.fn, #fn);
#define DDLINT_GV_RESOLVE_CGRAPH(fn) cgraph.resolve(out.api.fn, #fn);
  DDLINT_GVC_FUNCTIONS(DDLINT_GV_RESOLVE_GVC)
  DDLINT_CGRAPH_FUNCTIONS(DDLINT_GV_RESOLVE_CGRAPH)
#undef DDLINT_GV_RESOLVE_GVC
#undef DDLINT_GV_RESOLVE_CGRAPH
  cgraph.resolve(out.api.Agdirected, "Agdirected");
  out.error = !gvc.error().empty() ? gvc.error() : cgraph.error();
  return out;
}

} // namespace

const GraphvizApi* graphviz_api(std::string* error) {
  static const LoadedGraphviz loaded = load();
  if (!loaded.error.empty()) {
    *error = loaded.error;
    return nullptr;
  }
  return &loaded.api;
}

} // namespace ddlint::report

#endif
