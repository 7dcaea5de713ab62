// Catch2 main: also frees libpg_query's memory of the main thread at exit (LeakSanitizer).
#define CATCH_CONFIG_RUNNER
#include "parse/parser.h"

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
  const int result = Catch::Session().run(argc, argv);
  ddlint::parse::shutdown();
  return result;
}
