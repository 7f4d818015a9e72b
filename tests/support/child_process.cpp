// ChildProcess: fork/exec with everything the child needs prepared before the
// fork, so the child only calls async-signal-safe functions until exec.
#include "tests/support/child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace kezek::testing {
namespace {

// Our environment with `extra` set on top, as "KEY=VALUE" strings.
std::vector<std::string> environment_with(const std::vector<std::pair<std::string, std::string>>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry = *e;
    bool replaced = false;
    for (const auto& [key, value] : extra) replaced = replaced || entry.rfind(key + "=", 0) == 0;
    if (!replaced) env.push_back(entry);
  }
  for (const auto& [key, value] : extra) env.push_back(key + "=" + value);
  return env;
}

std::vector<char*> pointers_to(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

std::int64_t monotonic_ns() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

ChildProcess::ChildProcess(const SpawnOptions& options) {
  if (options.argv.empty()) throw std::runtime_error("nothing to run");
  std::vector<std::string> args = options.argv;
  std::vector<std::string> env = environment_with(options.env);
  std::vector<char*> argv = pointers_to(args);
  std::vector<char*> envp = pointers_to(env);
  const std::string log = options.log.string();
  const pid_t parent = getpid();

  started_ns_ = monotonic_ns();
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed: " + std::string(std::strerror(errno)));
  if (pid_ == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent) _exit(126);  // the parent died before the line above
    const int out = log.empty() ? -1 : open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = open("/dev/null", O_RDONLY);
    if (options.stdout_fd >= 0)
      dup2(options.stdout_fd, STDOUT_FILENO);
    else if (out >= 0)
      dup2(out, STDOUT_FILENO);
    if (options.stderr_fd >= 0)
      dup2(options.stderr_fd, STDERR_FILENO);
    else if (out >= 0)
      dup2(out, STDERR_FILENO);
    if (in >= 0) dup2(in, STDIN_FILENO);
    if (options.keep_fd >= 0) fcntl(options.keep_fd, F_SETFD, 0);  // survive the exec
    execvpe(argv[0], argv.data(), envp.data());
    _exit(127);
  }
}

ChildProcess::~ChildProcess() { stop(); }

bool ChildProcess::running() {
  if (exited_ || pid_ <= 0) return false;
  if (waitpid(pid_, &status_, WNOHANG) == pid_) exited_ = true;
  return !exited_;
}

int ChildProcess::exit_code() const { return exited_ && WIFEXITED(status_) ? WEXITSTATUS(status_) : -1; }

std::string ChildProcess::exit_text() const {
  if (!exited_) return "running";
  if (WIFEXITED(status_)) return "exit code " + std::to_string(WEXITSTATUS(status_));
  if (WIFSIGNALED(status_)) return "killed by signal " + std::to_string(WTERMSIG(status_));
  return "ended";
}

void ChildProcess::stop(std::chrono::milliseconds grace) {
  if (!running()) return;
  kill(pid_, SIGTERM);
  const auto until = std::chrono::steady_clock::now() + grace;
  while (running() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (running()) kill9();
}

void ChildProcess::kill9() {
  if (!running()) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, &status_, 0);
  exited_ = true;
}

int run_to_end(const SpawnOptions& options, std::chrono::milliseconds limit) {
  try {
    ChildProcess child(options);
    const auto until = std::chrono::steady_clock::now() + limit;
    while (child.running()) {
      if (std::chrono::steady_clock::now() >= until) return -1;  // the destructor kills it
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return child.exit_code();
  } catch (const std::exception&) {
    return -1;
  }
}

std::string read_first_line(int fd, std::chrono::milliseconds limit) {
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char chunk[256];
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) break;
    line.append(chunk, static_cast<std::size_t>(n));
  }
  return line;
}

}  // namespace kezek::testing
