// Optional shared libraries opened at run time (dlopen) instead of linked: a run that never needs
// one does not pay for loading it and everything it depends on. No ddlint concepts.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ddlint::dynlib {

// One opened shared library. It is never closed: it stays loaded until the process exits, so the
// addresses symbol() returns stay valid, and a library's own exit handlers run normally.
class Library {
public:
  // Opens the first of `sonames` that dlopen(RTLD_NOW | RTLD_LOCAL) loads. `name` ("libpq") and
  // `package` (the Debian package that ships the sonames, "libpq5") are only used in error().
  // Never throws for a missing library: loaded() is false and error() says why.
  static Library open(std::string_view name, std::initializer_list<const char*> sonames,
                      std::string_view package);

  bool loaded() const { return handle_ != nullptr; }

  // Empty while the library is open and every symbol() call found its symbol; otherwise the
  // first failure: "libpq (libpq.so.5, Debian package libpq5): <what dlopen or dlsym said>".
  const std::string& error() const { return error_; }

  // The address of the function or data symbol `symbol` in this library (or a library it
  // depends on), nullptr when the library is not loaded or has no such symbol; in that case
  // error() names the symbol.
  void* symbol(const char* symbol);

  // symbol() converted to the type of `target`, which is a function or data pointer declared
  // with the library's own header (decltype(&PQstatus)), so the signature cannot drift.
  template <typename T> void resolve(T*& target, const char* name) {
    target = reinterpret_cast<T*>(symbol(name)); // dlsym's object pointer to the real type
  }

private:
  void fail(const std::string& why);

  void* handle_ = nullptr;
  std::string label_; // "libpq (libpq.so.5, Debian package libpq5)"
  std::string error_;
};

} // namespace ddlint::dynlib
