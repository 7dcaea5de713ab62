// Deterministic generator of multi-tenant schemas for scale benchmarks (docs/performance.md).
//   gen_schema N OUTDIR [--seed S] [--tables-per-file K]
// Writes migrations under OUTDIR: per group of K tables a V<n>__tables.sql (tables with inline
// FKs, enums, defaults), a V<n+1>__fks.sql (more FKs added by ALTER TABLE in a later file), a
// V<n+2>__indexes.sql (indexes in a separate file) and a V<n+3>__rls.sql (RLS and policies).
// About 5% of the tables carry planted violations: an unindexed FK, a nullable tenant column,
// RLS never enabled, `timestamp` / `json` / `varchar(n)` columns, a numbered column series.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// SplitMix64: small, deterministic across platforms.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }
  std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
  bool chance(unsigned percent) { return below(100) < percent; }
};

const char* const kNouns[] = {"order",   "invoice",  "project", "task",    "comment", "event",
                              "payment", "contact",  "ticket",  "message", "report",  "asset",
                              "vendor",  "shipment", "note",    "session", "device",  "alert"};

std::string table_name(std::size_t i) {
  return std::string(kNouns[i % (sizeof kNouns / sizeof kNouns[0])]) + "s_" + std::to_string(i);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_schema N OUTDIR [--seed S] [--tables-per-file K]\n");
    return 2;
  }
  const std::size_t n = std::strtoull(argv[1], nullptr, 10);
  const std::filesystem::path out = argv[2];
  std::uint64_t seed = 42;
  std::size_t per_file = 100;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (a == "--tables-per-file") {
      per_file = std::max<std::size_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    }
  }
  std::filesystem::remove_all(out);
  std::filesystem::create_directories(out);
  Rng rng{seed};
  std::size_t file_no = 1;
  auto write = [&](const std::string& kind, const std::string& text) {
    std::ofstream(out / ("V" + std::to_string(file_no++) + "__" + kind + ".sql")) << text;
  };
  {
    std::ostringstream s;
    s << "CREATE TABLE tenants (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n"
         "  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n"
         "CREATE TYPE record_state AS ENUM ('new', 'active', 'archived');\n";
    write("base", s.str());
  }
  std::uint64_t bytes = 0;
  for (std::size_t first = 0; first < n; first += per_file) {
    const std::size_t last = std::min(n, first + per_file);
    std::ostringstream tables;
    std::ostringstream fks;
    std::ostringstream indexes;
    std::ostringstream rls;
    for (std::size_t i = first; i < last; ++i) {
      const std::string t = table_name(i);
      const bool planted = rng.chance(5);
      tables << "CREATE TABLE " << t << " (\n"
             << "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
             << "  tenant_id uuid " << (planted && rng.chance(30) ? "" : "NOT NULL ")
             << "REFERENCES tenants (id),\n"
             << "  name text NOT NULL,\n"
             << "  state record_state NOT NULL DEFAULT 'new',\n"
             << "  amount numeric(12,2),\n"
             << "  payload " << (planted && rng.chance(30) ? "json" : "jsonb") << ",\n"
             << "  code " << (planted && rng.chance(30) ? "varchar(40)" : "text") << ",\n";
      if (i > first && rng.chance(60)) {
        const std::size_t target = first + rng.below(i - first);
        tables << "  " << table_name(target) << "_id bigint REFERENCES " << table_name(target)
               << " (id),\n";
        if (!planted) {
          indexes << "CREATE INDEX " << t << "_" << table_name(target) << "_idx ON " << t << " ("
                  << table_name(target) << "_id);\n";
        }
      }
      if (planted && rng.chance(20)) {
        tables << "  phone1 text,\n  phone2 text,\n  phone3 text,\n";
      }
      tables << "  created_at " << (planted && rng.chance(30) ? "timestamp" : "timestamptz")
             << " NOT NULL DEFAULT now(),\n"
             << "  updated_at timestamptz\n);\n";
      // A later-file FK to a table of an earlier group (or this one).
      if (i > 0 && rng.chance(40)) {
        const std::size_t target = rng.below(i);
        fks << "ALTER TABLE " << t << " ADD COLUMN ref_" << target << "_id bigint;\n"
            << "ALTER TABLE " << t << " ADD CONSTRAINT " << t << "_ref_" << target
            << "_fkey FOREIGN KEY (ref_" << target << "_id) REFERENCES " << table_name(target)
            << " (id);\n";
        if (!planted) {
          indexes << "CREATE INDEX " << t << "_ref_" << target << "_idx ON " << t << " (ref_"
                  << target << "_id);\n";
        }
      }
      indexes << "CREATE INDEX " << t << "_tenant_idx ON " << t << " (tenant_id, created_at);\n";
      if (!(planted && rng.chance(40))) {
        rls << "ALTER TABLE " << t << " ENABLE ROW LEVEL SECURITY;\n"
            << "ALTER TABLE " << t << " FORCE ROW LEVEL SECURITY;\n"
            << "CREATE POLICY " << t << "_isolation ON " << t
            << " USING (tenant_id = current_setting('app.tenant_id')::uuid)"
            << " WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);\n";
      }
    }
    const std::string ts = tables.str();
    const std::string fs = fks.str();
    const std::string is = indexes.str();
    const std::string rs = rls.str();
    bytes += ts.size() + fs.size() + is.size() + rs.size();
    write("tables", ts);
    write("fks", fs);
    write("indexes", is);
    write("rls", rs);
  }
  std::printf("%zu tables, %zu files, %llu bytes in %s\n", n, file_no - 1,
              static_cast<unsigned long long>(bytes), out.string().c_str());
  return 0;
}
