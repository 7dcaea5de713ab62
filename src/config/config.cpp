#include "config/config.h"

#include "base/embedded.h"
#include "base/error.h"
#include "base/files.h"
#include "base/line_index.h"
#include "base/strings.h"
#include "rules/registry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>

namespace ddlint {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& file, const std::string& key, const std::string& what) {
  throw ConfigError(file + ": " + (key.empty() ? std::string() : key + ": ") + what);
}

const char* json_type(const json& j) {
  switch (j.type()) {
  case json::value_t::null:
    return "null";
  case json::value_t::boolean:
    return "a boolean";
  case json::value_t::number_integer:
  case json::value_t::number_unsigned:
    return "an integer";
  case json::value_t::number_float:
    return "a number";
  case json::value_t::string:
    return "a string";
  case json::value_t::array:
    return "an array";
  case json::value_t::object:
    return "an object";
  default:
    return "a value";
  }
}

json parse_json(std::string_view text, const std::string& name) {
  try {
    return json::parse(text.begin(), text.end(), nullptr, true, true);
  } catch (const json::parse_error& e) {
    const LineIndex idx(text);
    const LineCol lc = idx.at(e.byte > 0 ? e.byte - 1 : 0);
    std::string msg = e.what();
    const auto pos = msg.find("]: ");
    throw ConfigError(name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) +
                      ": invalid JSON: " + (pos != std::string::npos ? msg.substr(pos + 3) : msg));
  }
}

std::vector<std::string> string_list(const json& j, const std::string& file,
                                     const std::string& key) {
  if (!j.is_array()) {
    fail(file, key, std::string("expected an array of strings, got ") + json_type(j));
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < j.size(); ++i) {
    if (!j[i].is_string()) {
      fail(file, key + "[" + std::to_string(i) + "]",
           std::string("expected a string, got ") + json_type(j[i]));
    }
    out.push_back(j[i].get<std::string>());
  }
  return out;
}

bool type_ok(rules::OptionType t, const json& v) {
  switch (t) {
  case rules::OptionType::Bool:
    return v.is_boolean();
  case rules::OptionType::Int:
    return v.is_number_integer();
  case rules::OptionType::Float:
    return v.is_number();
  case rules::OptionType::String:
    return v.is_string();
  case rules::OptionType::StringList:
    return v.is_array() &&
           std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); });
  }
  return false;
}

void set_option(RuleSetting& s, const std::string& name, std::string value) {
  for (auto& [k, v] : s.options) {
    if (k == name) {
      v = std::move(value);
      return;
    }
  }
  s.options.emplace_back(name, std::move(value));
}

void apply_rule_setting(Config& cfg, const std::string& file, const std::string& id,
                        const json& v) {
  const rules::Rule* rule = rules::find(id);
  const std::string key = "rules." + id;
  if (rule == nullptr) {
    const auto retired = rules::retired_ids();
    if (std::find(retired.begin(), retired.end(), id) != retired.end()) {
      fail(file, key, "rule \"" + id + "\" was removed from ddlint");
    }
    fail(file, key, "unknown rule \"" + id + "\" (see `ddlint rules`)");
  }
  RuleSetting& s = cfg.rules[id];
  auto set_severity = [&](const json& sv, const std::string& k) {
    if (!sv.is_string()) {
      fail(file, k,
           std::string("expected \"error\", \"warning\", \"info\" or \"off\", got ") +
               json_type(sv));
    }
    const std::string text = sv.get<std::string>();
    if (text == "off") {
      s.enabled = false;
      return;
    }
    const auto sev = parse_severity(text);
    if (!sev) {
      fail(file, k, "expected \"error\", \"warning\", \"info\" or \"off\", got \"" + text + "\"");
    }
    s.enabled = true;
    s.severity = *sev;
  };
  if (v.is_string()) {
    set_severity(v, key);
    return;
  }
  if (!v.is_object()) {
    fail(file, key, std::string("expected a severity string or an object, got ") + json_type(v));
  }
  s.enabled = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it.key() == "severity") {
      set_severity(it.value(), key + ".severity");
      continue;
    }
    const auto& opts = rule->meta().options;
    const auto spec = std::find_if(opts.begin(), opts.end(),
                                   [&](const rules::OptionSpec& o) { return o.name == it.key(); });
    if (spec == opts.end()) {
      std::string known;
      for (const rules::OptionSpec& o : opts) {
        known += (known.empty() ? "" : ", ") + std::string(o.name);
      }
      fail(file, key + "." + it.key(),
           "unknown option for " + id +
               (known.empty() ? " (it has no options)" : " (options: " + known + ")"));
    }
    if (!type_ok(spec->type, it.value())) {
      fail(file, key + "." + it.key(),
           std::string("expected ") + rules::to_string(spec->type) + ", got " +
               json_type(it.value()));
    }
    set_option(s, it.key(), it.value().dump());
  }
}

void merge(Config& cfg, const json& j, const std::string& file, const std::string& dir, int depth);

