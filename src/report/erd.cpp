#include "report/erd.h"

#include "report/escape.h"
#include "report/graphviz_api.h"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace ddlint::report {
namespace {

// The partitioned table a partition belongs to, through any number of levels.
const catalog::Table* partition_root(const catalog::Catalog& cat, const catalog::Table* t) {
  for (int depth = 0; t != nullptr && t->rare->partition_of && depth < 64; ++depth) {
    t = cat.table(t->rare->partition_of->schema, t->rare->partition_of->name);
  }
  return t;
}

struct UnionFind {
  std::vector<std::uint32_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0U); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) {
      parent[std::max(a, b)] = std::min(a, b);
    }
  }
};

std::string_view name_prefix(std::string_view name) {
  const auto us = name.find('_');
  return us == std::string_view::npos || us == 0 ? name : name.substr(0, us);
}

struct KeyColumn {
  std::string name;
  std::string type;
  bool pk = false;
  bool fk = false;
};

// Primary-key columns first, then foreign-key columns, each once, in table column order.
std::vector<KeyColumn> key_columns(const catalog::Table& t) {
  std::vector<KeyColumn> out;
  std::unordered_set<std::string_view> pk;
  std::unordered_set<std::string_view> fk;
  if (const catalog::Constraint* p = t.primary_key()) {
    pk.insert(p->columns.begin(), p->columns.end());
  }
  for (const catalog::Constraint& con : t.constraints) {
    if (con.kind == ConstraintKind::ForeignKey) {
      fk.insert(con.columns.begin(), con.columns.end());
    }
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (const catalog::Column& col : t.columns) {
      const bool is_pk = pk.contains(col.name);
      const bool is_fk = fk.contains(col.name);
      if ((pass == 0 && is_pk) || (pass == 1 && is_fk && !is_pk)) {
        out.push_back(KeyColumn{col.name.string(), col.type.display(), is_pk, is_fk});
      }
    }
  }
  return out;
}

constexpr std::size_t kMaxKeyColumnsShown = 12;

} // namespace

