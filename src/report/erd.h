// Entity-relationship diagrams for the compliance reports: which tables are drawn together
// (bounded parts for large schemas), the SVG laid out in-process by Graphviz (C API: gvc/cgraph)
// and the Mermaid `erDiagram` text. Tables are the report's relations minus views and
// partitions (a partitioned table is drawn once, with its partition count).
#pragma once

#include "report/compliance.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ddlint::report {

// Above this many tables one diagram stops being readable: the schema is drawn in parts.
inline constexpr std::size_t kMaxDiagramTables = 150;

struct ErdEdge {
  std::uint32_t from = 0; // referencing table (index into Compliance::tables)
  std::uint32_t to = 0;   // referenced table
  const catalog::Constraint* fk = nullptr;
};

struct ErdPart {
  std::string title;                 // plain text, e.g. "schema public: tables ci_builds to ..."
  std::vector<std::uint32_t> tables; // indices into Compliance::tables
  std::vector<ErdEdge> edges;        // FKs with both ends in this part
  std::vector<ErdEdge> external;     // FKs from a table of this part to one drawn elsewhere
};

struct ErdPlan {
  std::vector<ErdPart> parts;
  std::vector<std::int32_t> part_of; // per Compliance::tables entry: its part, or -1
  std::uint32_t drawn = 0;           // tables drawn (each in exactly one part)
  std::uint32_t edges = 0;           // FKs drawn (inside a part or to a stub)
  bool split = false;                // more than `max_tables`: drawn in parts
};

// Groups the tables into diagrams of at most `max_tables` tables: everything in one when it fits;
// otherwise per schema, per connected component (small components packed together), and
// components larger than the bound cut into runs of tables sharing a name prefix (the word before
// the first '_'), in name order. Linear in tables + foreign keys (plus sorting).
ErdPlan plan_erd(const Compliance& c, const catalog::Catalog& catalog,
                 std::size_t max_tables = kMaxDiagramTables);

// One inline <svg> element per part (no XML prolog), laid out by Graphviz dot. Nodes: id
// "erd-<table anchor>", class "table" (+ "has-errors"/"has-warnings"), linked to "#<anchor>";
// stubs for FKs to other parts: class "stub". On failure (no Graphviz, layout error) the vector
// is empty and `error` says why.
std::vector<std::string> erd_svgs(const ErdPlan& plan, const Compliance& c, std::string* error);

// Mermaid `erDiagram` text (without the ``` fence) of one part: entities with their key columns
// and one relationship per FK. Names are made safe for Mermaid's grammar; the real name is the
// entity's alias. Kept under Mermaid's default maxTextSize (50,000 characters) by dropping the
// attribute lists when needed.
std::string erd_mermaid(const ErdPlan& plan, std::size_t part, const Compliance& c);

} // namespace ddlint::report
