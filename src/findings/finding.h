// A finding: what a rule reports. Locations are byte ranges in a source file (or a live-database
// object); reporters turn them into lines and columns. The fingerprint identifies the problem
// independently of where it is written (rule id + object identity), so baselines survive edits.
#pragma once

#include "base/atom.h"
#include "base/box.h"
#include "base/compact_string.h"
#include "ir/source_ref.h"

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint {

enum class Severity : std::uint8_t { Info = 0, Warning = 1, Error = 2 };
const char* to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

enum class Category : std::uint8_t {
  Integrity,
  Indexing,
  Tenancy,
  Security,
  Constraints,
  Normalization,
  Naming,
  Types,
  Meta, // findings about ddlint's own input (suppressions)
};
const char* to_string(Category c);
inline constexpr Category kAllCategories[] = {
    Category::Integrity,   Category::Indexing,      Category::Tenancy, Category::Security,
    Category::Constraints, Category::Normalization, Category::Naming,  Category::Types};

// The object a finding is about; empty strings are absent keys. Names are interned (findings of
// one table repeat them) and the keys few findings carry are kept out of line.
struct ObjectRef {
  Box<std::vector<std::string>> columns; // all columns (only when more than one); first: no gap
  Atom schema;
  Atom table;
  Atom column; // the first column where several are involved
  Atom constraint;
  Atom index;
  Atom policy;
  Atom type;
  Atom function;

  bool empty() const;
  // "public.orders(client_id)" style, for messages and db locations.
  std::string display() const;
};

// A finding's fingerprint, 16 hex digits kept inline (a std::string of 16 characters needs a
// heap block besides its own 32 bytes). Empty until the finding is fingerprinted.
class Fingerprint {
public:
  static constexpr std::size_t kLength = 16;
  Fingerprint() = default;
  // Implicit, so that a fingerprint is assigned from text; text beyond 16 characters is cut.
  Fingerprint(std::string_view hex) { // NOLINT(google-explicit-constructor)
    n_ = static_cast<std::uint8_t>(std::min(hex.size(), kLength));
    std::copy_n(hex.data(), n_, d_.data());
  }
  Fingerprint(const std::string& hex) : Fingerprint(std::string_view(hex)) {} // NOLINT
  Fingerprint(const char* hex) : Fingerprint(std::string_view(hex)) {}        // NOLINT

  std::string_view view() const { return {d_.data(), n_}; }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); } // NOLINT(google-explicit-constructor)
  bool empty() const { return n_ == 0; }
  std::size_t size() const { return n_; }
  friend bool operator==(const Fingerprint& a, const Fingerprint& b) {
    return a.view() == b.view();
  }
  friend bool operator==(const Fingerprint& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Fingerprint& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const Fingerprint& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Fingerprint& a, const Fingerprint& b) {
    return a.view().compare(b.view()) <=> 0;
  }

private:
  std::array<char, kLength> d_{};
  std::uint8_t n_ = 0;
};

// Kept small (104 bytes): a run on 100,000 tables holds a quarter of a million findings at once.
// The message is one exact-size block; the fix and the related statements, which most findings
// lack, are out of line.
struct Finding {
  CompactString message;
  Box<std::vector<SourceRef>> related; // other statements that contributed (changed-files mode)
  ObjectRef object;
  Box<std::string> fix; // SQL, may be empty
  SourceRef loc;
  Atom rule;
  Fingerprint fingerprint;
  Category category = Category::Integrity;
  Severity severity = Severity::Warning;
};

// Hash of the rule id, the object identity and an optional discriminator (never locations).
std::string make_fingerprint(std::string_view rule, const ObjectRef& object,
                             std::string_view discriminator);

} // namespace ddlint
