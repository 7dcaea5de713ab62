// Running a helper program (git) and capturing what it prints. No ddlint concepts.
#pragma once

#include <string>
#include <vector>

namespace ddlint::process {

struct Output {
  int exit_code = -1; // the program's exit status; -1 when it could not be started or was killed
  std::string out;    // everything it wrote to stdout
  std::string err;    // everything it wrote to stderr
};

// Runs `argv[0]` (looked up in PATH) with the arguments in `argv`, in directory `cwd` (empty: the
// current one), with stdin closed; returns once it has exited. Never throws for a failing
// program: a missing program gives exit_code -1 and a message in `err`.
Output run(const std::vector<std::string>& argv, const std::string& cwd);

} // namespace ddlint::process
