#include "support/fixture_runner.h"

#include "base/files.h"
#include "base/line_index.h"
#include "base/strings.h"
#include "config/config.h"
#include "engine/engine.h"
#include "rules/registry.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace ddlint::test {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  std::size_t file = 0;
  std::uint32_t line = 0;
  std::string rule;
  std::optional<std::uint32_t> column;
  std::string text;
  bool matched = false;
};

struct Directives {
  std::vector<std::string> rules; // empty: the directory's rule
  bool all = false;
  std::string preset;
  std::string skip;
};

struct CaseFile {
  std::string path;    // absolute or as found
  std::string display; // relative to the tests dir
  std::string content; // annotations blanked
};

std::string read_or_empty(const std::string& path) {
  const files::ReadResult r = files::read(path, 64U * 1024U * 1024U);
  return r.content;
}

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Parses "a, b@7, c "text"" into expectations for one line.
std::vector<Expectation> parse_expect_list(std::string_view s, std::string& error) {
  std::vector<Expectation> out;
  std::size_t i = 0;
  auto skip_ws = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
      ++i;
    }
  };
  while (true) {
    skip_ws();
    if (i >= s.size()) {
      break;
    }
    Expectation e;
    const std::size_t b = i;
    while (i < s.size() && is_id_char(s[i])) {
      ++i;
    }
    e.rule = std::string(s.substr(b, i - b));
    if (e.rule.empty()) {
      error = "cannot read expectation at \"" + std::string(s.substr(b)) + "\"";
      return {};
    }
    if (i < s.size() && s[i] == '@') {
      ++i;
      std::uint32_t col = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        col = col * 10 + static_cast<std::uint32_t>(s[i] - '0');
        ++i;
      }
      e.column = col;
    }
    skip_ws();
    if (i < s.size() && s[i] == '"') {
      const std::size_t q = s.find('"', i + 1);
      if (q == std::string_view::npos) {
        error = "unterminated message text";
        return {};
      }
      e.text = std::string(s.substr(i + 1, q - i - 1));
      i = q + 1;
    }
    out.push_back(std::move(e));
    skip_ws();
    if (i < s.size() && s[i] == ',') {
      ++i;
    }
  }
  return out;
}

// Reads annotations from `content`, blanks them in place, and appends to `expects`.
void read_annotations(std::string& content, std::size_t file_index, const std::string& display,
                      std::vector<Expectation>& expects, Directives& dir,
                      std::vector<std::string>& problems) {
  const LineIndex idx(content);
  std::vector<Expectation> pending; // own-line expectations waiting for their line
  for (std::uint32_t line = 1; line <= idx.line_count(); ++line) {
    const std::size_t start = idx.line_start(line);
    const std::string_view text = idx.line_text(line);
    const auto e = text.find("-- expect:");
    const auto t = text.find("-- test:");
    if (t != std::string_view::npos && str::trim(text.substr(0, t)).empty()) {
      for (const std::string& part : str::split(str::trim(text.substr(t + 8)), ' ')) {
        const std::string_view p = str::trim(part);
        if (p.starts_with("rules=")) {
          const std::string_view v = p.substr(6);
          if (v == "all") {
            dir.all = true;
          } else {
            for (const std::string& r : str::split(v, ',')) {
              dir.rules.push_back(r);
            }
          }
        } else if (p.starts_with("preset=")) {
          dir.preset = std::string(p.substr(7));
        } else if (p.starts_with("skip=")) {
          dir.skip = std::string(str::trim(text.substr(t + 8)).substr(5));
          break;
        } else if (!p.empty()) {
          problems.push_back(display + ":" + std::to_string(line) + ": unknown test directive \"" +
                             std::string(p) + "\"");
        }
      }
      for (std::size_t k = start + t; k < start + text.size(); ++k) {
        content[k] = ' ';
      }
      continue;
    }
    if (e == std::string_view::npos) {
      if (!pending.empty() && !str::trim(text).empty()) {
        for (Expectation& x : pending) {
          x.line = line;
          expects.push_back(std::move(x));
        }
        pending.clear();
      }
      continue;
    }
    std::string error;
    std::vector<Expectation> list = parse_expect_list(text.substr(e + 10), error);
    if (!error.empty()) {
      problems.push_back(display + ":" + std::to_string(line) + ": " + error);
    }
    const bool own_line = str::trim(text.substr(0, e)).empty();
    for (Expectation& x : list) {
      x.file = file_index;
      if (own_line) {
        pending.push_back(std::move(x));
      } else {
        x.line = line;
        expects.push_back(std::move(x));
      }
    }
    // Blank the annotation so it cannot act as a suppression or a trailing column comment.
    for (std::size_t k = start + e; k < start + text.size(); ++k) {
      content[k] = ' ';
    }
  }
  for (const Expectation& x : pending) {
    problems.push_back(display + ": own-line expectation for " + x.rule +
                       " is not followed by a line it could apply to");
  }
}

