// LaunchedServer: a TempDir, the bench config written into it, a ServerProcess.
#include "bench/common/server_launcher.hpp"

#include <fstream>

namespace kezek::bench {

LaunchedServer::LaunchedServer(LaunchOptions options) : data_(options.temp_parent, "kezek-bench-") {
  if (options.keep_data) data_.keep();
  testing::ServerProcess::Options server;
  server.binary = options.binary;
  server.now = options.now;
  server.log = data_.path() / "server.log";
  if (!options.config_json.empty()) {
    const auto config = data_.path() / "bench-config.json";
    std::ofstream(config) << options.config_json;
    server.config = config;
  }
  server_.emplace(data_.path(), std::move(server));
}

LaunchedServer::~LaunchedServer() { server_.reset(); }

}  // namespace kezek::bench
