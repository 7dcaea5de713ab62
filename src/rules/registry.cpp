#include "rules/registry.h"

#include <array>
#include <memory>

namespace ddlint::rules {

#define DDLINT_RULE(name) std::unique_ptr<Rule> make_##name();
#include "rules/rule_list.inc"
#undef DDLINT_RULE

namespace {

using Factory = std::unique_ptr<Rule> (*)();
constexpr Factory kFactories[] = {
#define DDLINT_RULE(name) &make_##name,
#include "rules/rule_list.inc"
#undef DDLINT_RULE
};

struct Instances {
  std::array<std::unique_ptr<Rule>, std::size(kFactories)> owned;
  std::array<const Rule*, std::size(kFactories)> views{};
  Instances() {
    for (std::size_t i = 0; i < std::size(kFactories); ++i) {
      owned[i] = kFactories[i]();
      views[i] = owned[i].get();
    }
  }
};

const Instances& instances() {
  static const Instances kInstances;
  return kInstances;
}

constexpr std::string_view kRetired[] = {
#define DDLINT_RETIRED(id) id,
#include "rules/retired_ids.inc"
#undef DDLINT_RETIRED
    ""};

} // namespace

std::span<const Rule* const> all() {
  return instances().views;
}

const Rule* find(std::string_view id) {
  for (const Rule* r : all()) {
    if (r->meta().id == id) {
      return r;
    }
  }
  return nullptr;
}

std::span<const std::string_view> retired_ids() {
  return {std::begin(kRetired), std::size(kRetired) - 1};
}

} // namespace ddlint::rules