std::optional<Config> case_config(const Fixture& fx, std::vector<std::string>& problems) {
  std::string cfg_path;
  if (fx.is_dir) {
    cfg_path = (fs::path(fx.path) / "ddlint.json").string();
  } else {
    fs::path p(fx.path);
    cfg_path = (p.parent_path() / (p.stem().string() + ".ddlint.json")).string();
  }
  if (!fs::exists(cfg_path)) {
    return std::nullopt;
  }
  try {
    return parse_config(read_or_empty(cfg_path), cfg_path, fs::path(cfg_path).parent_path());
  } catch (const std::exception& e) {
    problems.push_back(e.what());
    return std::nullopt;
  }
}

struct Lint {
  RunInputs inputs;
  std::vector<Finding> findings;
};

Lint lint(const std::vector<CaseFile>& files, const Config& cfg,
          const std::vector<std::string>& only) {
  Lint out;
  for (const CaseFile& f : files) {
    FileInput in;
    in.path = f.display;
    in.content = f.content;
    out.inputs.files.push_back(std::move(in));
  }
  const catalog::Catalog cat = engine::build_catalog(out.inputs, 1);
  out.findings = engine::run_rules(cat, out.inputs, cfg, only, 1);
  // The whole filter stage: suppression comments stay active (only annotations are blanked).
  engine::FilterOptions fo;
  fo.ran = engine::selected_rules(cfg, only);
  engine::apply_filters(out.findings, out.inputs, cfg, fo);
  engine::sort_findings(out.findings);
  return out;
}

std::string where(const RunInputs& inputs, const Finding& f, LineCol* lc_out = nullptr) {
  if (!f.loc.valid() || f.loc.file >= inputs.files.size()) {
    return "<no location>";
  }
  const LineCol lc = LineIndex(inputs.files[f.loc.file].content).at(f.loc.begin);
  if (lc_out != nullptr) {
    *lc_out = lc;
  }
  return inputs.files[f.loc.file].path + ":" + std::to_string(lc.line) + ":" +
         std::to_string(lc.column);
}

std::string tests_root() {
  return DDLINT_TESTS_DIR;
}

} // namespace

std::string Fixture::display_path() const {
  const fs::path rel = fs::path(path).lexically_relative(fs::path(tests_root()).parent_path());
  return rel.empty() ? path : rel.generic_string();
}

std::vector<Fixture> find_fixtures(const std::string& root) {
  std::vector<Fixture> out;
  const char* filter = std::getenv("DDLINT_FIXTURE_FILTER");
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return out;
  }
  std::vector<fs::path> rule_dirs;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory()) {
      rule_dirs.push_back(e.path());
    }
  }
  std::sort(rule_dirs.begin(), rule_dirs.end());
  for (const fs::path& rd : rule_dirs) {
    const std::string rule = rd.filename().string();
    if (filter != nullptr && *filter != '\0' && rule != filter) {
      continue;
    }
    std::vector<fs::path> entries;
    for (const auto& e : fs::directory_iterator(rd)) {
      entries.push_back(e.path());
    }
    std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) {
      return str::natural_less(a.string(), b.string());
    });
    for (const fs::path& p : entries) {
      if (fs::is_directory(p)) {
        out.push_back(Fixture{p.string(), rule, true});
      } else if (p.extension() == ".sql" && !p.string().ends_with(".fix.sql")) {
        out.push_back(Fixture{p.string(), rule, false});
      }
    }
  }
  return out;
}

