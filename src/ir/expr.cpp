#include "ir/expr.h"

#include "base/strings.h"

namespace ddlint {

bool Expr::is_const(std::string_view text) const {
  return kind == Kind::Const && str::iequals(name, text);
}

bool same_tree(const Expr& a, const Expr& b) {
  // Iterative, like Expr::walk: trees are at most kMaxExprDepth deep but may be wide.
  std::vector<std::pair<const Expr*, const Expr*>> stack{{&a, &b}};
  while (!stack.empty()) {
    const auto [x, y] = stack.back();
    stack.pop_back();
    if (x->kind != y->kind || x->flag != y->flag || x->name != y->name || x->path != y->path ||
        x->args.size() != y->args.size()) {
      return false;
    }
    for (std::size_t i = 0; i < x->args.size(); ++i) {
      stack.emplace_back(&x->args[i], &y->args[i]);
    }
  }
  return true;
}

const Expr& SharedExpr::blank() {
  static const Expr empty;
  return empty;
}

Expr& SharedExpr::mut() {
  if (p_ == nullptr) {
    p_ = new Node(Expr{});
  } else if (p_->refs.load(std::memory_order_acquire) != 1) {
    SharedExpr(Expr(p_->expr)).swap(*this);
  }
  return p_->expr;
}

SharedExpr ExprPool::share(Atom text, SharedExpr e) {
  std::vector<SharedExpr>& same_text = by_text_[text];
  for (const SharedExpr& s : same_text) {
    if (s.same_node(e) || same_tree(*s, *e)) {
      return s;
    }
  }
  same_text.push_back(std::move(e));
  return same_text.back();
}

} // namespace ddlint
