// Graphviz's C API (gvc + cgraph), resolved at run time (base/dynlib.h) the first time a report
// draws a diagram: ddlint does not link Graphviz, so other runs never load it nor the libraries
// it depends on. Internal to report/; only erd.cpp lays out diagrams.
#pragma once

#ifdef DDLINT_HAVE_GRAPHVIZ

#include <gvc.h>

#include <string>

namespace ddlint::report {

// Every Graphviz function erd.cpp calls, once per library. A function missing here fails to link
// (the binary does not link Graphviz), so the lists cannot fall behind the code.
#define DDLINT_GVC_FUNCTIONS(X)                                                                    \
  X(gvContext)                                                                                     \
  X(gvFreeContext)                                                                                 \
  X(gvFreeLayout)                                                                                  \
  X(gvFreeRenderData)                                                                              \
  X(gvLayout)                                                                                      \
  X(gvRenderData)
#define DDLINT_CGRAPH_FUNCTIONS(X)                                                                 \
  X(agattr)                                                                                        \
  X(agclose)                                                                                       \
  X(agedge)                                                                                        \
  X(agnode)                                                                                        \
  X(agopen)                                                                                        \
  X(agsafeset)                                                                                     \
  X(agseterrf)                                                                                     \
  X(agstrdup_html)

// One pointer per function, named and typed after the header's declaration (decltype), so a call
// through it reads like the direct call and its signature cannot drift from the header.
struct GraphvizApi {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `fn` is a declarator, not an expression
#define DDLINT_GV_MEMBER(fn) decltype(&::fn) fn = nullptr;
  DDLINT_GVC_FUNCTIONS(DDLINT_GV_MEMBER)
  DDLINT_CGRAPH_FUNCTIONS(DDLINT_GV_MEMBER)
#undef DDLINT_GV_MEMBER
  // cgraph's data symbol for directed graphs: agopen(name, *Agdirected, nullptr).
  decltype(&::Agdirected) Agdirected = nullptr;
};

// The table, loaded on the first call (thread-safe; later calls return the same table). nullptr
// when libgvc, libcgraph or one of their symbols cannot be loaded; `*error` then says which, e.g.
// "Graphviz (libgvc.so.6, Debian package libgvc6): libgvc.so.6: cannot open shared object file".
const GraphvizApi* graphviz_api(std::string* error);

} // namespace ddlint::report

#endif