FixtureResult run_fixture(const Fixture& fx) {
  FixtureResult res;
  std::vector<CaseFile> files;
  const fs::path tests_parent = fs::path(tests_root()).parent_path();
  auto add_file = [&](const fs::path& p) {
    CaseFile f;
    f.path = p.string();
    f.display = p.lexically_relative(tests_parent).generic_string();
    f.content = read_or_empty(f.path);
    files.push_back(std::move(f));
  };
  if (fx.is_dir) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::recursive_directory_iterator(fx.path)) {
      if (e.is_regular_file() && e.path().extension() == ".sql" &&
          !e.path().string().ends_with(".fix.sql")) {
        paths.push_back(e.path());
      }
    }
    std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) {
      return str::natural_less(a.generic_string(), b.generic_string());
    });
    for (const fs::path& p : paths) {
      add_file(p);
    }
  } else {
    add_file(fx.path);
  }
  std::vector<Expectation> expects;
  Directives dir;
  for (std::size_t i = 0; i < files.size(); ++i) {
    read_annotations(files[i].content, i, files[i].display, expects, dir, res.problems);
  }
  if (!dir.skip.empty()) {
    res.skipped = dir.skip;
    return res;
  }
  std::optional<Config> cfg_opt = case_config(fx, res.problems);
  Config cfg = cfg_opt ? *cfg_opt : default_config();
  if (!dir.preset.empty()) {
    cfg = parse_config("{\"extends\": \"" + dir.preset + "\"}", "<preset>", ".");
    if (cfg_opt) {
      res.problems.push_back(fx.display_path() + ": use either preset= or a config file");
    }
  }
  std::vector<std::string> only;
  if (dir.all) {
    for (const rules::Rule* r : rules::all()) {
      only.emplace_back(r->meta().id);
    }
  } else if (!dir.rules.empty()) {
    only = dir.rules;
  } else if (dir.preset.empty()) {
    only.push_back(fx.rule);
  }
  // Rules named in a fixture or its expectations must exist.
  for (const std::string& id : only) {
    if (rules::find(id) == nullptr && id != "unused-suppression") {
      res.problems.push_back(fx.display_path() + ": unknown rule \"" + id + "\"");
      return res;
    }
  }
  Lint first;
  try {
    first = lint(files, cfg, only);
  } catch (const std::exception& e) {
    res.problems.push_back(fx.display_path() + ": " + e.what());
    return res;
  }
  res.findings = first.findings.size();
  res.expectations = expects.size();

  // Two-way matching.
  for (const Finding& f : first.findings) {
    LineCol lc;
    const std::string w = where(first.inputs, f, &lc);
    bool found = false;
    for (Expectation& x : expects) {
      if (x.matched || x.rule != f.rule || x.file != f.loc.file || x.line != lc.line) {
        continue;
      }
      if (x.column && *x.column != lc.column) {
        continue;
      }
      if (!x.text.empty() && f.message.find(x.text) == std::string::npos) {
        continue;
      }
      x.matched = true;
      found = true;
      break;
    }
    if (!found) {
      res.problems.push_back(w + ": unexpected " + f.rule + ": " + f.message);
    }
  }
  for (const Expectation& x : expects) {
    if (!x.matched) {
      std::string detail = x.column ? "@" + std::to_string(*x.column) : "";
      if (!x.text.empty()) {
        detail += " \"" + x.text + "\"";
      }
      res.problems.push_back(files[x.file].display + ":" + std::to_string(x.line) + ": expected " +
                             x.rule + detail + ", not reported");
    }
  }

  // Metadata honesty.
  for (const Finding& f : first.findings) {
    const rules::Rule* r = rules::find(f.rule);
    if (r == nullptr) {
      continue;
    }
    const rules::RuleMeta& m = r->meta();
    const std::string w = where(first.inputs, f);
    if (m.fix == rules::FixAvailability::Always && f.fix.empty()) {
      res.problems.push_back(w + ": " + f.rule + " declares fix=always but gave none");
    }
    if (m.fix == rules::FixAvailability::None && !f.fix.empty()) {
      res.problems.push_back(w + ": " + f.rule + " declares fix=none but gave one");
    }
    const RuleSetting* s = cfg.setting(f.rule);
    const Severity want = s != nullptr ? s->severity : m.default_severity;
    if (f.severity != want) {
      res.problems.push_back(w + ": " + f.rule + " reported with severity " +
                             to_string(f.severity) + ", configured " + to_string(want));
    }
    if (f.category != m.category) {
      res.problems.push_back(w + ": " + f.rule + " reported with the wrong category");
    }
    if (f.message.empty()) {
      res.problems.push_back(w + ": " + f.rule + " reported an empty message");
    } else if (f.message.back() == '.' && f.rule != "syntax-error") {
      res.problems.push_back(w + ": " + f.rule + " message ends with a period: " + f.message);
    }
    if (f.fingerprint.size() != 16) {
      res.problems.push_back(w + ": " + f.rule + " has no fingerprint");
    }
  }

  // Fix property: appending each fix removes its finding and parses.
  std::string all_fixes;
  for (const Finding& f : first.findings) {
    if (f.fix.empty()) {
      continue;
    }
    all_fixes += "-- " + f.rule + ": " + f.message + "\n" + *f.fix + "\n";
    std::vector<CaseFile> fixed = files;
    const std::size_t before = fixed.back().content.size();
    fixed.back().content += "\n" + *f.fix + "\n";
    Lint again = lint(fixed, cfg, only);
    for (const Finding& g : again.findings) {
      if (g.fingerprint == f.fingerprint) {
        res.problems.push_back(where(first.inputs, f) + ": the fix of " + f.rule +
                               " does not remove the finding: " + *f.fix);
        break;
      }
    }
    // The fix itself must parse.
    Lint syntax = lint(fixed, cfg, {"syntax-error"});
    for (const Finding& g : syntax.findings) {
      if (g.loc.file == fixed.size() - 1 && g.loc.begin >= before) {
        res.problems.push_back(where(first.inputs, f) + ": the fix of " + f.rule +
                               " does not parse: " + g.message);
      }
    }
  }
  // Golden text of all fixes, when the case has one.
  const fs::path golden = fx.is_dir ? fs::path(fx.path) / "expected.fix.sql"
                                    : fs::path(fx.path).replace_extension(".fix.sql");
  const bool update = std::getenv("DDLINT_UPDATE_GOLDEN") != nullptr;
  if (fs::exists(golden)) {
    const std::string want = read_or_empty(golden.string());
    if (want != all_fixes) {
      if (update) {
        files::write(golden.string(), all_fixes);
      } else {
        res.problems.push_back(golden.string() + ": fix text differs from the golden file " +
                               "(DDLINT_UPDATE_GOLDEN=1 to accept):\n" + all_fixes);
      }
    }
  }
  return res;
}

