// `ddlint init`: writes a commented .ddlint.json for the repository in the working directory.
// It finds the migrations folder (the directory of .sql files with a well-known name, else the
// one with the most files), lints it once to detect the tenant column (SPEC section 4), and
// never overwrites an existing file.
#include "analysis/tenancy.h"
#include "base/error.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "config/config.h"
#include "engine/engine.h"
#include "source/discover.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace ddlint::cli {
namespace {

namespace fs = std::filesystem;

// Folder names that migration tools use, best first.
constexpr std::string_view kKnownFolders[] = {"db/migrations",
                                              "supabase/migrations",
                                              "migrations",
                                              "db/migrate",
                                              "db/migration",
                                              "src/main/resources/db/migration",
                                              "sql/migrations",
                                              "prisma/migrations",
                                              "schema",
                                              "sql",
                                              "db"};

// Directories not worth walking.
bool skipped_dir(const std::string& name) {
  return name.empty() || name[0] == '.' || name == "node_modules" || name == "vendor" ||
         name == "target" || name == "dist" || name == "venv" || name.starts_with("build");
}

struct Folder {
  std::string rel;        // relative to the repository, generic separators; "." for the root
  std::size_t direct = 0; // .sql files directly inside
  std::size_t nested = 0; // .sql files in subdirectories
};

std::vector<Folder> sql_folders(const fs::path& root) {
  std::map<std::string, Folder> by_dir;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec),
       end;
       it != end; it.increment(ec)) {
    if (ec) {
      break;
    }
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (skipped_dir(name)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!it->is_regular_file(ec) || name.size() < 5 ||
        !str::iequals(std::string_view(name).substr(name.size() - 4), ".sql") ||
        source::is_down_file(name)) {
      continue;
    }
    fs::path dir = it->path().parent_path().lexically_relative(root);
    const std::string rel = dir.empty() ? std::string(".") : dir.generic_string();
    Folder& f = by_dir[rel];
    f.rel = rel;
    ++f.direct;
    // Count the file for every ancestor folder too (Prisma keeps one folder per migration).
    for (fs::path p = dir.parent_path(); !p.empty(); p = p.parent_path()) {
      Folder& a = by_dir[p.generic_string()];
      a.rel = p.generic_string();
      ++a.nested;
    }
    if (rel != ".") {
      Folder& top = by_dir["."];
      top.rel = ".";
      ++top.nested;
    }
  }
  std::vector<Folder> out;
  for (auto& [rel, f] : by_dir) {
    out.push_back(f);
  }
  return out;
}

int known_rank(const std::string& rel) {
  for (std::size_t i = 0; i < std::size(kKnownFolders); ++i) {
    const std::string_view k = kKnownFolders[i];
    if (rel == k || rel.ends_with("/" + std::string(k))) {
      return static_cast<int>(i);
    }
  }
  return static_cast<int>(std::size(kKnownFolders));
}

// The migrations folder: a well-known name holding .sql files first, else the folder with the
// most .sql files (directly or below), shallower first.
std::optional<Folder> migrations_folder(const fs::path& root) {
  std::vector<Folder> folders = sql_folders(root);
  std::erase_if(folders, [](const Folder& f) { return f.direct + f.nested == 0; });
  if (folders.empty()) {
    return std::nullopt;
  }
  auto depth = [](const std::string& rel) {
    return rel == "." ? 0 : 1 + std::count(rel.begin(), rel.end(), '/');
  };
  std::sort(folders.begin(), folders.end(), [&](const Folder& a, const Folder& b) {
    const int ka = known_rank(a.rel);
    const int kb = known_rank(b.rel);
    if (ka != kb) {
      return ka < kb;
    }
    // Without a known name: the folder that holds the files directly, the most of them.
    if (a.direct != b.direct) {
      return a.direct > b.direct;
    }
    if (depth(a.rel) != depth(b.rel)) {
      return depth(a.rel) < depth(b.rel);
    }
    return a.rel < b.rel;
  });
  return folders.front();
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

} // namespace

