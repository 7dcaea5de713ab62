// Catch2 main: ignores the caller's git environment (a test run from a git hook must never touch
// the surrounding repository; see temp_repo.h); also frees libpg_query's memory of the main thread
// at exit (LeakSanitizer).
#define CATCH_CONFIG_RUNNER
#include "parse/parser.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
  ddlint::test::isolate_git_environment();
  const int result = Catch::Session().run(argc, argv);
  ddlint::parse::shutdown();
  return result;
}