void apply_extends(Config& cfg, const json& v, const std::string& file, const std::string& dir,
                   int depth) {
  if (depth > 8) {
    fail(file, "extends", "presets extend each other too deeply (a cycle?)");
  }
  std::vector<std::string> names;
  if (v.is_string()) {
    names.push_back(v.get<std::string>());
  } else if (v.is_array()) {
    names = string_list(v, file, "extends");
  } else {
    fail(file, "extends", std::string("expected a preset name or a list, got ") + json_type(v));
  }
  for (const std::string& name : names) {
    if (name.size() > 5 && name.ends_with(".json")) {
      const fs::path p = fs::path(name).is_absolute() ? fs::path(name) : fs::path(dir) / name;
      const files::ReadResult r = files::read(p.string(), 16U * 1024U * 1024U);
      if (!r.error.empty()) {
        fail(file, "extends", "cannot read " + r.error);
      }
      merge(cfg, parse_json(r.content, p.string()), p.string(), p.parent_path().string(),
            depth + 1);
      cfg.extends_chain.push_back(p.string());
      continue;
    }
    const auto preset = embedded::find("rules/" + name + ".json");
    if (!preset) {
      std::string known;
      for (const std::string& n : preset_names()) {
        known += (known.empty() ? "" : ", ") + n;
      }
      fail(file, "extends", "unknown preset \"" + name + "\" (presets: " + known + ")");
    }
    merge(cfg, parse_json(*preset, "rules/" + name + ".json"), "rules/" + name + ".json", dir,
          depth + 1);
    cfg.extends_chain.push_back(name);
  }
}

void merge(Config& cfg, const json& j, const std::string& file, const std::string& dir, int depth) {
  if (!j.is_object()) {
    fail(file, "", std::string("expected a JSON object at the top level, got ") + json_type(j));
  }
  // `extends` first, so that this file's settings win.
  if (const auto it = j.find("extends"); it != j.end()) {
    apply_extends(cfg, *it, file, dir, depth);
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    if (k == "extends" || k == "$schema" || k == "$comment") {
      continue;
    }
    if (k == "postgres_version") {
      if (!v.is_number_integer() || v.get<int>() < 13 || v.get<int>() > 17) {
        fail(file, k, "expected an integer from 13 to 17");
      }
      cfg.postgres_version = v.get<int>();
    } else if (k == "rules") {
      if (!v.is_object()) {
        fail(file, k, std::string("expected an object, got ") + json_type(v));
      }
      for (auto r = v.begin(); r != v.end(); ++r) {
        apply_rule_setting(cfg, file, r.key(), r.value());
      }
    } else if (k == "tenancy") {
      if (!v.is_object()) {
        fail(file, k, std::string("expected an object, got ") + json_type(v));
      }
      for (auto t = v.begin(); t != v.end(); ++t) {
        const std::string tk = "tenancy." + t.key();
        if (t.key() == "columns") {
          cfg.tenancy.columns = string_list(t.value(), file, tk);
        } else if (t.key() == "root_tables") {
          cfg.tenancy.root_tables = string_list(t.value(), file, tk);
        } else if (t.key() == "global_tables") {
          cfg.tenancy.global_tables = string_list(t.value(), file, tk);
        } else if (t.key() == "allow_indirect") {
          if (!t.value().is_boolean()) {
            fail(file, tk, std::string("expected a boolean, got ") + json_type(t.value()));
          }
          cfg.tenancy.allow_indirect = t.value().get<bool>();
        } else {
          fail(file, tk,
               "unknown key (known: columns, root_tables, global_tables, allow_indirect)");
        }
      }
    } else if (k == "security") {
      if (!v.is_object()) {
        fail(file, k, std::string("expected an object, got ") + json_type(v));
      }
      for (auto s = v.begin(); s != v.end(); ++s) {
        if (s.key() == "exposed_schemas") {
          cfg.exposed_schemas = string_list(s.value(), file, "security.exposed_schemas");
        } else {
          fail(file, "security." + s.key(), "unknown key (known: exposed_schemas)");
        }
      }
    } else if (k == "external") {
      for (std::string& e : string_list(v, file, k)) {
        cfg.external.push_back(std::move(e));
      }
    } else if (k == "include") {
      cfg.include = string_list(v, file, k);
    } else if (k == "exclude") {
      cfg.exclude = string_list(v, file, k);
    } else if (k == "ignore") {
      if (!v.is_array()) {
        fail(file, k, std::string("expected an array of objects, got ") + json_type(v));
      }
      for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string ik = "ignore[" + std::to_string(i) + "]";
        if (!v[i].is_object()) {
          fail(file, ik, std::string("expected an object, got ") + json_type(v[i]));
        }
        IgnoreEntry e;
        for (auto f = v[i].begin(); f != v[i].end(); ++f) {
          if (!f.value().is_string()) {
            fail(file, ik + "." + f.key(),
                 std::string("expected a string, got ") + json_type(f.value()));
          }
          const std::string s = f.value().get<std::string>();
          if (f.key() == "rule") {
            if (s.find_first_of("*?") == std::string::npos && rules::find(s) == nullptr) {
              fail(file, ik + ".rule", "unknown rule \"" + s + "\"");
            }
            e.rule = s;
          } else if (f.key() == "schema") {
            e.schema = s;
          } else if (f.key() == "table") {
            e.table = s;
          } else if (f.key() == "column") {
            e.column = s;
          } else if (f.key() == "file") {
            e.file = s;
          } else {
            fail(file, ik + "." + f.key(),
                 "unknown key (known: rule, schema, table, column, file)");
          }
        }
        cfg.ignore.push_back(std::move(e));
      }
    } else if (k == "baseline") {
      if (!v.is_string()) {
        fail(file, k, std::string("expected a string, got ") + json_type(v));
      }
      const fs::path p(v.get<std::string>());
      cfg.baseline = p.is_absolute() || dir.empty() ? p.string() : (fs::path(dir) / p).string();
    } else if (k == "include_down") {
      if (!v.is_boolean()) {
        fail(file, k, std::string("expected a boolean, got ") + json_type(v));
      }
      cfg.include_down = v.get<bool>();
    } else if (k == "max_file_size") {
      if (!v.is_number_unsigned() && !v.is_number_integer()) {
        fail(file, k, std::string("expected a number of bytes, got ") + json_type(v));
      }
      // Positions are 32-bit byte offsets (SourceRef): no file can be larger than that.
      if (v.is_number_integer() && v.get<std::int64_t>() < 1) {
        fail(file, k, "expected a positive number of bytes");
      }
      if (v.get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max()) {
        fail(file, k, "at most 4294967295 bytes (4 GiB - 1): positions are 32-bit offsets");
      }
      cfg.max_file_size = v.get<std::uint64_t>();
    } else if (k == "max_findings_per_file") {
      if (!v.is_number_integer() || v.get<std::int64_t>() < 1) {
        fail(file, k, "expected a positive integer");
      }
      cfg.max_findings_per_file = v.get<std::uint32_t>();
    } else {
      fail(file, k,
           "unknown key (known: extends, postgres_version, rules, tenancy, security, external, "
           "include, exclude, ignore, baseline, include_down, max_file_size, "
           "max_findings_per_file)");
    }
  }
}