int cmd_init(const InitOptions& o, Io& io) {
  const fs::path root = fs::absolute(o.dir.empty() ? fs::path(io.cwd) : fs::path(o.dir));
  const fs::path target = root / ".ddlint.json";
  std::error_code ec;
  if (fs::exists(target, ec)) {
    throw UsageError(target.string() + " already exists; ddlint init never overwrites it (edit "
                                       "it, or remove it and run ddlint init again)");
  }
  const std::optional<Folder> folder = migrations_folder(root);
  std::string include_line;
  std::string folder_note;
  struct Detected {
    std::string column;
    std::string root;
    std::size_t carriers = 0;
    std::size_t tables = 0;
  };
  std::optional<Detected> tenancy;
  if (folder) {
    const std::string glob = folder->rel == "." ? "**/*.sql" : folder->rel + "/**/*.sql";
    include_line = "  \"include\": [" + json_string(glob) + "],\n";
    folder_note = fmt::format("  // SQL files, applied in natural order (V2 before V10). Detected: "
                              "{} ({} .sql file{}).\n",
                              folder->rel, folder->direct + folder->nested,
                              folder->direct + folder->nested == 1 ? "" : "s");
    RunInputs inputs;
    Config cfg = default_config();
    engine::load_sources({(root / folder->rel).lexically_normal().string()}, cfg, inputs);
    const catalog::Catalog cat = engine::build_catalog(inputs, 0);
    // The same detection every run performs when tenancy.columns is absent.
    const analysis::Tenancy t(cat, cfg);
    if (t.source() == analysis::Tenancy::Source::Detected) {
      tenancy = Detected{t.columns().front(), t.root_names().empty() ? "" : t.root_names().front(),
                         t.carriers(), t.counted_tables()};
    }
  } else {
    folder_note = "  // SQL files, applied in natural order (V2 before V10). No .sql files were "
                  "found;\n  // name the migrations folder here.\n";
    include_line = "  \"include\": [\"db/migrations/**/*.sql\"],\n";
  }

  std::string text;
  text += "// ddlint configuration, written by `ddlint init`. JSON with comments.\n";
  text += "// Keys: docs/configuration.md; rules: `ddlint rules`, `ddlint explain RULE-ID`.\n";
  text += "{\n";
  text += "  // A preset: \"recommended\" (the default), \"strict\" (every rule) or "
          "\"supabase\".\n";
  text += "  \"extends\": \"recommended\",\n";
  text += "  // The PostgreSQL major version the schema targets.\n";
  text += "  \"postgres_version\": 15,\n";
  text += folder_note;
  text += include_line;
  text += "  \"exclude\": [],\n";
  if (tenancy) {
    text += fmt::format("  // Multi-tenancy. Detected: {} on {} of {} tables{}.\n", tenancy->column,
                        tenancy->carriers, tenancy->tables,
                        tenancy->root.empty() ? "" : ", root table " + tenancy->root);
    text += "  \"tenancy\": {\n";
    text += "    \"columns\": [" + json_string(tenancy->column) + "],\n";
    if (tenancy->root.empty()) {
      text += "    // No foreign key names the tenant table: add it here.\n";
      text += "    \"root_tables\": [],\n";
    } else {
      text += "    \"root_tables\": [" + json_string(tenancy->root) + "],\n";
    }
  } else {
    text += "  // Multi-tenancy: no tenant column was detected (none of tenant_id, "
            "client_account_id,\n";
    text += "  // organization_id, org_id, account_id, workspace_id, client_id is on half of the "
            "tables).\n";
    text += "  // While \"columns\" is absent, ddlint detects it on every run; name yours to be "
            "sure.\n";
    text += "  \"tenancy\": {\n";
    text += "    // \"columns\": [\"tenant_id\"],\n";
    text += "    // \"root_tables\": [\"public.tenants\"],\n";
  }
  text += "    // Shared tables that are not tenant-scoped (globs, e.g. \"public.countries\").\n";
  text += "    \"global_tables\": []\n";
  text += "  },\n";
  text += "  // Objects defined outside these files, e.g. \"auth.users\", \"auth.uid()\".\n";
  text += "  \"external\": [],\n";
  text += "  // Per rule: \"error\", \"warning\", \"info\" or \"off\", or an object with "
          "\"severity\" and options.\n";
  text += "  \"rules\": {},\n";
  text += "  // A baseline of accepted findings (write it with `ddlint baseline`):\n";
  text += "  // \"baseline\": \".ddlint-baseline.json\",\n";
  text += "  // Accepted exceptions: { \"rule\": ..., \"table\": ..., \"column\": ... } "
          "(globs).\n";
  text += "  \"ignore\": []\n";
  text += "}\n";

  // What we write must load; a bug here must not leave the user a broken file.
  (void)parse_config(text, target.string(), root.string());
  write_output(target.string(), text, io);
  io.out << "wrote " << target.string() << "\n";
  if (folder) {
    io.out << "  migrations: " << folder->rel << "\n";
  }
  io.out << "  tenant column: " << (tenancy ? tenancy->column : std::string("none detected"))
         << "\n";
  return 0;
}

} // namespace ddlint::cli
