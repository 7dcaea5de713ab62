#include "analysis/analysis.h"
#include "analysis/enum_like.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "catalog/naming.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

bool has_column(const catalog::Table& t, const std::string& name) {
  return t.column(name) != nullptr;
}

// `name` matches the column and any `*_name`; `table.column` (or `schema.table.column`) one column.
bool excepted(const std::vector<std::string>& exceptions, const catalog::Table& t,
              std::string_view column) {
  for (const std::string& e : exceptions) {
    if (e.find('.') != std::string::npos) {
      if (e == t.name + "." + std::string(column) ||
          e == t.schema + "." + t.name + "." + std::string(column)) {
        return true;
      }
    } else if (column == e || (column.size() > e.size() && column.ends_with("_" + e))) {
      return true;
    }
  }
  return false;
}

// `<x>_type` next to `<x>_id`: the type half of a polymorphic association (Rails
// `commentable_type`). Its values are class names and the missing foreign key is the real problem.
bool polymorphic_type(const catalog::Table& t, std::string_view column) {
  if (!column.ends_with("_type")) {
    return false;
  }
  const std::string x(column.substr(0, column.size() - 5));
  return has_column(t, x + "_id") || has_column(t, x + "_uuid");
}

// `state` (or `<p>_state`) in an address: a region, not a status.
bool address_state(const catalog::Table& t, std::string_view column) {
  if (column != "state" && !column.ends_with("_state")) {
    return false;
  }
  const std::string p(column.substr(0, column.size() - 5)); // "" or "shipping_"
  for (const char* sibling :
       {"city", "country", "country_code", "zip", "zipcode", "zip_code", "postal_code", "postcode",
        "street", "address_line1", "address_line_1", "address1"}) {
    if (has_column(t, p + sibling)) {
      return true;
    }
  }
  return false;
}

constexpr OptionSpec kOptions[] = {
    {.name = "names",
     .type = OptionType::StringList,
     .default_value =
         R"(["status", "state", "type", "kind", "role", "priority", "tier", "level", "stage", "mode", "category"])",
     .doc = "column names that promise a closed set of values"},
    {.name = "suffixes",
     .type = OptionType::StringList,
     .default_value =
         R"(["_status", "_state", "_type", "_kind", "_role", "_priority", "_tier", "_level", "_stage", "_mode"])",
     .doc = "name endings that promise a closed set of values"},
    {.name = "exceptions",
     .type = OptionType::StringList,
     .default_value =
         R"(["content_type", "mime_type", "media_type", "instance_type", "machine_type", "relay_state", "oidc_state", "oauth_state", "session_state", "token_type", "response_status", "http_status"])",
     .doc = "column names never reported: `name` also matches `*_name`, `table.column` one "
            "column; the defaults are open, external vocabularies (MIME types, cloud machine "
            "types, OAuth/OIDC/SAML tokens, HTTP statuses)"},
};

class EnumLikeUnconstrained final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "enum-like-unconstrained",
      .category = Category::Constraints,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "status/type/kind/role-like text column with no CHECK, foreign key or domain",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::vector<std::string> names = ctx.option_list("names");
    const std::vector<std::string> suffixes = ctx.option_list("suffixes");
    const std::vector<std::string> exceptions = ctx.option_list("exceptions");
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (t.kind != catalog::TableKind::Table && t.kind != catalog::TableKind::Partitioned) {
        continue;
      }
      if (t.rare->partition_of) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if (c.inherited || c.generated || !analysis::enum_like_name(c.name, names, suffixes) ||
            excepted(exceptions, t, c.name)) {
          continue;
        }
        if (polymorphic_type(t, c.name) || address_state(t, c.name) ||
            !analysis::is_text_column(cat, c.type, nullptr) ||
            !analysis::value_constraint(cat, t, c).empty()) {
          continue;
        }
        const std::vector<std::string> values = analysis::documented_values(c);
        std::vector<std::string> quoted;
        for (const std::string& v : values) {
          quoted.push_back(str::quote_literal(v));
        }
        std::string seen = "no values documented in its DEFAULT or trailing comment";
        if (!values.empty()) {
          seen = "values seen in its DEFAULT and trailing comment: " + str::join(quoted, ", ");
        }
        TypeRef shown = c.type;
        if (shown.schema == "public") {
          shown.schema.clear();
        }
        auto b = ctx.report(c.loc);
        b.table(t).column(c.name).message(
            "column {}.{} ({}) looks like an enum but no CHECK, foreign key or domain constrains "
            "its values; {}",
            analysis::display_name(t.schema, t.name), c.name, shown.display(), seen);
        if (values.size() >= 2) {
          std::string cname = catalog::make_object_name(t.name, c.name, "check");
          for (int n = 1; t.constraint(cname) != nullptr; ++n) {
            cname = catalog::make_object_name(t.name, c.name, "check" + std::to_string(n));
          }
          const std::string table = analysis::sql_qualified(an, t.schema, t.name);
          const std::string con = analysis::sql_ident(an, cname);
          const std::string check = fmt::format(
              "CHECK ({} IN ({}))", analysis::sql_ident(an, c.name), str::join(quoted, ", "));
          // NOT VALID then VALIDATE: the exclusive lock is held only for the catalog change,
          // the scan runs under a weaker lock.
          b.fix(fmt::format("ALTER TABLE {0} ADD CONSTRAINT {1} {2} NOT VALID;\n"
                            "ALTER TABLE {0} VALIDATE CONSTRAINT {1};",
                            table, con, check));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_enum_like_unconstrained() {
  return std::make_unique<EnumLikeUnconstrained>();
}

} // namespace ddlint::rules
