// The bytes of one input file: an owned string, or a read-only private mapping of the file.
// A mapped text can give its pages back to the kernel once parsed (release_pages): it stays
// readable, and the few lines a report quotes come back from the page cache. That keeps the
// source out of the peak memory of the rules and reports (issue 9). No ddlint concepts.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace ddlint {

class SourceText {
public:
  SourceText() = default;
  SourceText(std::string s) : owned_(std::move(s)) {} // NOLINT(google-explicit-constructor)
  SourceText(std::string_view s) : owned_(s) {}       // NOLINT(google-explicit-constructor)
  SourceText(const char* s) : owned_(s) {}            // NOLINT(google-explicit-constructor)
  SourceText& operator=(std::string s) {
    owned_ = std::move(s);
    map_.reset();
    return *this;
  }
  SourceText& operator=(const char* s) { return *this = std::string(s); }

  // Maps `size` bytes of the open file `fd` (which the caller closes). Returns an empty
  // optional-like text (mapped() false) when the file cannot be mapped; callers then read it.
  static SourceText map(int fd, std::size_t size, const std::string& path);

  std::string_view view() const {
    return map_ ? std::string_view(map_->data, map_->size) : std::string_view(owned_);
  }
  operator std::string_view() const { return view(); } // NOLINT(google-explicit-constructor)
  const char* data() const { return view().data(); }
  std::size_t size() const { return view().size(); }
  bool empty() const { return size() == 0; }
  char operator[](std::size_t i) const { return view()[i]; }
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const {
    return view().substr(pos, n);
  }
  bool mapped() const { return map_ != nullptr; }

  // Drops the resident pages of a mapped text from this process (the text stays readable);
  // no effect on an owned text.
  void release_pages() const;

  // A mapping's entry in the SIGBUS handler's list (defined in source_text.cpp).
  struct Guard;

private:
  struct Mapping {
    const char* data = nullptr;
    std::size_t size = 0;
    Guard* guard = nullptr;
    Mapping() = default;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping();
  };

  std::string owned_;
  std::shared_ptr<const Mapping> map_; // copies share the mapping
};

} // namespace ddlint
