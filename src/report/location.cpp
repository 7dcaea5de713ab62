#include "report/location.h"

namespace ddlint::report {

const LineIndex* Locator::index(std::uint32_t file) const {
  if (file >= indexes_.size()) {
    return nullptr;
  }
  if (!indexes_[file]) {
    const FileInput& f = inputs_.files[file];
    indexes_[file] = std::make_unique<LineIndex>(f.content, f.lines);
  }
  return indexes_[file].get();
}

std::string_view Locator::path(std::uint32_t file) const {
  return file < inputs_.files.size() ? std::string_view(inputs_.files[file].path)
                                     : std::string_view();
}

Position Locator::position(const Finding& f) const {
  Position p;
  if (f.loc.from_db() || !f.loc.valid()) {
    const std::string obj = f.object.display();
    p.file = "db:" + (obj.empty() ? std::string("schema") : obj);
    if (!f.loc.from_db() && !f.loc.valid()) {
      p.file = obj.empty() ? std::string("<input>") : obj;
    }
    return p;
  }
  p.file = std::string(path(f.loc.file));
  if (const LineIndex* idx = index(f.loc.file)) {
    const LineCol b = idx->at(f.loc.begin);
    const LineCol e = idx->at(f.loc.end);
    p.has_lines = true;
    p.line = b.line;
    p.column = b.column;
    p.end_line = e.line;
    p.end_column = e.column;
  }
  return p;
}

} // namespace ddlint::report
