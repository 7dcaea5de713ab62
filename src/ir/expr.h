// A lowered expression tree: the parts of a SQL expression that ddlint's rules read
// (columns, function calls, operators, constants, sub-selects), independent of libpg_query.
// Built by parse/ from file ASTs and from pg_get_expr() output of a live database alike.
#pragma once

#include "base/atom.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint {

struct Expr {
  enum class Kind : std::uint8_t {
    Other,    // anything not modelled; args hold its sub-expressions where known
    Column,   // name = column, path = qualifiers (table, or schema.table)
    Const,    // name = literal text (strings unquoted); flag = ConstKind
    Param,    // $1
    Func,     // name = function, path = schema qualifier; args = arguments
    Op,       // name = operator ("=", "->>", "~~"); args = 1 or 2 operands
    And,      // args
    Or,       // args
    Not,      // args[0]
    NullTest, // args[0]; flag 0 = IS NULL, 1 = IS NOT NULL
    BoolTest, // args[0]; name = "true", "false", "not true", ...
    In,       // args[0] IN (args[1..]); flag 1 = NOT IN; name = operator ("=" or "<>")
    AnyAll,   // args[0] op ANY/ALL (args[1]); name = operator; flag 0 = ANY, 1 = ALL
    Cast,     // args[0]::name
    Array,    // ARRAY[args]
    Row,      // ROW(args) / (a, b)
    Case,     // args: [arg?] when/then pairs, else
    Coalesce, // args
    SubLink,  // name = "exists", "any", "all", "expr", "array"; args[0] = test expr (or Other),
              // args[1] = the Select
    Select,   // path = relations read ("schema.table" or "table"); args[0] = WHERE (Other if
              // none), args[1..] = target list
    Star,     // *
    Truncated // nested deeper than kMaxExprDepth: not lowered further
  };
  enum ConstKind : std::uint8_t { kString = 0, kInteger, kFloat, kBool, kNull, kBitString };

  Kind kind = Kind::Other;
  std::uint8_t flag = 0;
  std::uint32_t location = 0; // 0-based byte offset in the file
  Atom name; // interned: column, function and operator names repeat in every policy and default
  std::vector<std::string> path;
  std::vector<Expr> args;

  bool is(Kind k) const { return kind == k; }
  // True when this is a constant boolean/string literal equal to `text` (case-insensitive).
  bool is_const(std::string_view text) const;

  // Calls fn(const Expr&) for this node and every descendant, pre-order, iteratively.
  template <typename Fn> void walk(Fn&& fn) const {
    std::vector<const Expr*> stack{this};
    while (!stack.empty()) {
      const Expr* e = stack.back();
      stack.pop_back();
      fn(*e);
      for (auto it = e->args.rbegin(); it != e->args.rend(); ++it) {
        stack.push_back(&*it);
      }
    }
  }
};

inline constexpr int kMaxExprDepth = 200;

} // namespace ddlint
