#pragma once
// LaunchedServer: the real kezek-server binary, started on a fresh temporary
// data folder (the real database file, on the disk the folder is on), on an
// ephemeral loopback port, with a given config and --now. Stopped with SIGTERM
// and its folder removed when the object goes. A bench tool's view of the
// launcher the tests use (tests/support/server_process.hpp).
//
// Threading: one thread at a time.
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>

#include "tests/support/server_process.hpp"
#include "tests/support/temp_dir.hpp"

namespace kezek::bench {

struct LaunchOptions {
  std::filesystem::path binary;       // kezek-server
  std::filesystem::path temp_parent;  // where the data folder is made
  std::string now = "2026-11-24T10:00:00+05:00";
  std::string config_json;  // written to DATA/bench-config.json when not empty
  bool keep_data = false;   // leave the folder behind (to inspect it)
};

class LaunchedServer {
 public:
  // Starts the server and waits for its "listening on" line; throws
  // std::runtime_error with the server's own words (DATA/server.log) if it
  // does not come.
  explicit LaunchedServer(LaunchOptions options);
  ~LaunchedServer();
  LaunchedServer(const LaunchedServer&) = delete;
  LaunchedServer& operator=(const LaunchedServer&) = delete;

  void stop() { server_->stop(); }
  unsigned short port() const { return static_cast<unsigned short>(server_->port()); }
  std::string address() const { return server_->address(); }
  pid_t pid() const { return server_->pid(); }
  const std::filesystem::path& data_dir() const { return data_.path(); }
  // "admin", "kiosk", "display" or "counter:N", from DATA/credentials.json.
  std::string token(const std::string& role) const { return server_->token(role); }

 private:
  testing::TempDir data_;  // declared first: it outlives the server
  std::optional<testing::ServerProcess> server_;
};

// The default location of kezek-server: KEZEK_SERVER_BINARY (set by CMake).
inline std::filesystem::path default_server_binary() { return testing::server_binary(); }

}  // namespace kezek::bench