ErdPlan plan_erd(const Compliance& c, const catalog::Catalog& cat, std::size_t max_tables) {
  ErdPlan plan;
  const auto n = static_cast<std::uint32_t>(c.tables.size());
  plan.part_of.assign(n, -1);
  std::unordered_map<const catalog::Table*, std::uint32_t> index_of;
  index_of.reserve(n);
  std::vector<std::uint32_t> drawn;
  for (std::uint32_t i = 0; i < n; ++i) {
    const TableEntry& e = c.tables[i];
    index_of.emplace(e.table, i);
    if (e.table->is_table() && !e.partition) {
      drawn.push_back(i);
    }
  }
  plan.drawn = static_cast<std::uint32_t>(drawn.size());

  // Every FK between drawn tables (partitions stand for their root).
  std::vector<ErdEdge> all_edges;
  for (const std::uint32_t i : drawn) {
    const catalog::Table& t = *c.tables[i].table;
    for (const catalog::Constraint& con : t.constraints) {
      if (con.kind != ConstraintKind::ForeignKey || !con.ref_exists) {
        continue;
      }
      const catalog::Table* target =
          partition_root(cat, cat.table(con.ref_resolved.schema, con.ref_resolved.name));
      const auto it = target == nullptr ? index_of.end() : index_of.find(target);
      if (it == index_of.end() || c.tables[it->second].partition ||
          !c.tables[it->second].table->is_table()) {
        continue;
      }
      all_edges.push_back(ErdEdge{i, it->second, &con});
    }
  }

  auto add_part = [&](std::string title, std::vector<std::uint32_t> tables) {
    const auto p = static_cast<std::int32_t>(plan.parts.size());
    for (const std::uint32_t t : tables) {
      plan.part_of[t] = p;
    }
    plan.parts.push_back(ErdPart{std::move(title), std::move(tables), {}, {}});
  };

  if (drawn.size() <= max_tables) {
    if (!drawn.empty()) {
      add_part(fmt::format("{} table{}", drawn.size(), drawn.size() == 1 ? "" : "s"), drawn);
    }
  } else {
    plan.split = true;
    // Per schema (in order of first appearance), per connected component.
    UnionFind uf(n);
    for (const ErdEdge& e : all_edges) {
      if (c.tables[e.from].table->schema == c.tables[e.to].table->schema) {
        uf.unite(e.from, e.to);
      }
    }
    std::vector<std::string_view> schemas;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_schema;
    for (const std::uint32_t i : drawn) {
      const std::string_view s = c.tables[i].table->schema;
      auto [it, fresh] = by_schema.try_emplace(s);
      if (fresh) {
        schemas.push_back(s);
      }
      it->second.push_back(i);
    }
    for (const std::string_view schema : schemas) {
      const std::vector<std::uint32_t>& members = by_schema[schema];
      std::vector<std::uint32_t> roots;
      std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> comps;
      for (const std::uint32_t i : members) {
        const std::uint32_t r = uf.find(i);
        auto [it, fresh] = comps.try_emplace(r);
        if (fresh) {
          roots.push_back(r);
        }
        it->second.push_back(i);
      }
      // Small components are packed together in order; large ones cut by name prefix.
      std::vector<std::uint32_t> pack;
      std::size_t packed_groups = 0;
      auto flush_pack = [&] {
        if (pack.empty()) {
          return;
        }
        std::string title =
            packed_groups == 1 && pack.size() > 1
                ? fmt::format("schema {}: {} connected tables", schema, pack.size())
                : fmt::format("schema {}: {} tables in {} unconnected group{}", schema, pack.size(),
                              packed_groups, packed_groups == 1 ? "" : "s");
        add_part(std::move(title), std::move(pack));
        pack.clear();
        packed_groups = 0;
      };
      for (const std::uint32_t r : roots) {
        std::vector<std::uint32_t>& comp = comps[r];
        if (comp.size() <= max_tables) {
          if (pack.size() + comp.size() > max_tables) {
            flush_pack();
          }
          pack.insert(pack.end(), comp.begin(), comp.end());
          ++packed_groups;
          continue;
        }
        std::vector<std::string_view> names(comp.size());
        std::vector<std::size_t> order(comp.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        for (std::size_t k = 0; k < comp.size(); ++k) {
          names[k] = c.tables[comp[k]].table->name;
        }
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
        std::vector<std::uint32_t> chunk;
        auto flush_chunk = [&] {
          if (chunk.empty()) {
            return;
          }
          std::string title =
              fmt::format("schema {}: connected tables {} to {}", schema,
                          c.tables[chunk.front()].table->name, c.tables[chunk.back()].table->name);
          add_part(std::move(title), std::move(chunk));
          chunk.clear();
        };
        for (std::size_t k = 0; k < order.size();) {
          // The run of names sharing this prefix.
          const std::string_view prefix = name_prefix(names[order[k]]);
          std::size_t end = k;
          while (end < order.size() && name_prefix(names[order[end]]) == prefix) {
            ++end;
          }
          if (chunk.size() + (end - k) > max_tables) {
            flush_chunk();
          }
          for (; k < end; ++k) {
            chunk.push_back(comp[order[k]]);
            if (chunk.size() == max_tables) {
              flush_chunk();
            }
          }
        }
        flush_chunk();
      }
      flush_pack();
    }
  }

  for (const ErdEdge& e : all_edges) {
    const std::int32_t p = plan.part_of[e.from];
    if (p < 0) {
      continue;
    }
    ErdPart& part = plan.parts[static_cast<std::size_t>(p)];
    (plan.part_of[e.to] == p ? part.edges : part.external).push_back(e);
    ++plan.edges;
  }
  return plan;
}

#ifdef DDLINT_HAVE_GRAPHVIZ
namespace {

std::string g_graphviz_errors; // Graphviz reports through a global callback; one thread only

int collect_graphviz_error(char* message) {
  if (g_graphviz_errors.size() < 4096) {
    g_graphviz_errors += message;
  }
  return 0;
}

// An escString attribute (tooltip): Graphviz expands \N, \G, \n... in it.
std::string esc_string(std::string_view s) {
  std::string out;
  for (const char ch : esc::clean_utf8(s)) {
    if (ch == '\\') {
      out += "\\\\";
    } else {
      out += ch;
    }
  }
  return out;
}

void set(const GraphvizApi& gv, void* obj, const char* name, const std::string& value) {
  std::string n(name);
  std::string v(value);
  std::string empty;
  gv.agsafeset(obj, n.data(), v.data(), empty.data());
}

void set_html(const GraphvizApi& gv, Agraph_t* g, void* obj, const char* name,
              const std::string& value) {
  std::string n(name);
  std::string v(value);
  std::string empty;
  gv.agsafeset(obj, n.data(), gv.agstrdup_html(g, v.data()), empty.data());
}

std::string node_label(const TableEntry& e) {
  const catalog::Table& t = *e.table;
  const bool errors = e.total.errors() > 0;
  const bool warnings = !errors && e.total.warnings() > 0;
  const char* head = errors ? "#f4c7c3" : (warnings ? "#fce8b2" : "#dbe8f6");
  // A white background makes the whole box a link target (SVG clicks miss unfilled shapes).
  std::string label = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                      "BGCOLOR=\"white\" ";
  label += errors ? "COLOR=\"#c5221f\">" : "COLOR=\"#5f6368\">";
  label += fmt::format("<TR><TD BGCOLOR=\"{}\" ALIGN=\"CENTER\" COLSPAN=\"3\"><B>{}</B></TD></TR>",
                       head, esc::html(display_name(t)));
  const std::vector<KeyColumn> keys = key_columns(t);
  for (std::size_t k = 0; k < keys.size() && k < kMaxKeyColumnsShown; ++k) {
    const KeyColumn& col = keys[k];
    const char* mark = col.pk && col.fk ? "PK FK" : (col.pk ? "PK" : "FK");
    label += fmt::format("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#5f6368\">{}</FONT></TD><TD "
                         "ALIGN=\"LEFT\">{}</TD><TD ALIGN=\"LEFT\"><FONT "
                         "COLOR=\"#5f6368\">{}</FONT></TD></TR>",
                         mark, esc::html(col.name), esc::html(col.type));
  }
  if (keys.size() > kMaxKeyColumnsShown) {
    label +=
        fmt::format("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><I>… {} more key columns</I></TD></TR>",
                    keys.size() - kMaxKeyColumnsShown);
  }
  if (keys.empty()) {
    label += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><I>no key columns</I></TD></TR>";
  }
  if (e.partitions > 0) {
    label += fmt::format("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><I>{} partition{}</I></TD></TR>",
                         e.partitions, e.partitions == 1 ? "" : "s");
  }
  label += "</TABLE>";
  return label;
}

std::string fk_tooltip(const Compliance& c, const ErdEdge& e) {
  std::vector<std::string> to = e.fk->ref_columns_resolved;
  return fmt::format("{} ({}) → {} ({}){}", display_name(*c.tables[e.from].table),
                     fmt::join(e.fk->columns, ", "), display_name(*c.tables[e.to].table),
                     fmt::join(to, ", "), e.fk->name.empty() ? "" : "  [" + e.fk->name + "]");
}

// One Graphviz context for the whole process, freed at exit: Graphviz 2.42's pango text-layout
// plugin caches a pointer to the last font name, which lives in the context's font dictionary, so
// a second context after gvFreeContext reads freed memory (ASan: heap-use-after-free in
// textspan_size when two reports are drawn in one process). The mutex also guards the error text
// that agseterrf's callback collects.
std::mutex g_graphviz_mutex;

struct GraphvizContext {
  const GraphvizApi& gv;
  GVC_t* gvc = gv.gvContext();
  explicit GraphvizContext(const GraphvizApi& api) : gv(api) {}
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;
  ~GraphvizContext() { // at exit, when no diagram is drawn any more
    if (gvc != nullptr) {
      gv.gvFreeContext(gvc);
    }
  }
};

// `gv` is the one table graphviz_api() returns, so the first call's argument serves all.
GVC_t* graphviz_context(const GraphvizApi& gv) {
  static const GraphvizContext context(gv);
  return context.gvc;
}

std::string render_part(const GraphvizApi& gv, GVC_t* gvc, const ErdPlan& plan, std::size_t p,
                        const Compliance& c, std::string* error) {
  const ErdPart& part = plan.parts[p];
  std::string gname = fmt::format("erd-p{}", p);
  Agraph_t* g = gv.agopen(gname.data(), *gv.Agdirected, nullptr);
  set(gv, g, "id", gname);
  set(gv, g, "rankdir", "LR");
  set(gv, g, "bgcolor", "transparent");
  set(gv, g, "nodesep", "0.25");
  set(gv, g, "ranksep", "0.9");
  set(gv, g, "fontname", "Helvetica,Arial,sans-serif");
  // Bounded effort of dot's crossing minimisation and network simplex: large parts lay out in
  // well under a second instead of tens of seconds, at little cost in readability.
  set(gv, g, "mclimit", part.tables.size() > 60 ? "0.3" : "1");
  set(gv, g, "nslimit", "8");
  set(gv, g, "nslimit1", "8");
  gv.agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("plaintext"));
  gv.agattr(g, AGNODE, const_cast<char*>("fontname"),
            const_cast<char*>("Helvetica,Arial,sans-serif"));
  gv.agattr(g, AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("11"));
  gv.agattr(g, AGNODE, const_cast<char*>("margin"), const_cast<char*>("0"));
  gv.agattr(g, AGEDGE, const_cast<char*>("color"), const_cast<char*>("#80868b"));
  gv.agattr(g, AGEDGE, const_cast<char*>("arrowsize"), const_cast<char*>("0.7"));

  std::unordered_map<std::uint32_t, Agnode_t*> nodes;
  for (const std::uint32_t t : part.tables) {
    const TableEntry& e = c.tables[t];
    std::string name = e.anchor;
    Agnode_t* node = gv.agnode(g, name.data(), 1);
    set(gv, node, "id", "erd-" + e.anchor);
    std::string cls = "table";
    if (e.total.errors() > 0) {
      cls += " has-errors";
    } else if (e.total.warnings() > 0) {
      cls += " has-warnings";
    }
    set(gv, node, "class", cls);
    set(gv, node, "URL", "#" + e.anchor);
    set(gv, node, "tooltip",
        esc_string(fmt::format("{}: {} error(s), {} warning(s), {} info", display_name(*e.table),
                               e.total.errors(), e.total.warnings(), e.total.infos())));
    set_html(gv, g, node, "label", node_label(e));
    nodes.emplace(t, node);
  }
  std::size_t edge_no = 0;
  auto add_edge = [&](Agnode_t* from, Agnode_t* to, const ErdEdge& e, bool stub) {
    std::string ename = fmt::format("e{}", edge_no);
    Agedge_t* edge = gv.agedge(g, from, to, ename.data(), 1);
    set(gv, edge, "id", fmt::format("erd-p{}-e{}", p, edge_no));
    ++edge_no;
    set(gv, edge, "dir", "both");
    set(gv, edge, "arrowtail", "crow");
    set(gv, edge, "arrowhead", "tee");
    set(gv, edge, "tooltip", esc_string(fk_tooltip(c, e)));
    if (stub) {
      set(gv, edge, "style", "dashed");
    }
  };
  for (const ErdEdge& e : part.edges) {
    add_edge(nodes.at(e.from), nodes.at(e.to), e, false);
  }
  std::unordered_map<std::uint32_t, Agnode_t*> stubs;
  for (const ErdEdge& e : part.external) {
    auto it = stubs.find(e.to);
    if (it == stubs.end()) {
      const TableEntry& target = c.tables[e.to];
      std::string name = "stub-" + target.anchor;
      Agnode_t* node = gv.agnode(g, name.data(), 1);
      set(gv, node, "id", fmt::format("erd-p{}-stub-{}", p, target.anchor));
      set(gv, node, "class", "stub");
      set(gv, node, "URL", "#" + target.anchor);
      const std::int32_t other = plan.part_of[e.to];
      set(gv, node, "tooltip",
          esc_string(fmt::format("{} (diagram {})", display_name(*target.table), other + 1)));
      set_html(gv, g, node, "label",
               fmt::format("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"3\" "
                           "STYLE=\"DASHED\" BGCOLOR=\"white\" COLOR=\"#9aa0a6\"><TR><TD><FONT "
                           "COLOR=\"#5f6368\">{}<BR/>diagram {}</FONT></TD></TR></TABLE>",
                           esc::html(display_name(*target.table)), other + 1));
      it = stubs.emplace(e.to, node).first;
    }
    add_edge(nodes.at(e.from), it->second, e, true);
  }

  g_graphviz_errors.clear();
  std::string out;
  if (gv.gvLayout(gvc, g, "dot") != 0) {
    *error = "Graphviz could not lay out the diagram: " + g_graphviz_errors;
    gv.agclose(g);
    return out;
  }
  char* data = nullptr;
  unsigned int length = 0;
  if (gv.gvRenderData(gvc, g, "svg", &data, &length) != 0 || data == nullptr) {
    *error = "Graphviz could not render SVG: " + g_graphviz_errors;
  } else {
    const std::string_view svg(data, length);
    const auto start = svg.find("<svg");
    out.reserve(svg.size());
    // Without the XML prolog (not allowed inline) and Graphviz's comments; '-' as itself (Graphviz
    // writes &#45; so that comments never hold "--").
    for (std::size_t i = start == std::string_view::npos ? 0 : start; i < svg.size();) {
      if (svg.compare(i, 4, "<!--") == 0) {
        const auto end = svg.find("-->", i + 4);
        i = end == std::string_view::npos ? svg.size() : end + 3;
        while (i < svg.size() && svg[i] == '\n') {
          ++i;
        }
      } else if (svg.compare(i, 5, "&#45;") == 0) {
        out += '-';
        i += 5;
      } else {
        out += svg[i++];
      }
    }
  }
  if (data != nullptr) {
    gv.gvFreeRenderData(data);
  }
  gv.gvFreeLayout(gvc, g);
  gv.agclose(g);
  return out;
}

} // namespace

