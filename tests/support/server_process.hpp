#pragma once
// ServerProcess: the real kezek-server binary, started for a test on an
// ephemeral loopback port with a temporary data folder and a given --now, and
// stopped (or kill -9'd) by the test. The port is read from the server's
// "listening on" line.

#include <boost/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kezek::testing {

// A fresh, empty folder under the system's temp dir, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

class ServerProcess {
 public:
  struct Options {
    std::string now = "2026-11-24T10:00:00+05:00";  // a Tuesday morning
    std::optional<std::filesystem::path> config;
    std::vector<std::string> extra_args;
  };
  ServerProcess(const std::filesystem::path& data_dir, Options options);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  void start();
  void stop();   // SIGTERM, wait
  void kill9();  // SIGKILL, wait: the crash case
  bool running() const { return pid_ > 0; }

  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  int port() const { return port_; }
  // Tokens from DATA/credentials.json: "admin", "kiosk", "display", "counter:3".
  std::string token(const std::string& role) const;

 private:
  std::filesystem::path data_;
  Options options_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// Options for a server whose clock starts at `now`.
inline ServerProcess::Options at(std::string now) {
  ServerProcess::Options options;
  options.now = std::move(now);
  return options;
}

// The kezek-server binary under test (set by CMake).
std::filesystem::path server_binary();

}  // namespace kezek::testing
