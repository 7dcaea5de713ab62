#include "base/atom_list.h"

#include <algorithm>

namespace ddlint {

void AtomList::push_back(Atom a) {
  if (size_ == 0 && cap_ <= 1) {
    store_.one = a;
    size_ = 1;
    return;
  }
  if (size_ == cap_) {
    const std::uint32_t cap = cap_ < 4 ? 4 : cap_ * 2;
    Atom* many = new Atom[cap];
    std::copy(begin(), end(), many);
    release(store_, cap_);
    store_.many = many;
    cap_ = cap;
  }
  data()[size_++] = a;
}

Atom* AtomList::erase(const Atom* it) {
  Atom* p = begin() + (it - begin());
  std::copy(p + 1, end(), p);
  --size_;
  return p;
}

bool operator==(const AtomList& a, const AtomList& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

bool operator==(const AtomList& a, const std::vector<std::string>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](Atom x, const std::string& y) { return x == y; });
}

} // namespace ddlint
