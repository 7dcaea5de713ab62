#include "report/object_json.h"

namespace ddlint::report {

nlohmann::ordered_json object_json(const ObjectRef& o) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  auto put = [&](const char* k, std::string_view v) {
    if (!v.empty()) {
      j[k] = v;
    }
  };
  put("schema", o.schema);
  put("table", o.table);
  put("column", o.column);
  if (o.columns.size() > 1) {
    j["columns"] = o.columns;
  }
  put("constraint", o.constraint);
  put("index", o.index);
  put("policy", o.policy);
  put("type", o.type);
  put("function", o.function);
  return j;
}

} // namespace ddlint::report
