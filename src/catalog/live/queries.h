// The catalog queries of the live-database reader, one per kind of object (never one per
// table). `$1` is a text[] of the schemas to read, or NULL for all of them; every name the
// server prints is schema-qualified because the reader runs them with search_path = ''.
// Internal to catalog/live.
#pragma once

#include <string>

namespace ddlint::catalog::live::sql {

std::string q_schemas();
std::string q_relations();
std::string q_inherits();
std::string q_columns();
std::string q_constraints();
std::string q_indexes(int version);
std::string q_policies();
std::string q_triggers();
std::string q_view_definitions();
std::string q_types();
std::string q_domain_checks();
std::string q_composite_attributes();
std::string q_functions();
std::string q_sequences();

extern const char* const kExtensions;
extern const char* const kOpclasses;

} // namespace ddlint::catalog::live::sql
