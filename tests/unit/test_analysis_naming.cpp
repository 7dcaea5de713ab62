// The shared naming and enum-like helpers of src/analysis/ (tokenizer, inflection, value lists).
#include "analysis/enum_like.h"
#include "analysis/naming.h"

#include <catch2/catch.hpp>

using ddlint::analysis::Number;
using ddlint::analysis::number_of;
using ddlint::analysis::plural;
using ddlint::analysis::singular;
using ddlint::analysis::to_snake_case;
using ddlint::analysis::words;

TEST_CASE("words split identifiers the way people read them", "[analysis]") {
  CHECK(words("userId") == std::vector<std::string>{"user", "id"});
  CHECK(words("HTTPServer") == std::vector<std::string>{"http", "server"});
  CHECK(words("Array of module installation IDs") ==
        std::vector<std::string>{"array", "of", "module", "installation", "ids"});
  CHECK(words("address_line1") == std::vector<std::string>{"address", "line1"});
  CHECK(to_snake_case("UserAccounts") == "user_accounts");
  CHECK(to_snake_case("e-mail") == "e_mail");
  CHECK(to_snake_case("2fa codes") == "_2fa_codes");
  CHECK(ddlint::analysis::is_lower_snake("order_items"));
  CHECK_FALSE(ddlint::analysis::is_lower_snake("Order"));
  CHECK_FALSE(ddlint::analysis::is_lower_snake("9lives"));
}

TEST_CASE("singular and plural of table-name words", "[analysis]") {
  const std::pair<const char*, const char*> pairs[] = {
      {"user", "users"},         {"category", "categories"}, {"address", "addresses"},
      {"status", "statuses"},    {"person", "people"},       {"analysis", "analyses"},
      {"cookie", "cookies"},     {"archive", "archives"},    {"knife", "knives"},
      {"box", "boxes"},          {"match", "matches"},       {"cache", "caches"},
      {"hero", "heroes"},        {"photo", "photos"},        {"day", "days"},
      {"index", "indexes"},      {"alias", "aliases"},       {"bus", "buses"},
      {"response", "responses"}, {"curve", "curves"},        {"house", "houses"},
  };
  for (const auto& [one, many] : pairs) {
    INFO(one << " / " << many);
    CHECK(plural(one) == many);
    CHECK(singular(many) == one);
    CHECK(singular(one) == one);
    CHECK(number_of(one) == Number::Singular);
    CHECK(number_of(many) == Number::Plural);
  }
  for (const char* either : {"data", "metadata", "equipment", "series", "sms", "billing",
                             "archived", "daily", "emoji", "v2"}) {
    INFO(either);
    CHECK(number_of(either) == Number::Either);
  }
  CHECK(ddlint::analysis::singular_name("order_items") == "order_item");
  CHECK(ddlint::analysis::plural_name("user_profile") == "user_profiles");
}

TEST_CASE("values documented in comments", "[analysis]") {
  using ddlint::analysis::comment_values;
  CHECK(comment_values("'pending', 'in_progress', 'done'") ==
        std::vector<std::string>{"pending", "in_progress", "done"});
  CHECK(comment_values("one of: low, medium, high") ==
        std::vector<std::string>{"low", "medium", "high"});
  CHECK(comment_values("active|draining|disabled") ==
        std::vector<std::string>{"active", "draining", "disabled"});
  CHECK(comment_values("the user's status").empty());
  CHECK(comment_values("see docs/status.md, section 2").empty());
}
