// A lowered expression tree: the parts of a SQL expression that ddlint's rules read
// (columns, function calls, operators, constants, sub-selects), independent of libpg_query.
// Built by parse/ from file ASTs and from pg_get_expr() output of a live database alike.
#pragma once

#include "base/atom.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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
      // Reverse iterators, not std::ranges::reverse_view: clang 14 (the fuzz build) cannot
      // compile libstdc++ 12's ranges.
      // NOLINTNEXTLINE(modernize-loop-convert)
      for (auto it = e->args.rbegin(); it != e->args.rend(); ++it) {
        stack.push_back(&*it);
      }
    }
  }
};

inline constexpr int kMaxExprDepth = 200;

// Same kind, flag, names and arguments, recursively; locations are ignored.
bool same_tree(const Expr& a, const Expr& b);

// An expression held by reference count, read-only once shared (8 bytes). Multi-tenant schemas
// give thousands of tables the same policy and the same column defaults; the catalog's
// ExprPool makes them one tree. A null handle reads as an empty Expr (Kind::Other). mut() gives
// a private copy first when the tree is shared (copy on write).
class SharedExpr {
public:
  SharedExpr() = default;
  SharedExpr(Expr e) : p_(new Node(std::move(e))) {} // NOLINT(google-explicit-constructor)
  SharedExpr(const SharedExpr& o) noexcept : p_(o.p_) { retain(); }
  SharedExpr(SharedExpr&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  ~SharedExpr() { release(); }
  SharedExpr& operator=(const SharedExpr& o) noexcept {
    SharedExpr(o).swap(*this);
    return *this;
  }
  SharedExpr& operator=(SharedExpr&& o) noexcept {
    SharedExpr(std::move(o)).swap(*this);
    return *this;
  }
  SharedExpr& operator=(Expr e) {
    SharedExpr(std::move(e)).swap(*this);
    return *this;
  }
  void swap(SharedExpr& o) noexcept { std::swap(p_, o.p_); }

  const Expr& operator*() const { return p_ != nullptr ? p_->expr : blank(); }
  const Expr* operator->() const { return &**this; }
  operator const Expr&() const { return **this; } // NOLINT(google-explicit-constructor)
  const Expr& get() const { return **this; }
  bool has_value() const { return p_ != nullptr; }
  void reset() { SharedExpr().swap(*this); }
  // True when both hold the same tree (not merely equal ones).
  bool same_node(const SharedExpr& o) const { return p_ == o.p_; }
  // Mutable access to a tree only this handle holds: allocates an empty Expr when null and
  // copies the tree when it is shared.
  Expr& mut();

private:
  struct Node {
    explicit Node(Expr e) : expr(std::move(e)) {}
    std::atomic<std::uint32_t> refs{1};
    Expr expr;
  };
  void retain() const {
    if (p_ != nullptr) {
      p_->refs.fetch_add(1, std::memory_order_relaxed);
    }
  }
  void release() {
    if (p_ != nullptr && p_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      delete p_;
    }
    p_ = nullptr;
  }
  static const Expr& blank();
  Node* p_ = nullptr;
};

// Hash-consing of expressions by their text: the first tree with a given text (and shape) is
// kept, later equal ones are dropped and share it. Not thread-safe (the catalog is built on
// one thread).
class ExprPool {
public:
  // The pooled tree equal to `e` (keyed by `text`, confirmed by same_tree), or `e` itself,
  // which joins the pool.
  SharedExpr share(Atom text, SharedExpr e);

private:
  std::unordered_map<Atom, std::vector<SharedExpr>> by_text_;
};

} // namespace ddlint
