// Errors about the environment (usage, config, I/O). Problems in the SQL are findings, never these.
// Thrown where detected, caught once in cli/main.cpp, which prints the message and exits 2.
#pragma once

#include <stdexcept>
#include <string>

namespace ddlint {

class Error : public std::runtime_error {
public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Bad command line: unknown option, conflicting flags.
class UsageError : public Error {
public:
  using Error::Error;
};

// Bad configuration file; the message names the file and the key.
class ConfigError : public Error {
public:
  using Error::Error;
};

// Unreadable input or output path; the message names the path.
class IoError : public Error {
public:
  using Error::Error;
};

// A live database (--db) cannot be reached or read: bad URL, connection refused, authentication
// failed, a catalog query failed. The message never contains the password.
class DbError : public Error {
public:
  using Error::Error;
};

} // namespace ddlint
