#pragma once
// LaunchedServer: the real kezek-server binary, started on a fresh temporary
// data folder (the real database file, on the disk the folder is on), on an
// ephemeral loopback port, with a given config and --now. Stopped with SIGTERM
// and its folder removed when the object goes.
//
// Threading: one thread at a time.
#include <sys/types.h>

#include <filesystem>
#include <string>

namespace kezek::bench {

struct LaunchOptions {
  std::filesystem::path binary;             // kezek-server
  std::filesystem::path temp_parent;        // where the data folder is made
  std::string now = "2026-11-24T10:00:00+05:00";
  std::string config_json;                  // written to DATA/bench-config.json when not empty
  bool keep_data = false;                   // leave the folder behind (to inspect it)
};

class LaunchedServer {
 public:
  // Starts the server and waits (up to 15 s) for its "listening on" line;
  // throws std::runtime_error with the server's own words if it does not come.
  explicit LaunchedServer(LaunchOptions options);
  ~LaunchedServer();
  LaunchedServer(const LaunchedServer&) = delete;
  LaunchedServer& operator=(const LaunchedServer&) = delete;

  void stop();
  unsigned short port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& data_dir() const { return data_; }
  // "admin", "kiosk", "display" or "counter:N", from DATA/credentials.json.
  std::string token(const std::string& role) const;

 private:
  LaunchOptions options_;
  std::filesystem::path data_;
  pid_t pid_ = -1;
  unsigned short port_ = 0;
};

// The default location of kezek-server: KEZEK_SERVER_BINARY (set by CMake).
std::filesystem::path default_server_binary();

}  // namespace kezek::bench
