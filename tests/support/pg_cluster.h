// A throwaway PostgreSQL cluster for tests (Debian `postgresql`: initdb + pg_ctl): a temporary
// directory, 127.0.0.1 only on a free port, unix sockets in that directory, trust authentication.
// It is stopped and removed when the object goes away, and by a watchdog process when the test
// binary dies first (crash, SIGKILL, ctest timeout). No ddlint concepts; libpq and POSIX only.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace ddlint::test {

// The directory with initdb, pg_ctl and psql: $DDLINT_PG_BINDIR, else
// /usr/lib/postgresql/15/bin. Empty when the binaries are not installed.
std::string find_pg_bindir();

struct CommandResult {
  int code = -1;      // exit status; -1 when it could not run or was killed by a signal
  std::string output; // stdout and stderr, interleaved
};

// Runs argv[0] (a path) with the given arguments; output captured. `cwd` empty: unchanged.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& cwd = {});

class PgCluster {
public:
  // A role that must authenticate with a password over TCP (scram-sha-256); every other role is
  // trusted. Create it with ensure_password_user().
  static constexpr const char* kPasswordUser = "ddlint_pw";

  // The cluster shared by this test binary, started on first use (a few seconds) and stopped at
  // exit. nullptr when the PostgreSQL binaries are missing (`why` says so: tests WARN and skip);
  // throws std::runtime_error when they are present but the cluster does not start.
  static PgCluster* shared(std::string* why = nullptr);

  // Starts a new cluster with the binaries in `bindir`; throws std::runtime_error on failure
  // (the message includes the server log).
  static std::unique_ptr<PgCluster> start(const std::string& bindir);

  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;
  ~PgCluster(); // pg_ctl stop -m immediate, then removes the directory

  int port() const { return port_; }
  const std::string& bindir() const { return bindir_; }
  const std::string& dir() const { return dir_; }
  int server_version_num() const { return version_num_; } // e.g. 150018

  // postgresql://user@127.0.0.1:port/db (no password: trust).
  std::string url(const std::string& db = "postgres", const std::string& user = "postgres") const;

  // Creates an empty database from template0 with a unique name derived from `hint`.
  std::string create_database(const std::string& hint);
  void drop_database(const std::string& name);
  // Runs SQL on `db` through libpq; throws std::runtime_error with the server's message.
  void exec(const std::string& db, const std::string& sql);
  // Creates a cluster-wide role (NOLOGIN) unless it exists.
  void ensure_role(const std::string& name);
  // Creates kPasswordUser (LOGIN SUPERUSER) with `password` if it does not exist yet.
  void ensure_password_user(const std::string& password);

  // psql -X -q [-c before] -f file (ON_ERROR_STOP=1 when stop_on_error), run in the file's
  // directory; `before` is SQL for the same session (e.g. "SET check_function_bodies = off").
  CommandResult psql_file(const std::string& db, const std::string& file, bool stop_on_error,
                          const std::string& before = {});
  // psql -X -q -c sql.
  CommandResult psql(const std::string& db, const std::string& sql, bool stop_on_error);

private:
  PgCluster() = default;
  void stop() noexcept;

  std::string bindir_;
  std::string dir_;
  std::string data_;
  int port_ = 0;
  int version_num_ = 0;
  int watchdog_fd_ = -1; // write end of the pipe the watchdog waits on
  int watchdog_pid_ = -1;
  unsigned next_db_ = 0;
  bool running_ = false;
};

} // namespace ddlint::test
