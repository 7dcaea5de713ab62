#include "catalog/naming.h"

#include <algorithm>

namespace ddlint::catalog {
namespace {

// pg_mbcliplen for UTF-8: the longest prefix of at most `len` bytes that ends on a boundary.
std::size_t clip(std::string_view s, std::size_t len) {
  len = std::min(len, s.size());
  while (len > 0 && len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0U) == 0x80U) {
    --len;
  }
  return len;
}

} // namespace

std::string make_object_name(std::string_view name1, std::string_view name2,
                             std::string_view label) {
  std::size_t n1 = name1.size();
  std::size_t n2 = name2.size();
  std::size_t overhead = 0;
  if (!label.empty()) {
    overhead += label.size() + 1;
  }
  if (!name2.empty()) {
    overhead += 1;
  }
  const std::size_t avail = kMaxIdentifierBytes > overhead ? kMaxIdentifierBytes - overhead : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) {
      --n1;
    } else {
      --n2;
    }
  }
  n1 = clip(name1, n1);
  n2 = clip(name2, n2);
  std::string out(name1.substr(0, n1));
  if (!name2.empty()) {
    out += '_';
    out += name2.substr(0, n2);
  }
  if (!label.empty()) {
    out += '_';
    out += label;
  }
  return out;
}

std::string name_addition(const std::vector<std::string>& names) {
  std::string buf;
  for (const std::string& n : names) {
    if (!buf.empty()) {
      buf += '_';
    }
    buf += n.substr(0, std::min<std::size_t>(n.size(), kMaxIdentifierBytes));
    if (buf.size() >= kMaxIdentifierBytes + 1) {
      break;
    }
  }
  return buf;
}

std::vector<std::string> index_column_names(const std::vector<IndexKey>& keys) {
  std::vector<std::string> out;
  for (const IndexKey& k : keys) {
    std::string orig;
    if (!k.column.empty()) {
      orig = k.column;
    } else {
      const Expr* e = &k.expr();
      while (e->kind == Expr::Kind::Cast && !e->args.empty()) {
        e = &e->args[0];
      }
      if (e->kind == Expr::Kind::Func && !e->name.empty()) {
        orig = e->name;
      } else if (e->kind == Expr::Kind::Column) {
        orig = e->name;
      } else {
        orig = "expr";
      }
    }
    // Unique within the index: append 1, 2, ... (truncating to fit).
    std::string cur = orig;
    for (int i = 1; std::find(out.begin(), out.end(), cur) != out.end(); ++i) {
      const std::string suffix = std::to_string(i);
      cur = orig.substr(0, std::min(orig.size(), kMaxIdentifierBytes - suffix.size())) + suffix;
    }
    out.push_back(cur);
  }
  return out;
}

std::string truncate_identifier(std::string_view name) {
  if (name.size() <= kMaxIdentifierBytes) {
    return std::string(name);
  }
  return std::string(name.substr(0, clip(name, kMaxIdentifierBytes)));
}

} // namespace ddlint::catalog
