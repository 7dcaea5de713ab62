# Debian packages only (see Makefile `deps`). Nothing is downloaded at build time.
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 CONFIG QUIET)

find_path(PG_QUERY_INCLUDE_DIR pg_query.h REQUIRED)
find_path(PROTOBUF_C_INCLUDE_DIR protobuf-c/protobuf-c.h REQUIRED)
find_library(PG_QUERY_LIBRARY NAMES pg_query REQUIRED)
# libpg_query.so bundles protobuf-c; linking libprotobuf-c as well would duplicate its symbols.
add_library(pg_query_lib INTERFACE)
target_include_directories(pg_query_lib SYSTEM INTERFACE ${PG_QUERY_INCLUDE_DIR} ${PROTOBUF_C_INCLUDE_DIR})
target_link_libraries(pg_query_lib INTERFACE ${PG_QUERY_LIBRARY})

if(NOT TARGET CLI11::CLI11)
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 SYSTEM INTERFACE ${CLI11_INCLUDE_DIR})
endif()

pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(GVC IMPORTED_TARGET libgvc)
