// `ddlint rules`: the rule catalogue with category, default and effective severity, presets.
#include "cli/commands.h"
#include "config/config.h"
#include "rules/registry.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ddlint::cli {

int cmd_rules(const RulesOptions& o, Io& io) {
  const Config cfg =
      load_config(o.config.empty() ? std::nullopt : std::optional<std::string>(o.config), io.cwd);
  std::vector<std::pair<std::string, Config>> presets;
  for (const std::string& name : preset_names()) {
    presets.emplace_back(name,
                         parse_config("{\"extends\": \"" + name + "\"}", "<" + name + ">", "."));
  }
  if (o.format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const rules::Rule* r : rules::all()) {
      const rules::RuleMeta& m = r->meta();
      nlohmann::ordered_json j;
      j["id"] = m.id;
      j["category"] = to_string(m.category);
      j["summary"] = m.summary;
      j["default_severity"] = to_string(m.default_severity);
      j["enabled"] = cfg.enabled(m.id);
      j["severity"] = cfg.enabled(m.id) ? to_string(cfg.severity(m.id)) : "off";
      j["recommended"] = m.recommended;
      nlohmann::ordered_json in = nlohmann::ordered_json::array();
      for (const auto& [name, pc] : presets) {
        if (pc.enabled(m.id)) {
          in.push_back(name);
        }
      }
      j["presets"] = std::move(in);
      j["fix"] = rules::to_string(m.fix);
      nlohmann::ordered_json opts = nlohmann::ordered_json::array();
      for (const rules::OptionSpec& os : m.options) {
        opts.push_back({{"name", os.name},
                        {"type", rules::to_string(os.type)},
                        {"default", nlohmann::json::parse(os.default_value)},
                        {"doc", os.doc}});
      }
      j["options"] = std::move(opts);
      rules.push_back(std::move(j));
    }
    nlohmann::ordered_json root;
    root["rules"] = std::move(rules);
    write_output("-", root.dump(2) + "\n", io);
    return 0;
  }
  std::string out = fmt::format("{:<32} {:<14} {:<9} {:<9} {:<28} {}\n", "rule", "category",
                                "default", "effective", "presets", "fix");
  for (const rules::Rule* r : rules::all()) {
    const rules::RuleMeta& m = r->meta();
    std::string in;
    for (const auto& [name, pc] : presets) {
      if (pc.enabled(m.id)) {
        in += (in.empty() ? "" : ",") + name;
      }
    }
    out += fmt::format("{:<32} {:<14} {:<9} {:<9} {:<28} {}\n", m.id, to_string(m.category),
                       to_string(m.default_severity),
                       cfg.enabled(m.id) ? to_string(cfg.severity(m.id)) : "off", in,
                       rules::to_string(m.fix));
  }
  write_output("-", out, io);
  return 0;
}

} // namespace ddlint::cli