std::vector<std::string> erd_svgs(const ErdPlan& plan, const Compliance& c, std::string* error) {
  std::vector<std::string> out;
  if (plan.parts.empty()) {
    return out;
  }
  const GraphvizApi* const gv = graphviz_api(error);
  if (gv == nullptr) {
    return out;
  }
  const std::lock_guard<std::mutex> lock(g_graphviz_mutex);
  gv->agseterrf(collect_graphviz_error);
  GVC_t* const gvc = graphviz_context(*gv);
  if (gvc == nullptr) {
    *error = "Graphviz could not start";
    gv->agseterrf(nullptr);
    return out;
  }
  out.reserve(plan.parts.size());
  for (std::size_t p = 0; p < plan.parts.size(); ++p) {
    std::string svg = render_part(*gv, gvc, plan, p, c, error);
    if (svg.empty()) {
      out.clear();
      break;
    }
    out.push_back(std::move(svg));
  }
  gv->agseterrf(nullptr);
  return out;
}
#else
std::vector<std::string> erd_svgs(const ErdPlan& /*plan*/, const Compliance& /*c*/,
                                  std::string* error) {
  *error = "this ddlint was built without Graphviz (libgraphviz-dev)";
  return {};
}
#endif

namespace {

// A Mermaid identifier: [A-Za-z_][A-Za-z0-9_]*.
std::string mermaid_word(std::string_view s, std::string_view fallback) {
  std::string out;
  for (const char ch : s) {
    const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '_';
    out += ok ? ch : '_';
  }
  if (out.empty()) {
    out = fallback;
  }
  if (out.front() >= '0' && out.front() <= '9') {
    out.insert(out.begin(), '_');
  }
  return out;
}

// An attribute's type or name: a Mermaid word that is not a key marker (PK, FK, UK in any case).
std::string mermaid_attribute(std::string_view s, std::string_view fallback) {
  std::string w = mermaid_word(s, fallback);
  std::string upper = w;
  for (char& ch : upper) {
    ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
  }
  if (upper == "PK" || upper == "FK" || upper == "UK") {
    w += '_';
  }
  return w;
}

// Text inside Mermaid double quotes: no quotes, no line breaks, no markup.
std::string mermaid_text(std::string_view s) {
  std::string out;
  for (const char ch : esc::clean_utf8(s)) {
    switch (ch) {
    case '"':
      out += '\'';
      break;
    case '<':
      out += "‹";
      break;
    case '>':
      out += "›";
      break;
    case '#':
    case ';':
    case '`':
    case '{':
    case '}':
    case '\\':
    case '*':
      out += ' ';
      break;
    default:
      out += ch;
    }
  }
  return out;
}

constexpr std::size_t kMermaidMaxText = 48000;

std::string mermaid_text_of(const ErdPlan& plan, std::size_t part, const Compliance& c,
                            bool attributes) {
  const ErdPart& p = plan.parts[part];
  std::unordered_map<std::uint32_t, std::string> ids;
  std::unordered_set<std::string> taken;
  auto id_of = [&](std::uint32_t t) -> const std::string& {
    auto it = ids.find(t);
    if (it != ids.end()) {
      return it->second;
    }
    const catalog::Table& table = *c.tables[t].table;
    // "t_" keeps ids clear of Mermaid's keywords (erDiagram, title, direction, style...).
    std::string base =
        "t_" +
        mermaid_word(table.schema == "public" ? table.name.str() : table.schema + "__" + table.name,
                     "table");
    std::string id = base;
    for (int k = 2; taken.contains(id); ++k) {
      id = base + "_" + std::to_string(k);
    }
    taken.insert(id);
    return ids.emplace(t, std::move(id)).first->second;
  };
  std::string out = "erDiagram\n";
  auto entity = [&](std::uint32_t t, bool with_keys, const std::string& suffix) {
    const TableEntry& e = c.tables[t];
    out += fmt::format("  {}[\"{}{}\"]", id_of(t), mermaid_text(display_name(*e.table)), suffix);
    if (!with_keys) {
      out += "\n";
      return;
    }
    const std::vector<KeyColumn> keys = key_columns(*e.table);
    if (keys.empty()) {
      out += "\n";
      return;
    }
    out += " {\n";
    for (std::size_t k = 0; k < keys.size() && k < kMaxKeyColumnsShown; ++k) {
      const KeyColumn& col = keys[k];
      out += fmt::format("    {} {}{}\n", mermaid_attribute(col.type, "unknown"),
                         mermaid_attribute(col.name, "column"),
                         col.pk && col.fk ? " PK, FK" : (col.pk ? " PK" : " FK"));
    }
    out += "  }\n";
  };
  for (const std::uint32_t t : p.tables) {
    entity(t, attributes, "");
  }
  std::unordered_set<std::uint32_t> stubbed;
  for (const ErdEdge& e : p.external) {
    if (stubbed.insert(e.to).second) {
      entity(e.to, false, fmt::format(" (see diagram {})", plan.part_of[e.to] + 1));
    }
  }
  auto relation = [&](const ErdEdge& e) {
    bool nullable = false;
    for (const Atom col : e.fk->columns) {
      const catalog::Column* cc = c.tables[e.from].table->column(col);
      nullable = nullable || (cc != nullptr && !cc->not_null);
    }
    const std::string label = e.fk->name.empty() ? fmt::format("{}", fmt::join(e.fk->columns, ", "))
                                                 : e.fk->name.string();
    out += fmt::format("  {} }}o--{} {} : \"{}\"\n", id_of(e.from), nullable ? "o|" : "||",
                       id_of(e.to), mermaid_text(label));
  };
  for (const ErdEdge& e : p.edges) {
    relation(e);
  }
  for (const ErdEdge& e : p.external) {
    relation(e);
  }
  return out;
}

} // namespace

std::string erd_mermaid(const ErdPlan& plan, std::size_t part, const Compliance& c) {
  std::string text = mermaid_text_of(plan, part, c, true);
  if (text.size() > kMermaidMaxText) {
    text = mermaid_text_of(plan, part, c, false);
  }
  return text;
}

} // namespace ddlint::report
