#include "findings/finding.h"

#include "base/strings.h"

namespace ddlint {

const char* to_string(Severity s) {
  switch (s) {
  case Severity::Info:
    return "info";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info") {
    return Severity::Info;
  }
  if (s == "warning") {
    return Severity::Warning;
  }
  if (s == "error") {
    return Severity::Error;
  }
  return std::nullopt;
}

const char* to_string(Category c) {
  switch (c) {
  case Category::Integrity:
    return "integrity";
  case Category::Indexing:
    return "indexing";
  case Category::Tenancy:
    return "tenancy";
  case Category::Security:
    return "security";
  case Category::Constraints:
    return "constraints";
  case Category::Normalization:
    return "normalization";
  case Category::Naming:
    return "naming";
  case Category::Types:
    return "types";
  case Category::Meta:
    return "meta";
  }
  return "integrity";
}

bool ObjectRef::empty() const {
  return schema.empty() && table.empty() && column.empty() && columns.empty() &&
         constraint.empty() && index.empty() && policy.empty() && type.empty() && function.empty();
}

std::string ObjectRef::display() const {
  std::string out;
  if (!table.empty()) {
    out = schema.empty() ? table.str() : schema + "." + table;
    if (!columns.empty()) {
      out += "(" + str::join(columns, ", ") + ")";
    } else if (!column.empty()) {
      out += "(" + column + ")";
    }
    if (!policy.empty()) {
      out += " policy " + policy;
    } else if (!index.empty()) {
      out += " index " + index;
    } else if (!constraint.empty()) {
      out += " constraint " + constraint;
    }
    return out;
  }
  if (!type.empty()) {
    return schema.empty() ? type.string() : schema + "." + type;
  }
  if (!function.empty()) {
    return (schema.empty() ? function.string() : schema + "." + function) + "()";
  }
  if (!index.empty()) {
    return schema.empty() ? index.string() : schema + "." + index;
  }
  return schema.string();
}

std::string make_fingerprint(std::string_view rule, const ObjectRef& o,
                             std::string_view discriminator) {
  std::string key;
  key.reserve(128);
  auto add = [&](std::string_view s) {
    key.append(s);
    key.push_back('\x1f');
  };
  add(rule);
  add(o.schema);
  add(o.table);
  add(o.column);
  for (const std::string& c : o.columns) {
    add(c);
  }
  add("|");
  add(o.constraint);
  add(o.index);
  add(o.policy);
  add(o.type);
  add(o.function);
  add(discriminator);
  return str::hex64(str::fnv1a64(key));
}

} // namespace ddlint
