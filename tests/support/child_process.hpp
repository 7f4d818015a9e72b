#pragma once
// ChildProcess: the one way tests and bench tools start a program (the server,
// Xvfb, a GUI client, a command-line run): fork/exec with extra environment
// variables, each output stream to a log file, a pipe or our own, SIGTERM and
// then SIGKILL when it goes. Children get SIGTERM should the thread that
// started them die (PR_SET_PDEATHSIG): a killed test run leaves no server or
// Xvfb behind.
//
// Threading: one thread at a time per object; spawning from several threads is
// safe (nothing but async-signal-safe calls between fork and exec).
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace kezek::testing {

struct SpawnOptions {
  std::vector<std::string> argv;                         // argv[0] is looked up on PATH
  std::vector<std::pair<std::string, std::string>> env;  // set on top of ours
  // stdout and stderr go to `log` ("/dev/null" to drop them); when empty they
  // are ours (a test's failure output then shows what the child said). A
  // descriptor >= 0 below wins over `log` for its stream.
  std::filesystem::path log;
  int stdout_fd = -1;
  int stderr_fd = -1;
  int keep_fd = -1;  // a further descriptor the child keeps open across exec
};

class ChildProcess {
 public:
  explicit ChildProcess(const SpawnOptions& options);  // throws std::runtime_error
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  // CLOCK_MONOTONIC just before the fork (a client's time to first frame counts from it).
  std::int64_t started_ns() const { return started_ns_; }
  // False once it has exited (it is reaped then; see exit_text()).
  bool running();
  // The exit code once it has exited by itself; -1 while running or when killed.
  int exit_code() const;
  // "exit code 3", "killed by signal 11", or "running".
  std::string exit_text() const;
  // SIGTERM, then SIGKILL after `grace`; waits for it either way.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));
  // SIGKILL at once: the crash case.
  void kill9();

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool exited_ = false;
  std::int64_t started_ns_ = 0;
};

// Runs a program to its end, for at most `limit` (then it is killed); its
// exit code, or -1 when it could not run or was killed.
int run_to_end(const SpawnOptions& options, std::chrono::milliseconds limit = std::chrono::seconds(10));

// Reads from `fd` until a newline, end of file or `limit`; returns what came
// (with the newline, when one came). Does not close `fd`. For a child's first
// line: the server's "listening on", Xvfb's display number.
std::string read_first_line(int fd, std::chrono::milliseconds limit);

}  // namespace kezek::testing