Config base_config() {
  Config cfg;
  for (const rules::Rule* r : rules::all()) {
    RuleSetting s;
    s.enabled = false;
    s.severity = r->meta().default_severity;
    cfg.rules.emplace(std::string(r->meta().id), std::move(s));
  }
  return cfg;
}

} // namespace

bool Config::enabled(std::string_view rule) const {
  const RuleSetting* s = setting(rule);
  return s != nullptr && s->enabled;
}

Severity Config::severity(std::string_view rule) const {
  const RuleSetting* s = setting(rule);
  return s != nullptr ? s->severity : Severity::Warning;
}

const RuleSetting* Config::setting(std::string_view rule) const {
  const auto it = rules.find(rule);
  return it == rules.end() ? nullptr : &it->second;
}

bool Config::is_external(std::string_view name) const {
  for (const std::string& e : external) {
    if (e == name || str::glob_match(e, name)) {
      return true;
    }
    // "auth" (a schema) covers "auth.users" and "auth.uid()".
    if (e.find('.') == std::string::npos && e.find('*') == std::string::npos &&
        name.size() > e.size() && name.substr(0, e.size()) == e && name[e.size()] == '.') {
      return true;
    }
    // "auth.uid" matches "auth.uid()" as well.
    if (name.ends_with("()") && name.substr(0, name.size() - 2) == e) {
      return true;
    }
  }
  return false;
}

Config default_config() {
  Config cfg = base_config();
  apply_extends(cfg, json("recommended"), "<defaults>", ".", 0);
  return cfg;
}

Config parse_config(std::string_view text, const std::string& name, const std::string& dir) {
  const json j = parse_json(text, name);
  Config cfg = base_config();
  if (!j.is_object() || !j.contains("extends")) {
    apply_extends(cfg, json("recommended"), name, dir, 0);
  }
  merge(cfg, j, name, dir, 0);
  cfg.file = name;
  cfg.dir = dir;
  return cfg;
}

Config load_config(const std::optional<std::string>& path, const std::string& cwd) {
  std::string found;
  if (path) {
    found = *path;
  } else {
    fs::path d = fs::path(cwd);
    while (true) {
      const fs::path candidate = d / ".ddlint.json";
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec)) {
        found = candidate.string();
        break;
      }
      if (!d.has_parent_path() || d.parent_path() == d) {
        break;
      }
      d = d.parent_path();
    }
  }
  if (found.empty()) {
    Config cfg = default_config();
    cfg.dir = cwd;
    return cfg;
  }
  const files::ReadResult r = files::read(found, 16U * 1024U * 1024U);
  if (!r.error.empty()) {
    throw ConfigError("cannot read config " + r.error);
  }
  const fs::path dir =
      fs::path(found).has_parent_path() ? fs::path(found).parent_path() : fs::path(cwd);
  return parse_config(r.content, found, dir.string());
}

std::vector<std::string> preset_names() {
  std::vector<std::string> out;
  for (const embedded::File& f : embedded::files()) {
    if (f.path.starts_with("rules/") && f.path.ends_with(".json")) {
      out.emplace_back(f.path.substr(6, f.path.size() - 11));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace ddlint
