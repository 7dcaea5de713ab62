#include "base/dynlib.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

using ddlint::dynlib::Library;

TEST_CASE("dynlib opens a library and resolves a function with its declared type", "[base]") {
  Library libc = Library::open("the C library", {"libc.so.6"}, "libc6");
  REQUIRE(libc.loaded());
  CHECK(libc.error().empty());
  decltype(&std::strlen) my_strlen = nullptr;
  libc.resolve(my_strlen, "strlen");
  REQUIRE(my_strlen != nullptr);
  CHECK(my_strlen("dynlib") == 6);
  CHECK(libc.error().empty());
}

TEST_CASE("dynlib resolves a data symbol", "[base]") {
  Library libc = Library::open("the C library", {"libc.so.6"}, "libc6");
  char*** env = nullptr; // `environ`, a char** variable
  libc.resolve(env, "environ");
  REQUIRE(env != nullptr);
  CHECK(libc.error().empty());
}

TEST_CASE("dynlib takes the first soname that loads", "[base]") {
  Library lib = Library::open("the C library", {"libddlint-no-such.so.9", "libc.so.6"}, "libc6");
  REQUIRE(lib.loaded());
  CHECK(lib.error().empty());
  CHECK(lib.symbol("strlen") != nullptr);
}

TEST_CASE("dynlib names the library and the Debian package when none loads", "[base]") {
  Library lib = Library::open("libnothing", {"libddlint-no-such.so.9", "libddlint-no-such.so.8"},
                              "libnothing9");
  CHECK_FALSE(lib.loaded());
  const std::string error = lib.error();
  CHECK(error.starts_with("libnothing (libddlint-no-such.so.9 or libddlint-no-such.so.8, Debian "
                          "package libnothing9): "));
  // dlerror's text for the preferred soname follows.
  CHECK(error.find("libddlint-no-such.so.9: cannot open shared object file") != std::string::npos);
  // Symbols of a library that is not loaded are null and keep the first error.
  decltype(&std::strlen) fn = &std::strlen;
  lib.resolve(fn, "strlen");
  CHECK(fn == nullptr);
  CHECK(lib.error() == error);
}

TEST_CASE("dynlib names a missing symbol and keeps the first error", "[base]") {
  Library libc = Library::open("the C library", {"libc.so.6"}, "libc6");
  REQUIRE(libc.loaded());
  CHECK(libc.symbol("ddlint_no_such_function") == nullptr);
  const std::string error = libc.error();
  CHECK(error.starts_with("the C library (libc.so.6, Debian package libc6): "));
  CHECK(error.find("ddlint_no_such_function") != std::string::npos);
  CHECK(libc.symbol("ddlint_other_missing") == nullptr);
  CHECK(libc.error() == error);
  // A later symbol that exists still resolves.
  CHECK(libc.symbol("strlen") != nullptr);
}
