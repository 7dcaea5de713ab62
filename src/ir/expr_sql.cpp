#include "ir/expr_sql.h"

#include "base/strings.h"

namespace ddlint {
namespace {

void print(const Expr& e, std::string& out, int depth);

void print_list(const std::vector<Expr>& args, std::size_t from, std::string& out, int depth) {
  for (std::size_t i = from; i < args.size(); ++i) {
    if (i != from) {
      out += ", ";
    }
    print(args[i], out, depth);
  }
}

void print_qualified(const Expr& e, std::string& out) {
  for (const std::string& p : e.path) {
    out += str::quote_ident(p);
    out += '.';
  }
}

void print_operand(const Expr& e, std::string& out, int depth) {
  const bool simple = e.kind == Expr::Kind::Column || e.kind == Expr::Kind::Const ||
                      e.kind == Expr::Kind::Func || e.kind == Expr::Kind::Param ||
                      e.kind == Expr::Kind::Cast || e.kind == Expr::Kind::Array;
  if (!simple) {
    out += '(';
  }
  print(e, out, depth);
  if (!simple) {
    out += ')';
  }
}

void print(const Expr& e, std::string& out, int depth) {
  if (depth > kMaxExprDepth + 10) {
    out += "...";
    return;
  }
  const int d = depth + 1;
  switch (e.kind) {
  case Expr::Kind::Column:
    print_qualified(e, out);
    out += str::quote_ident(e.name);
    break;
  case Expr::Kind::Star:
    print_qualified(e, out);
    out += '*';
    break;
  case Expr::Kind::Const:
    if (e.flag == Expr::kString) {
      out += str::quote_literal(e.name);
    } else if (e.flag == Expr::kBitString) {
      out += e.name.empty() ? "B''" : e.name.string().insert(1, "'") + "'";
    } else {
      out += e.name;
    }
    break;
  case Expr::Kind::Param:
    out += e.name;
    break;
  case Expr::Kind::Func:
    print_qualified(e, out);
    out += e.name;
    if (e.flag == 1 && e.args.empty()) {
      break; // CURRENT_TIMESTAMP and friends
    }
    out += '(';
    print_list(e.args, 0, out, d);
    out += ')';
    break;
  case Expr::Kind::Op:
    if (e.name == "BETWEEN" || e.name == "NOT BETWEEN") {
      if (e.args.size() == 3) {
        print_operand(e.args[0], out, d);
        out += " " + e.name + " ";
        print_operand(e.args[1], out, d);
        out += " AND ";
        print_operand(e.args[2], out, d);
      }
      break;
    }
    if (e.args.size() == 1) {
      out += e.name;
      out += ' ';
      print_operand(e.args[0], out, d);
    } else if (e.args.size() == 2) {
      print_operand(e.args[0], out, d);
      out += ' ';
      out += e.name;
      out += ' ';
      print_operand(e.args[1], out, d);
    }
    break;
  case Expr::Kind::And:
  case Expr::Kind::Or:
    for (std::size_t i = 0; i < e.args.size(); ++i) {
      if (i != 0) {
        out += e.kind == Expr::Kind::And ? " AND " : " OR ";
      }
      print_operand(e.args[i], out, d);
    }
    break;
  case Expr::Kind::Not:
    out += "NOT ";
    if (!e.args.empty()) {
      print_operand(e.args[0], out, d);
    }
    break;
  case Expr::Kind::NullTest:
    if (!e.args.empty()) {
      print_operand(e.args[0], out, d);
    }
    out += e.flag == 1 ? " IS NOT NULL" : " IS NULL";
    break;
  case Expr::Kind::BoolTest:
    if (!e.args.empty()) {
      print_operand(e.args[0], out, d);
    }
    out += " IS ";
    for (const char c : e.name) {
      out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    break;
  case Expr::Kind::In:
    if (!e.args.empty()) {
      print_operand(e.args[0], out, d);
    }
    out += e.flag == 1 ? " NOT IN (" : " IN (";
    print_list(e.args, 1, out, d);
    out += ')';
    break;
  case Expr::Kind::AnyAll:
    if (e.args.size() == 2) {
      print_operand(e.args[0], out, d);
      out += " " + e.name + (e.flag == 1 ? " ALL (" : " ANY (");
      print(e.args[1], out, d);
      out += ')';
    }
    break;
  case Expr::Kind::Cast:
    if (!e.args.empty()) {
      print_operand(e.args[0], out, d);
    }
    out += "::";
    out += e.name;
    break;
  case Expr::Kind::Array:
    out += "ARRAY[";
    print_list(e.args, 0, out, d);
    out += ']';
    break;
  case Expr::Kind::Row:
    out += "ROW(";
    print_list(e.args, 0, out, d);
    out += ')';
    break;
  case Expr::Kind::Coalesce:
    out += "COALESCE(";
    print_list(e.args, 0, out, d);
    out += ')';
    break;
  case Expr::Kind::Case: {
    out += "CASE";
    std::size_t i = 0;
    if (e.flag == 1 && !e.args.empty()) {
      out += ' ';
      print(e.args[0], out, d);
      i = 1;
    }
    for (; i + 1 < e.args.size(); i += 2) {
      out += " WHEN ";
      print(e.args[i], out, d);
      out += " THEN ";
      print(e.args[i + 1], out, d);
    }
    if (i < e.args.size()) {
      out += " ELSE ";
      print(e.args[i], out, d);
    }
    out += " END";
    break;
  }
  case Expr::Kind::SubLink:
    if (e.name == "exists") {
      out += "EXISTS ";
    } else if (e.name == "array") {
      out += "ARRAY";
    } else if ((e.name == "any" || e.name == "all") && !e.args.empty()) {
      print_operand(e.args[0], out, d);
      out += " " + (e.path.empty() ? std::string("=") : e.path[0]) + " " +
             (e.name == "any" ? "ANY " : "ALL ");
    }
    out += '(';
    if (e.args.size() >= 2) {
      print(e.args[1], out, d);
    }
    out += ')';
    break;
  case Expr::Kind::Select: {
    out += "SELECT ";
    std::size_t targets = 0;
    for (std::size_t i = 1; i < e.args.size(); ++i) {
      if (e.args[i].kind == Expr::Kind::Select) {
        continue;
      }
      if (targets++ != 0) {
        out += ", ";
      }
      print(e.args[i], out, d);
    }
    if (!e.path.empty()) {
      out += " FROM " + str::join(e.path, ", ");
    }
    if (!e.args.empty() && e.args[0].kind != Expr::Kind::Other) {
      out += " WHERE ";
      print(e.args[0], out, d);
    }
    break;
  }
  case Expr::Kind::Truncated:
    out += "...";
    break;
  case Expr::Kind::Other:
    if (e.name == "indirection" && !e.args.empty()) {
      print_operand(e.args[0], out, d);
      for (const std::string& p : e.path) {
        out += "." + p;
      }
    } else {
      out += "?";
    }
    break;
  }
}

} // namespace

std::string to_sql(const Expr& e) {
  std::string out;
  print(e, out, 0);
  return out;
}

} // namespace ddlint
