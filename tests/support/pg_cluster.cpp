#include "support/pg_cluster.h"

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ddlint::test {
namespace {

namespace fs = std::filesystem;

bool running_as_root() {
  return geteuid() == 0;
}

std::string runuser_path() {
  for (const char* p : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"}) {
    if (access(p, X_OK) == 0) {
      return p;
    }
  }
  return {};
}

// initdb and the server refuse to run as root: run them as `postgres` when we are root.
std::vector<std::string> as_server_user(std::vector<std::string> argv) {
  if (!running_as_root()) {
    return argv;
  }
  std::vector<std::string> out{runuser_path(), "-u", "postgres", "--"};
  out.insert(out.end(), argv.begin(), argv.end());
  return out;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = 0;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the sockets API
  auto* sa = reinterpret_cast<sockaddr*>(&addr);
  if (bind(fd, sa, sizeof addr) != 0 || getsockname(fd, sa, &len) != 0) {
    const int err = errno;
    close(fd);
    throw std::runtime_error(std::string("bind: ") + std::strerror(err));
  }
  close(fd);
  return ntohs(addr.sin_port);
}

struct Conn {
  PGconn* c = nullptr;
  explicit Conn(const std::string& url) : c(PQconnectdb(url.c_str())) {
    if (PQstatus(c) != CONNECTION_OK) {
      const std::string msg = PQerrorMessage(c);
      PQfinish(c);
      c = nullptr;
      throw std::runtime_error("cannot connect to the test cluster: " + msg);
    }
  }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;
  ~Conn() { PQfinish(c); }
  std::string exec(const std::string& sql) {
    PGresult* r = PQexec(c, sql.c_str());
    const ExecStatusType st = PQresultStatus(r);
    std::string value;
    if (st == PGRES_TUPLES_OK && PQntuples(r) > 0 && PQnfields(r) > 0) {
      value = PQgetvalue(r, 0, 0);
    }
    const bool ok = st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK;
    const std::string msg = ok ? std::string() : std::string(PQresultErrorMessage(r));
    PQclear(r);
    if (!ok) {
      throw std::runtime_error(sql + ": " + msg);
    }
    return value;
  }
};

} // namespace

std::string find_pg_bindir() {
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("DDLINT_PG_BINDIR"); env != nullptr && *env != '\0') {
    candidates.emplace_back(env);
  }
  candidates.emplace_back("/usr/lib/postgresql/15/bin");
  for (const std::string& d : candidates) {
    if (access((d + "/initdb").c_str(), X_OK) == 0 && access((d + "/pg_ctl").c_str(), X_OK) == 0 &&
        access((d + "/psql").c_str(), X_OK) == 0) {
      return d;
    }
  }
  return {};
}

