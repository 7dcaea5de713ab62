#include "base/process.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ddlint::process {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  Pipe() {
    if (::pipe2(fd, O_CLOEXEC) != 0) {
      fd[0] = fd[1] = -1;
    }
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    close_read();
    close_write();
  }
  void close_read() {
    if (fd[0] >= 0) {
      ::close(fd[0]);
      fd[0] = -1;
    }
  }
  void close_write() {
    if (fd[1] >= 0) {
      ::close(fd[1]);
      fd[1] = -1;
    }
  }
  bool ok() const { return fd[0] >= 0 && fd[1] >= 0; }
};

struct FileActions {
  posix_spawn_file_actions_t actions{};
  FileActions() { posix_spawn_file_actions_init(&actions); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  ~FileActions() { posix_spawn_file_actions_destroy(&actions); }
};

} // namespace

Output run(const std::vector<std::string>& argv, const std::string& cwd) {
  Output result;
  if (argv.empty()) {
    result.err = "no program given";
    return result;
  }
  Pipe out;
  Pipe err;
  if (!out.ok() || !err.ok()) {
    result.err = std::string("cannot create a pipe: ") + std::strerror(errno);
    return result;
  }
  FileActions fa;
  posix_spawn_file_actions_addopen(&fa.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa.actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&fa.actions, err.fd[1], STDERR_FILENO);
  if (!cwd.empty()) {
    posix_spawn_file_actions_addchdir_np(&fa.actions, cwd.c_str());
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], &fa.actions, nullptr, args.data(), environ);
  out.close_write();
  err.close_write();
  if (rc != 0) {
    result.err = argv[0] + ": " + std::strerror(rc);
    return result;
  }
  // Read both pipes until they close, so that a chatty stderr cannot block the child.
  pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
        continue;
      }
      const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return result;
    }
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.err += argv[0] + " was killed by signal " + std::to_string(WTERMSIG(status));
  }
  // A failed exec in the child (program not found) exits 127 with no output.
  if (result.exit_code == 127 && result.out.empty() && result.err.empty()) {
    result.exit_code = -1;
    result.err = argv[0] + ": command not found";
  }
  return result;
}

} // namespace ddlint::process
