// The command line: `int run(argv, io)` parses arguments with CLI11, dispatches to one
// subcommand (one file each, cmd_*.cpp) and returns the exit code (SPEC section 6).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ddlint::cli {

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_tty = false;
  std::string cwd = ".";
  // The process ends right after the command: large results need not be freed (tearing down a
  // model of thousands of tables costs several percent of a run). Only main() sets it.
  bool exiting = false;
};

// Exit codes: 0 no findings at/above --fail-on; 1 there are; 2 usage, config or I/O error.
int run(const std::vector<std::string>& args, Io& io);

} // namespace ddlint::cli