CommandResult run_command(const std::vector<std::string>& argv, const std::string& cwd) {
  CommandResult res;
  if (argv.empty()) {
    return res;
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) {
    res.output = std::string("pipe: ") + std::strerror(errno);
    return res;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    res.output = std::string("fork: ") + std::strerror(errno);
    close(out[0]);
    close(out[1]);
    return res;
  }
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    const int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) {
      dup2(devnull, STDIN_FILENO);
    }
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) {
      _exit(126);
    }
    execv(args[0], args.data());
    _exit(127);
  }
  close(out[1]);
  char buf[4096];
  for (;;) {
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n > 0) {
      res.output.append(buf, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;
    }
  }
  close(out[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  res.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return res;
}

std::unique_ptr<PgCluster> PgCluster::start(const std::string& bindir) {
  std::unique_ptr<PgCluster> c(new PgCluster());
  c->bindir_ = bindir;
  std::string templ = (fs::temp_directory_path() / "ddlint-pg-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) {
    throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
  }
  c->dir_ = templ;
  c->data_ = c->dir_ + "/data";
  if (running_as_root()) {
    if (runuser_path().empty()) {
      throw std::runtime_error("running as root and runuser(1) is missing");
    }
    const passwd* pw = getpwnam("postgres");
    if (pw == nullptr) {
      throw std::runtime_error("running as root and there is no `postgres` user");
    }
    if (chown(c->dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      throw std::runtime_error("chown " + c->dir_ + ": " + std::strerror(errno));
    }
  }

  // The watchdog: a process in its own session that waits on a pipe. When this process ends
  // without saying "done" (crash, signal, timeout), the pipe closes and the watchdog stops the
  // server and removes the directory. Its output goes to /dev/null so that ctest, which waits
  // for the test's output pipes to close, is not held up.
  {
    const std::string stop_cmd = [&] {
      std::string s;
      for (const std::string& a : as_server_user(
               {bindir + "/pg_ctl", "stop", "-D", c->data_, "-m", "immediate", "-w", "-t", "30"})) {
        s += shell_quote(a) + " ";
      }
      return s;
    }();
    const std::string script = "read -r line; [ \"$line\" = done ] && exit 0; " + stop_cmd +
                               "; rm -rf " + shell_quote(c->dir_);
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
      throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    const pid_t pid = fork();
    if (pid < 0) {
      throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
      setsid(); // not killed with the test's process group (Ctrl-C)
      dup2(fds[0], STDIN_FILENO);
      const int devnull = open("/dev/null", O_WRONLY);
      if (devnull >= 0) {
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
      }
      syscall(SYS_close_range, 3U, ~0U, 0U);
      execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[0]);
    c->watchdog_fd_ = fds[1];
    c->watchdog_pid_ = pid;
  }

  const CommandResult init =
      run_command(as_server_user({bindir + "/initdb", "-D", c->data_, "-U", "postgres", "-A",
                                  "trust", "-E", "UTF8", "--locale=C", "-N"}),
                  c->dir_);
  if (init.code != 0) {
    throw std::runtime_error("initdb failed:\n" + init.output);
  }
  {
    std::ofstream conf(c->data_ + "/postgresql.conf", std::ios::app);
    conf << "\n# ddlint test cluster\n"
         << "listen_addresses = '127.0.0.1'\n"
         << "unix_socket_directories = '" << c->dir_ << "'\n"
         << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
         << "max_connections = 40\nshared_buffers = 32MB\n"
         << "log_min_messages = warning\n";
    std::ofstream hba(c->data_ + "/pg_hba.conf", std::ios::trunc);
    hba << "local all all trust\n"
        << "host all " << kPasswordUser << " 127.0.0.1/32 scram-sha-256\n"
        << "host all all 127.0.0.1/32 trust\n";
  }
  std::string log;
  for (int attempt = 0; attempt < 5; ++attempt) {
    c->port_ = free_port();
    const std::string logfile = c->dir_ + "/server.log";
    const CommandResult st =
        run_command(as_server_user({bindir + "/pg_ctl", "start", "-D", c->data_, "-l", logfile,
                                    "-w", "-t", "60", "-o", "-p " + std::to_string(c->port_)}),
                    c->dir_);
    if (st.code == 0) {
      c->running_ = true;
      break;
    }
    log = st.output + read_file(logfile);
    if (log.find("could not bind") == std::string::npos &&
        log.find("already in use") == std::string::npos) {
      break; // not a port race: retrying will not help
    }
  }
  if (!c->running_) {
    throw std::runtime_error("pg_ctl start failed:\n" + log);
  }
  Conn conn(c->url());
  c->version_num_ = std::atoi(conn.exec("SHOW server_version_num").c_str());
  return c;
}

PgCluster* PgCluster::shared(std::string* why) {
  static std::mutex mu;
  static std::unique_ptr<PgCluster> cluster;
  static std::string error;
  const std::lock_guard<std::mutex> lock(mu);
  if (cluster) {
    return cluster.get();
  }
  const std::string bindir = find_pg_bindir();
  if (bindir.empty()) {
    if (why != nullptr) {
      *why = "PostgreSQL server binaries not found (install the Debian package `postgresql`, or "
             "set DDLINT_PG_BINDIR)";
    }
    return nullptr;
  }
  if (!error.empty()) {
    throw std::runtime_error(error);
  }
  try {
    cluster = start(bindir);
  } catch (const std::exception& e) {
    error = e.what();
    throw;
  }
  return cluster.get();
}

void PgCluster::stop() noexcept {
  if (running_) {
    run_command(as_server_user({bindir_ + "/pg_ctl", "stop", "-D", data_, "-m", "immediate", "-w",
                                "-t", "30"}),
                dir_);
    running_ = false;
  }
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  if (watchdog_fd_ >= 0) {
    static constexpr char kDone[] = "done\n";
    [[maybe_unused]] const ssize_t n = write(watchdog_fd_, kDone, sizeof kDone - 1);
    close(watchdog_fd_);
    watchdog_fd_ = -1;
    int status = 0;
    while (waitpid(watchdog_pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

PgCluster::~PgCluster() {
  stop();
}

std::string PgCluster::url(const std::string& db, const std::string& user) const {
  return "postgresql://" + user + "@127.0.0.1:" + std::to_string(port_) + "/" + db;
}

std::string PgCluster::create_database(const std::string& hint) {
  std::string name = "t" + std::to_string(next_db_++) + "_";
  for (const char ch : hint) {
    const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
    name += ok ? ch : (ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : '_');
    if (name.size() >= 60) {
      break;
    }
  }
  exec("postgres", "CREATE DATABASE \"" + name + "\" TEMPLATE template0");
  return name;
}

void PgCluster::drop_database(const std::string& name) {
  exec("postgres", "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
}

void PgCluster::exec(const std::string& db, const std::string& sql) {
  Conn conn(url(db));
  conn.exec(sql);
}

void PgCluster::ensure_password_user(const std::string& password) {
  Conn conn(url());
  if (conn.exec(std::string("SELECT count(*) FROM pg_roles WHERE rolname = '") + kPasswordUser +
                "'") == "0") {
    conn.exec(std::string("CREATE ROLE ") + kPasswordUser + " LOGIN SUPERUSER PASSWORD '" +
              password + "'");
  }
}

CommandResult PgCluster::psql_file(const std::string& db, const std::string& file,
                                   bool stop_on_error, const std::string& before) {
  const fs::path p = fs::absolute(file);
  std::vector<std::string> argv{bindir_ + "/psql",
                                "-X",
                                "-q",
                                "-v",
                                stop_on_error ? "ON_ERROR_STOP=1" : "ON_ERROR_STOP=0",
                                "-d",
                                url(db)};
  if (!before.empty()) {
    argv.insert(argv.end(), {"-c", before});
  }
  argv.insert(argv.end(), {"-f", p.string()});
  return run_command(argv, p.parent_path().string());
}

void PgCluster::ensure_role(const std::string& name) {
  exec("postgres", "DO $$ BEGIN CREATE ROLE \"" + name +
                       "\" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
}

CommandResult PgCluster::psql(const std::string& db, const std::string& sql, bool stop_on_error) {
  return run_command({bindir_ + "/psql", "-X", "-q", "-v",
                      stop_on_error ? "ON_ERROR_STOP=1" : "ON_ERROR_STOP=0", "-d", url(db), "-c",
                      sql});
}

} // namespace ddlint::test
