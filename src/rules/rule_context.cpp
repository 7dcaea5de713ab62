#include "catalog/model.h"
#include "config/config.h"
#include "rules/rule.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cassert>

namespace ddlint::rules {

const char* to_string(OptionType t) {
  switch (t) {
  case OptionType::Bool:
    return "a boolean";
  case OptionType::Int:
    return "an integer";
  case OptionType::Float:
    return "a number";
  case OptionType::String:
    return "a string";
  case OptionType::StringList:
    return "an array of strings";
  }
  return "a value";
}

const char* to_string(FixAvailability f) {
  switch (f) {
  case FixAvailability::None:
    return "none";
  case FixAvailability::Sometimes:
    return "sometimes";
  case FixAvailability::Always:
    return "always";
  }
  return "none";
}

RuleContext::RuleContext(const RuleMeta& meta, Severity severity, const catalog::Catalog& catalog,
                         const analysis::Analysis& analysis, const RunInputs& inputs,
                         const Config& config, const std::string& /*options_json*/,
                         std::vector<Finding>& sink)
    : meta_(meta), severity_(severity), catalog_(catalog), analysis_(analysis), inputs_(inputs),
      config_(config), sink_(sink) {
  for (const OptionSpec& o : meta.options) {
    options_.emplace_back(std::string(o.name), std::string(o.default_value));
  }
  if (const RuleSetting* s = config.setting(meta.id)) {
    for (const auto& [name, value] : s->options) {
      for (auto& [n, v] : options_) {
        if (n == name) {
          v = value;
        }
      }
    }
  }
}

namespace {

nlohmann::json option_json(const std::vector<std::pair<std::string, std::string>>& options,
                           std::string_view name) {
  for (const auto& [n, v] : options) {
    if (n == name) {
      return nlohmann::json::parse(v);
    }
  }
  assert(false && "unknown option name");
  return {};
}

} // namespace

bool RuleContext::option_bool(std::string_view name) const {
  const auto j = option_json(options_, name);
  return j.is_boolean() && j.get<bool>();
}

std::int64_t RuleContext::option_int(std::string_view name) const {
  const auto j = option_json(options_, name);
  return j.is_number() ? j.get<std::int64_t>() : 0;
}

double RuleContext::option_float(std::string_view name) const {
  const auto j = option_json(options_, name);
  return j.is_number() ? j.get<double>() : 0.0;
}

std::string RuleContext::option_string(std::string_view name) const {
  const auto j = option_json(options_, name);
  return j.is_string() ? j.get<std::string>() : std::string();
}

std::vector<std::string> RuleContext::option_list(std::string_view name) const {
  const auto j = option_json(options_, name);
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const auto& x : j) {
      if (x.is_string()) {
        out.push_back(x.get<std::string>());
      }
    }
  }
  return out;
}

FindingBuilder RuleContext::report(const SourceRef& loc) const {
  return FindingBuilder(*this, loc);
}

void RuleContext::note(std::string text) const {
  if (notes_ != nullptr && std::find(notes_->begin(), notes_->end(), text) == notes_->end()) {
    notes_->push_back(std::move(text));
  }
}

void RuleContext::commit(Finding&& f) const {
  sink_.push_back(std::move(f));
}

FindingBuilder::FindingBuilder(const RuleContext& ctx, const SourceRef& loc) : ctx_(ctx) {
  f_.rule = std::string(ctx.meta_.id);
  f_.category = ctx.meta_.category;
  f_.severity = ctx.severity_;
  f_.loc = loc;
}

FindingBuilder::~FindingBuilder() {
  if (f_.object.columns.size() == 1) {
    f_.object.columns.clear();
  }
  f_.fingerprint = make_fingerprint(f_.rule, f_.object, discriminator_);
  ctx_.commit(std::move(f_));
}

FindingBuilder& FindingBuilder::table(const catalog::Table& t) {
  f_.object.schema = t.schema;
  f_.object.table = t.name;
  return *this;
}

FindingBuilder& FindingBuilder::column(std::string_view name) {
  f_.object.column = name;
  return *this;
}

FindingBuilder& FindingBuilder::columns(const std::vector<std::string>& names) {
  if (!names.empty()) {
    f_.object.column = names.front();
  }
  f_.object.columns = names;
  return *this;
}

FindingBuilder& FindingBuilder::constraint(std::string_view name) {
  f_.object.constraint = name;
  return *this;
}

FindingBuilder& FindingBuilder::index(std::string_view name) {
  f_.object.index = name;
  return *this;
}

FindingBuilder& FindingBuilder::policy(std::string_view name) {
  f_.object.policy = name;
  return *this;
}

FindingBuilder& FindingBuilder::type(const catalog::Type& t) {
  f_.object.schema = t.schema;
  f_.object.type = t.name;
  return *this;
}

FindingBuilder& FindingBuilder::function(const catalog::Function& fn) {
  f_.object.schema = fn.schema;
  f_.object.function = fn.name;
  return *this;
}

FindingBuilder& FindingBuilder::object(ObjectRef o) {
  f_.object = std::move(o);
  return *this;
}

FindingBuilder& FindingBuilder::discriminator(std::string d) {
  discriminator_ = std::move(d);
  return *this;
}

FindingBuilder& FindingBuilder::related(const SourceRef& r) {
  if (r.valid()) {
    f_.related.mut().push_back(r);
  }
  return *this;
}

FindingBuilder& FindingBuilder::fix(std::string sql) {
  f_.fix = std::move(sql);
  return *this;
}

FindingBuilder& FindingBuilder::message(std::string text) {
  f_.message = std::move(text);
  return *this;
}

} // namespace ddlint::rules
