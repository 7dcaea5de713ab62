#include "suppress/baseline.h"

#include "base/error.h"
#include "base/files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace ddlint::suppress {
namespace {

constexpr std::uint64_t kMaxBaselineBytes = 256ULL * 1024 * 1024;

bool entry_less(const BaselineEntry& a, const BaselineEntry& b) {
  return std::tie(a.rule, a.object, a.message, a.fingerprint) <
         std::tie(b.rule, b.object, b.message, b.fingerprint);
}

} // namespace

std::string write_baseline(const std::vector<Finding>& findings) {
  std::vector<BaselineEntry> entries;
  entries.reserve(findings.size());
  for (const Finding& f : findings) {
    entries.push_back(
        BaselineEntry{f.fingerprint.str(), f.rule.string(), f.object.display(), f.message.str()});
  }
  std::sort(entries.begin(), entries.end(), entry_less);
  nlohmann::ordered_json root;
  root["$schema"] = "https://github.com/ddlint/ddlint/schemas/baseline.schema.json";
  root["version"] = 1;
  root["comment"] = "Findings accepted when this file was written by `ddlint baseline`; "
                    "`ddlint check` does not count them. Matched by fingerprint (rule and "
                    "object, never line numbers or file names). Remove entries as they are fixed.";
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries) {
    nlohmann::ordered_json j;
    j["fingerprint"] = e.fingerprint;
    j["rule"] = e.rule;
    if (!e.object.empty()) {
      j["object"] = e.object;
    }
    j["message"] = e.message;
    list.push_back(std::move(j));
  }
  root["findings"] = std::move(list);
  return root.dump(2) + "\n";
}

Baseline read_baseline(const std::string& path) {
  const files::ReadResult r = files::read(path, kMaxBaselineBytes);
  if (!r.error.empty()) {
    throw IoError("cannot read baseline " + r.error + " (write one with `ddlint baseline`)");
  }
  Baseline b;
  b.path = path;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(r.content);
  } catch (const nlohmann::json::exception& e) {
    throw ConfigError(path + ": invalid JSON: " + e.what());
  }
  if (!j.is_object() || !j.contains("findings") || !j["findings"].is_array()) {
    throw ConfigError(path + ": not a ddlint baseline (expected an object with \"findings\")");
  }
  if (j.contains("version") && j["version"] != 1) {
    throw ConfigError(path + ": version: unsupported baseline version " + j["version"].dump());
  }
  const auto& list = j["findings"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& e = list[i];
    const std::string key = path + ": findings[" + std::to_string(i) + "]";
    if (!e.is_object() || !e.contains("fingerprint") || !e["fingerprint"].is_string()) {
      throw ConfigError(key + ": expected an object with a \"fingerprint\" string");
    }
    BaselineEntry be;
    be.fingerprint = e["fingerprint"].get<std::string>();
    auto text = [&](const char* k) {
      return e.contains(k) && e[k].is_string() ? e[k].get<std::string>() : std::string();
    };
    be.rule = text("rule");
    be.object = text("object");
    be.message = text("message");
    b.entries.push_back(std::move(be));
  }
  return b;
}

BaselineOutcome apply_baseline(std::vector<Finding>& findings, const Baseline& baseline) {
  BaselineOutcome out;
  std::map<std::string, std::vector<const BaselineEntry*>, std::less<>> pool;
  for (const BaselineEntry& e : baseline.entries) {
    pool[e.fingerprint].push_back(&e);
  }
  const auto before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    const auto it = pool.find(f.fingerprint);
    if (it == pool.end() || it->second.empty()) {
      return false;
    }
    it->second.pop_back();
    return true;
  });
  out.baselined = static_cast<std::uint32_t>(before - findings.size());
  for (const auto& [fp, left] : pool) {
    for (const BaselineEntry* e : left) {
      out.stale.push_back(*e);
    }
  }
  std::sort(out.stale.begin(), out.stale.end(), entry_less);
  return out;
}

} // namespace ddlint::suppress
