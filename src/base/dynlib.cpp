#include "base/dynlib.h"

#include <dlfcn.h>
#include <mutex>

namespace ddlint::dynlib {
namespace {

// dlerror() reports the last failure of any thread; serialising our calls keeps each message
// with the call that caused it.
std::mutex g_dl_mutex;

std::string last_dl_error(const char* fallback) {
  const char* message = dlerror();
  return message != nullptr ? message : fallback;
}

} // namespace

Library Library::open(std::string_view name, std::initializer_list<const char*> sonames,
                      std::string_view package) {
  Library lib;
  lib.label_ = std::string(name) + " (";
  std::string separator;
  for (const char* soname : sonames) {
    lib.label_ += separator + soname;
    separator = " or ";
  }
  lib.label_ += ", Debian package " + std::string(package) + ")";

  const std::lock_guard<std::mutex> lock(g_dl_mutex);
  std::string why; // the first failure, for the preferred soname; later ones only repeat it
  for (const char* soname : sonames) {
    lib.handle_ = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (lib.handle_ != nullptr) {
      return lib;
    }
    if (why.empty()) {
      why = last_dl_error("dlopen failed");
    }
  }
  if (why.empty()) {
    why = "no shared object name to open";
  }
  lib.fail(why);
  return lib;
}

void* Library::symbol(const char* symbol) {
  if (handle_ == nullptr) {
    if (error_.empty()) {
      fail("not opened");
    }
    return nullptr;
  }
  const std::lock_guard<std::mutex> lock(g_dl_mutex);
  dlerror(); // clear a stale message
  void* address = dlsym(handle_, symbol);
  if (address == nullptr) {
    // A symbol whose value is really 0 does not exist in the libraries we load.
    fail(last_dl_error("dlsym failed") + " (looking for " + symbol + ")");
  }
  return address;
}

void Library::fail(const std::string& why) {
  if (error_.empty()) {
    error_ = label_ + ": " + why;
  }
}

} // namespace ddlint::dynlib
