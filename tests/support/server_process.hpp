#pragma once
// ServerProcess: the real kezek-server binary, started for a test or a bench
// tool on an ephemeral loopback port with a given data folder and --now, and
// stopped (or kill -9'd) by its owner. The port is read from the server's
// first line, "kezek-server: listening on http://127.0.0.1:PORT, ...".
//
// Threading: one thread at a time.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/child_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace kezek::testing {

// The kezek-server binary under test (set by CMake).
std::filesystem::path server_binary();

class ServerProcess {
 public:
  struct Options {
    std::string now = "2026-11-24T10:00:00+05:00";  // a Tuesday morning
    std::optional<std::filesystem::path> config;
    std::vector<std::string> extra_args;
    std::filesystem::path binary;  // empty: server_binary()
    std::filesystem::path log;     // the server's stderr; empty: ours
  };
  ServerProcess(const std::filesystem::path& data_dir, Options options);  // starts it
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts it and waits (up to 30 s: sanitizer builds start slowly) for its
  // "listening on" line; throws std::runtime_error with what it said otherwise.
  void start();
  // SIGTERM, wait (SIGKILL after 10 s); says how it ended ("exit code 0",
  // "killed by signal 9"), or "" when it was not running.
  std::string stop();
  void kill9();  // SIGKILL, wait: the crash case
  bool running() const { return child_ != nullptr; }
  // A server started again reads its clock from `now` (e.g. after lunch).
  void set_now(std::string now) { options_.now = std::move(now); }

  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  int port() const { return port_; }
  int pid() const { return child_ ? child_->pid() : -1; }
  const std::filesystem::path& data_dir() const { return data_; }
  // Tokens from DATA/credentials.json: "admin", "kiosk", "display", "counter:3".
  std::string token(const std::string& role) const;

 private:
  std::filesystem::path data_;
  Options options_;
  std::unique_ptr<ChildProcess> child_;
  int port_ = 0;
};

// Options for a server whose clock starts at `now`.
inline ServerProcess::Options at(std::string now) {
  ServerProcess::Options options;
  options.now = std::move(now);
  return options;
}

}  // namespace kezek::testing
