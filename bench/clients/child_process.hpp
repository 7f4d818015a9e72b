#pragma once
// ChildProcess: a program the client benchmark starts and watches (Xvfb, a
// client, xdotool): fork/exec with extra environment variables and its output
// in a log file, the CLOCK_MONOTONIC moment just before the fork (a client's
// time to first frame counts from it), SIGTERM and then SIGKILL when it goes.
// Children get SIGTERM should the thread that started them die
// (PR_SET_PDEATHSIG): a killed run leaves no Xvfb or client behind.
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

namespace kezek::bench {

struct SpawnOptions {
  std::vector<std::string> argv;                            // argv[0] is looked up on PATH
  std::vector<std::pair<std::string, std::string>> env;     // set on top of ours
  std::filesystem::path log;                                // stdout and stderr; /dev/null when empty
  int keep_fd = -1;                                         // a descriptor the child keeps open
};

class ChildProcess {
 public:
  explicit ChildProcess(const SpawnOptions& options);  // throws std::runtime_error
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  std::int64_t started_ns() const { return started_ns_; }
  // False once it has exited (it is reaped then; see exit_text()).
  bool running();
  // The exit code once it has exited by itself; -1 while running or when killed.
  int exit_code() const;
  // "exit code 3", "killed by signal 11", or "running".
  std::string exit_text() const;
  // SIGTERM, then SIGKILL after `grace`.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool exited_ = false;
  std::int64_t started_ns_ = 0;
};

// Runs a program to its end, for at most `limit` (then it is killed); its
// exit code, or -1 when it could not run or was killed.
int run_to_end(const SpawnOptions& options, std::chrono::milliseconds limit = std::chrono::seconds(10));

}  // namespace kezek::bench
