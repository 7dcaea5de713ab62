#include "catalog/live/queries.h"

namespace ddlint::catalog::live::sql {
namespace {

// $1 is a text[] of schemas to read, or NULL for all. Every query is set-based: one round trip
// per kind of object, whatever the number of tables.

const char* const kSchemaFilter =
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)' "
    "AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))";

std::string not_extension_member(const char* catalog, const char* oid) {
  return std::string("NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '") + catalog +
         "'::regclass AND e.objid = " + oid + " AND e.deptype = 'e')";
}

std::string with_rel() {
  return std::string("WITH rel AS (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     "c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ") +
         kSchemaFilter + " AND " + not_extension_member("pg_class", "c.oid") + ") ";
}

} // namespace

std::string q_schemas() {
  // Roles other than the owner that hold CREATE on the schema (0 is PUBLIC).
  return std::string("SELECT n.nspname, d.description, n.nspowner::regrole::text, "
                     "(SELECT coalesce(array_agg(CASE WHEN a.grantee = 0 THEN 'public' ELSE "
                     "a.grantee::regrole::text END ORDER BY a.grantee), '{}') FROM "
                     "aclexplode(n.nspacl) a WHERE a.privilege_type = 'CREATE' AND a.grantee <> "
                     "n.nspowner) FROM pg_namespace n LEFT JOIN "
                     "pg_description d ON d.objoid = n.oid AND d.classoid = "
                     "'pg_namespace'::regclass WHERE ") +
         kSchemaFilter + " AND " + not_extension_member("pg_namespace", "n.oid") +
         " ORDER BY n.oid";
}

const char* const kExtensions =
    "SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
    "e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid";

std::string q_relations() {
  return with_rel() +
         "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity, "
         "c.relforcerowsecurity, c.relispartition, c.reloptions, "
         "CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid, true) END, "
         "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, d.description, "
         "CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, -1) END "
         "FROM rel JOIN pg_class c ON c.oid = rel.oid JOIN pg_namespace n ON n.oid = "
         "c.relnamespace LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = "
         "'pg_class'::regclass AND d.objsubid = 0 ORDER BY c.oid";
}

std::string q_inherits() {
  return with_rel() + "SELECT i.inhrelid, pn.nspname, p.relname FROM pg_inherits i JOIN rel ON "
                      "rel.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent JOIN "
                      "pg_namespace pn ON pn.oid = p.relnamespace ORDER BY i.inhrelid, i.inhseqno";
}

std::string q_columns() {
  return with_rel() +
         "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attndims, "
         "a.attnotnull, a.attidentity, a.attgenerated, a.attinhcount, "
         "pg_get_expr(ad.adbin, ad.adrelid, true), d.description, "
         "CASE WHEN a.attcollation <> t.typcollation THEN CASE WHEN cn.nspname = 'pg_catalog' "
         "THEN co.collname ELSE cn.nspname || '.' || co.collname END END, a.attnum "
         "FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid JOIN pg_type t ON t.oid = "
         "a.atttypid LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
         "LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = "
         "'pg_class'::regclass AND d.objsubid = a.attnum LEFT JOIN pg_collation co ON co.oid = "
         "a.attcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace "
         "WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";
}

std::string q_constraints() {
  return with_rel() +
         "SELECT k.oid, k.conrelid, k.conname, k.contype, k.conkey, k.confkey, "
         "k.confrelid, fn.nspname, f.relname, k.confupdtype, k.confdeltype, k.confmatchtype, "
         "k.condeferrable, k.condeferred, k.convalidated, k.conislocal, k.coninhcount, "
         "k.connoinherit, k.conparentid, "
         "CASE WHEN k.contype IN ('c', 'x') THEN pg_get_constraintdef(k.oid, true) END, "
         "d.description FROM pg_constraint k JOIN rel ON rel.oid = k.conrelid "
         "LEFT JOIN pg_class f ON f.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = "
         "f.relnamespace LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = "
         "'pg_constraint'::regclass WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') "
         "ORDER BY k.conrelid, k.oid";
}

// Key columns come from indkey (names mapped by the reader); only indexes with expressions or a
// predicate are printed by the server (pg_get_indexdef costs ~0.1 ms per index).
std::string q_indexes(int version) {
  return with_rel() +
         "SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, i.indisprimary, "
         "i.indisvalid, " +
         std::string(version >= 150000 ? "i.indnullsnotdistinct" : "false") +
         ", CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN "
         "pg_get_indexdef(i.indexrelid, 0, true) END, pn.nspname, p.relname, k.conname, "
         "d.description, am.amname, i.indkey::int2[], i.indoption::int2[], i.indclass::oid[], "
         "i.indnkeyatts FROM pg_index i JOIN rel ON rel.oid = i.indrelid JOIN pg_class ic ON "
         "ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam LEFT JOIN pg_inherits ih ON "
         "ih.inhrelid = i.indexrelid LEFT JOIN pg_class p ON p.oid = ih.inhparent LEFT JOIN "
         "pg_namespace pn ON pn.oid = p.relnamespace LEFT JOIN pg_constraint k ON k.conindid = "
         "i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x') LEFT JOIN "
         "pg_description d ON d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass AND "
         "d.objsubid = 0 ORDER BY i.indrelid, i.indexrelid";
}

const char* const kOpclasses =
    "SELECT c.oid, c.opcname, c.opcdefault, n.nspname FROM pg_opclass c JOIN pg_namespace n ON "
    "n.oid = c.opcnamespace";

std::string q_policies() {
  return with_rel() +
         "SELECT p.polrelid, p.polname, p.polcmd, p.polpermissive, "
         "ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_get_userbyid(r.oid)::text END "
         "FROM unnest(p.polroles) WITH ORDINALITY r(oid, o) ORDER BY r.o), "
         "pg_get_expr(p.polqual, p.polrelid, true), pg_get_expr(p.polwithcheck, p.polrelid, "
         "true), d.description FROM pg_policy p JOIN rel ON rel.oid = p.polrelid "
         "LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass "
         "ORDER BY p.polrelid, p.oid";
}

std::string q_triggers() {
  // Clones of a partitioned table's triggers on its partitions (tgparentid) are not listed:
  // the file model keeps the trigger on the table it was created on.
  return with_rel() +
         "SELECT t.tgrelid, t.tgname, pn.nspname, pr.proname, t.tgtype, t.tgconstraint <> 0 "
         "FROM pg_trigger t JOIN rel ON rel.oid = t.tgrelid JOIN pg_proc pr ON pr.oid = "
         "t.tgfoid JOIN pg_namespace pn ON pn.oid = pr.pronamespace WHERE NOT t.tgisinternal "
         "AND t.tgparentid = 0 ORDER BY t.tgrelid, t.oid";
}

std::string q_view_definitions() {
  return with_rel() + "SELECT c.oid, pg_get_viewdef(c.oid, false) FROM rel JOIN pg_class c ON "
                      "c.oid = rel.oid WHERE c.relkind IN ('v', 'm') ORDER BY c.oid";
}

std::string q_types() {
  return std::string(
             "SELECT t.oid, n.nspname, t.typname, t.typtype, t.typnotnull, t.typdefaultbin IS NOT "
             "NULL, CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, "
             "t.typndims, CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel FROM pg_enum e "
             "WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END, d.description "
             "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class tc "
             "ON tc.oid = t.typrelid LEFT JOIN pg_description d ON d.objoid = t.oid AND "
             "d.classoid = 'pg_type'::regclass WHERE ") +
         kSchemaFilter +
         " AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND tc.relkind = 'c') OR "
         "(t.typtype = 'p' AND NOT t.typisdefined) OR (t.typtype = 'b' AND NOT (t.typcategory = "
         "'A' AND t.typelem <> 0))) AND " +
         not_extension_member("pg_type", "t.oid") + " ORDER BY t.oid";
}

std::string q_domain_checks() {
  return std::string("SELECT k.contypid, k.conname, pg_get_constraintdef(k.oid, true), "
                     "k.convalidated FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid "
                     "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE k.contype = 'c' AND ") +
         kSchemaFilter + " ORDER BY k.contypid, k.oid";
}

std::string q_composite_attributes() {
  return std::string("SELECT t.oid, a.attname, format_type(a.atttypid, a.atttypmod), a.attndims "
                     "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class "
                     "tc ON tc.oid = t.typrelid AND tc.relkind = 'c' JOIN pg_attribute a ON "
                     "a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped WHERE ") +
         kSchemaFilter + " ORDER BY t.oid, a.attnum";
}

std::string q_functions() {
  return std::string("SELECT p.oid, n.nspname, p.proname, p.prokind, p.prosecdef, p.proconfig, "
                     "l.lanname, p.proretset, format_type(p.prorettype, -1), "
                     "ARRAY(SELECT format_type(x.t, -1) FROM unnest(p.proargtypes::oid[]) WITH "
                     "ORDINALITY x(t, o) ORDER BY x.o), p.proargnames, p.proargmodes, "
                     "d.description FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                     "JOIN pg_language l ON l.oid = p.prolang LEFT JOIN pg_description d ON "
                     "d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass WHERE ") +
         kSchemaFilter + " AND p.prokind IN ('f', 'p', 'w') AND " +
         not_extension_member("pg_proc", "p.oid") + " ORDER BY p.oid";
}

std::string q_sequences() {
  // Identity columns' sequences (deptype 'i') are not listed: the file model has none.
  return std::string(
             "SELECT n.nspname, c.relname, dn.nspname, dc.relname, a.attname, dep.deptype "
             "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_depend "
             "dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.refclassid "
             "= 'pg_class'::regclass AND dep.deptype IN ('a', 'i') AND dep.refobjsubid > 0 "
             "LEFT JOIN pg_class dc ON dc.oid = dep.refobjid LEFT JOIN pg_namespace dn ON dn.oid "
             "= dc.relnamespace LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND "
             "a.attnum = dep.refobjsubid WHERE c.relkind = 'S' AND ") +
         kSchemaFilter + " AND " + not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid";
}

} // namespace ddlint::catalog::live::sql
