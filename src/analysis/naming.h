// Naming facts shared by the naming and normalisation rules: an identifier tokenizer, snake_case
// checks and conversion, English inflection of table-name words (singular/plural), SQL quoting
// that knows PostgreSQL's keywords, and the roles a column plays by its name (tenant, audit).
// Pure functions of their arguments (plus the keyword cache of `Analysis`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ddlint {
struct Config;
}

namespace ddlint::analysis {

class Analysis;
class Tenancy;

// Lower-cased words of an identifier, split at '_', '-', spaces and other punctuation, at
// lower→upper case changes ("userId" → user, id) and before the last capital of a capital run
// ("HTTPServer" → http, server; but "IDs" → ids). Digits stay with the word they follow ("line1").
std::vector<std::string> words(std::string_view ident);

// True for identifiers PostgreSQL keeps as written without quotes: [a-z_][a-z0-9_$]*.
bool is_lower_snake(std::string_view ident);

// The words of `ident` joined with '_' ("UserAccount" → user_account, "e-mail" → e_mail); a
// leading digit gets a '_' prefix. Empty when `ident` has no letters or digits.
std::string to_snake_case(std::string_view ident);

// Grammatical number of an English (lower-case) word as a table name uses it.
enum class Number : unsigned char {
  Singular,
  Plural,
  Either, // uncountable ("data", "equipment"), not a noun ("archived", "billing"), or unknown
};
Number number_of(std::string_view word);
// Singular/plural of a lower-case word ("categories" ↔ "category", "people" ↔ "person");
// uncountable words are returned unchanged.
std::string singular(std::string_view word);
std::string plural(std::string_view word);
// The same for the last word of a snake_case name ("order_items" → "order_item").
std::string singular_name(std::string_view snake);
std::string plural_name(std::string_view snake);
// Last '_'-separated word of a name ("order_items" → "items").
std::string_view last_word(std::string_view snake);

// An identifier as it must be written in generated SQL: quoted when it is not lower snake case
// or is a keyword that PostgreSQL does not accept unquoted everywhere (column-name, type/function
// or reserved category).
std::string sql_ident(const Analysis& a, std::string_view ident);
// schema.name, each part through sql_ident.
std::string sql_qualified(const Analysis& a, std::string_view schema, std::string_view name);

// How messages name a relation or type: "orders" in public, "billing.invoices" elsewhere.
std::string display_name(std::string_view schema, std::string_view name);

// Columns that carry the tenant: the columns the tenancy model resolved (`tenancy.columns` when
// configured, else the detected column; none when detection found none). A candidate name such
// as account_id is an ordinary column in a schema without detected tenancy.
bool is_tenant_column(const Tenancy& tenancy, std::string_view column);

// Bookkeeping columns that say nothing about the entity: surrogate `id`, created/updated/deleted
// timestamps and authors, optimistic-locking versions.
bool is_audit_column(std::string_view column);

} // namespace ddlint::analysis
