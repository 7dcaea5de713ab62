// The rule interface: metadata (id, category, default severity, preset membership, options,
// fix availability) plus a const check() that reads the finished catalog and reports findings.
// Rules never parse, never do I/O, and keep no state between runs.
#pragma once

#include "findings/finding.h"

#include <fmt/format.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint {
namespace catalog {
class Catalog;
struct Table;
struct Column;
struct Constraint;
struct Index;
struct Policy;
struct Type;
struct Function;
} // namespace catalog
namespace analysis {
class Analysis;
}
struct Config;
struct RunInputs;
} // namespace ddlint

namespace ddlint::rules {

enum class OptionType : std::uint8_t { Bool, Int, Float, String, StringList };
const char* to_string(OptionType t);

struct OptionSpec {
  std::string_view name;
  OptionType type = OptionType::Bool;
  std::string_view default_value; // JSON text: "true", "3", "\"^idx_\"", "[\"status\"]"
  std::string_view doc;
};

enum class FixAvailability : std::uint8_t { None, Sometimes, Always };
const char* to_string(FixAvailability f);

struct RuleMeta {
  std::string_view id;
  Category category = Category::Integrity;
  Severity default_severity = Severity::Warning;
  bool recommended = true;
  std::string_view summary;
  FixAvailability fix = FixAvailability::None;
  std::span<const OptionSpec> options;
  // Only meaningful for file input (syntax errors, apply order): excluded from --db parity.
  bool files_only = false;
};

class RuleContext;

class Rule {
public:
  Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  virtual void check(const RuleContext& ctx) const = 0;
};

class FindingBuilder;

// What a rule sees while it runs. Thread-compatible: one context per rule run.
class RuleContext {
public:
  RuleContext(const RuleMeta& meta, Severity severity, const catalog::Catalog& catalog,
              const analysis::Analysis& analysis, const RunInputs& inputs, const Config& config,
              const std::string& options_json, std::vector<Finding>& sink);

  const catalog::Catalog& catalog() const { return catalog_; }
  const analysis::Analysis& analysis() const { return analysis_; }
  const RunInputs& inputs() const { return inputs_; }
  const Config& config() const { return config_; }
  const RuleMeta& meta() const { return meta_; }

  // Option values (config value or the declared default). Unknown names are a programming
  // error and abort in debug builds.
  bool option_bool(std::string_view name) const;
  std::int64_t option_int(std::string_view name) const;
  double option_float(std::string_view name) const;
  std::string option_string(std::string_view name) const;
  std::vector<std::string> option_list(std::string_view name) const;

  // Starts a finding at `loc`; it is recorded when the builder goes out of scope.
  FindingBuilder report(const SourceRef& loc) const;

  // A one-line note for the user (printed once after the text report, e.g. what tenancy
  // detection found); identical notes from several rules are shown once.
  void note(std::string text) const;
  void set_notes(std::vector<std::string>* notes) { notes_ = notes; }

private:
  friend class FindingBuilder;
  void commit(Finding&& f) const;
  const struct OptionValue* find_option(std::string_view name) const;

  const RuleMeta& meta_;
  Severity severity_;
  const catalog::Catalog& catalog_;
  const analysis::Analysis& analysis_;
  const RunInputs& inputs_;
  const Config& config_;
  std::vector<std::pair<std::string, std::string>> options_; // name -> JSON value
  std::vector<Finding>& sink_;
  std::vector<std::string>* notes_ = nullptr;
};

class FindingBuilder {
public:
  FindingBuilder(const RuleContext& ctx, const SourceRef& loc);
  FindingBuilder(const FindingBuilder&) = delete;
  FindingBuilder& operator=(const FindingBuilder&) = delete;
  ~FindingBuilder();

  // Object: the table (and optionally one or more columns).
  FindingBuilder& table(const catalog::Table& t);
  FindingBuilder& column(std::string_view name);
  FindingBuilder& columns(const std::vector<std::string>& names);
  FindingBuilder& constraint(std::string_view name);
  FindingBuilder& index(std::string_view name);
  FindingBuilder& policy(std::string_view name);
  FindingBuilder& type(const catalog::Type& t);
  FindingBuilder& function(const catalog::Function& f);
  FindingBuilder& object(ObjectRef o);
  // Extra identity for the fingerprint when the object alone is not unique (never locations).
  FindingBuilder& discriminator(std::string d);
  FindingBuilder& related(const SourceRef& r);
  FindingBuilder& fix(std::string sql);
  FindingBuilder& message(std::string text);
  template <typename... Args>
  FindingBuilder& message(fmt::format_string<Args...> f, Args&&... args) {
    return message(fmt::format(f, std::forward<Args>(args)...));
  }

private:
  const RuleContext& ctx_;
  Finding f_;
  std::string discriminator_;
};

} // namespace ddlint::rules
