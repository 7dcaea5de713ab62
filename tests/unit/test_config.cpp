#include "base/error.h"
#include "config/config.h"

#include <catch2/catch.hpp>

using namespace ddlint;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_config(text, "cfg.json", ".");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return {};
}

} // namespace

TEST_CASE("config accepts comments, presets and per-rule settings", "[config]") {
  const Config c = parse_config(R"json({
    // a comment
    "extends": "recommended",
    "rules": { "syntax-error": "warning", "semantic-error": "off" },
    "tenancy": { "columns": ["tenant_id"], "allow_indirect": true },
    "external": ["auth.users", "auth.uid()", "storage"],
    "ignore": [ { "rule": "syntax-error", "table": "public.t*" } ]
  })json",
                                "cfg.json", ".");
  CHECK(c.enabled("syntax-error"));
  CHECK(c.severity("syntax-error") == Severity::Warning);
  CHECK_FALSE(c.enabled("semantic-error"));
  CHECK(c.tenancy.columns.value() == std::vector<std::string>{"tenant_id"});
  CHECK(c.tenancy.allow_indirect);
  CHECK(c.is_external("auth.users"));
  CHECK(c.is_external("auth.uid()"));
  CHECK(c.is_external("storage.objects"));
  CHECK_FALSE(c.is_external("public.users"));
  CHECK(c.extends_chain == std::vector<std::string>{"recommended"});
}

TEST_CASE("config errors name the file and the key", "[config]") {
  CHECK(error_of(R"({"nope": 1})").find("cfg.json: nope: unknown key") == 0);
  CHECK(error_of(R"({"rules": {"no-such-rule": "error"}})").find("rules.no-such-rule") !=
        std::string::npos);
  CHECK(error_of(R"({"rules": {"syntax-error": "fatal"}})").find("rules.syntax-error") !=
        std::string::npos);
  CHECK(error_of(R"({"rules": {"syntax-error": {"bogus": 1}}})")
            .find("rules.syntax-error.bogus: unknown option") != std::string::npos);
  CHECK(error_of(R"({"tenancy": {"columns": "tenant_id"}})").find("tenancy.columns") !=
        std::string::npos);
  CHECK(error_of(R"({"extends": "nonexistent"})").find("unknown preset") != std::string::npos);
  CHECK(error_of("{\n  \"rules\": {,\n}").find("cfg.json:2:") == 0);
  CHECK(error_of(R"({"ignore": [{"rule": "x-y"}]})").find("ignore[0].rule") != std::string::npos);
  // Positions are 32-bit offsets: max_file_size is between 1 byte and 4 GiB - 1.
  CHECK(error_of(R"({"max_file_size": 0})").find("max_file_size: expected a positive") !=
        std::string::npos);
  CHECK(error_of(R"({"max_file_size": -5})").find("max_file_size: expected a positive") !=
        std::string::npos);
  CHECK(error_of(R"({"max_file_size": 4294967296})").find("max_file_size: at most") !=
        std::string::npos);
  CHECK(error_of(R"({"max_file_size": 4294967295})").empty());
}

TEST_CASE("shipped presets load", "[config]") {
  for (const std::string& p : preset_names()) {
    INFO(p);
    CHECK_NOTHROW(parse_config("{\"extends\": \"" + p + "\"}", "<p>", "."));
  }
  CHECK(preset_names().size() >= 3);
}
