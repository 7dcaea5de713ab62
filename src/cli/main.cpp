// ddlint entry point: everything happens in cli::run.
#include "cli/app.h"
#include "parse/parser.h"

#include <exception>
#include <filesystem>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int code = 2;
  try {
    ddlint::cli::Io io{std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0,
                       std::filesystem::current_path().string()};
    io.exiting = true;
    code = ddlint::cli::run(std::vector<std::string>(argv, argv + argc), io);
  } catch (const std::exception& e) {
    std::cerr << "ddlint: internal error: " << e.what() << "\n";
    code = 2;
  } catch (...) {
    std::cerr << "ddlint: internal error\n";
    code = 2;
  }
  std::cout.flush();
  ddlint::parse::shutdown();
  return code;
}