std::vector<std::string> check_doc_examples(const std::string& doc_path, const std::string& rule) {
  std::vector<std::string> problems;
  const std::string doc = read_or_empty(doc_path);
  struct Block {
    std::string sql;
    std::uint32_t line;
  };
  std::vector<Block> blocks;
  std::string config_json; // a ```json block before the first example: its configuration
  const LineIndex idx(doc);
  for (std::uint32_t line = 1; line <= idx.line_count(); ++line) {
    const std::string_view t = idx.line_text(line);
    if (t == "```json" && blocks.empty()) {
      for (++line; line <= idx.line_count() && idx.line_text(line) != "```"; ++line) {
        config_json += std::string(idx.line_text(line)) + "\n";
      }
      continue;
    }
    if (t == "```sql") {
      Block b{"", line};
      for (++line; line <= idx.line_count() && idx.line_text(line) != "```"; ++line) {
        b.sql += std::string(idx.line_text(line)) + "\n";
      }
      blocks.push_back(std::move(b));
    }
  }
  if (blocks.empty()) {
    problems.push_back(doc_path + ": no ```sql example");
    return problems;
  }
  Config cfg = config_json.empty() ? default_config() : parse_config(config_json, doc_path, "");
  // Doc examples run with the rule's defaults, whatever the preset says. Meta rules judge the
  // other rules' findings (a suppression is unused only relative to the rules that ran): their
  // examples run with every rule, and only their own findings count.
  const rules::Rule* self = rules::find(rule);
  const bool meta = self != nullptr && self->meta().category == Category::Meta;
  std::vector<std::string> only = {rule};
  if (meta) {
    only.clear();
    for (const rules::Rule* r : rules::all()) {
      only.emplace_back(r->meta().id);
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    CaseFile f{doc_path, doc_path + ":" + std::to_string(blocks[i].line), blocks[i].sql};
    Lint l = lint({f}, cfg, only);
    if (meta) {
      std::erase_if(l.findings, [&](const Finding& g) { return g.rule != rule; });
    }
    if (i == 0) {
      if (l.findings.empty()) {
        problems.push_back(doc_path + ":" + std::to_string(blocks[i].line) +
                           ": the first example does not trigger " + rule);
      }
    } else {
      for (const Finding& g : l.findings) {
        problems.push_back(doc_path + ":" + std::to_string(blocks[i].line) +
                           ": a later example should be clean but triggers " + g.rule + ": " +
                           g.message);
      }
    }
  }
  return problems;
}

} // namespace ddlint::test
