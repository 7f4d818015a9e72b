#pragma once
// Command-line options shared by the three GUI programs.

#include <optional>
#include <string>
#include <vector>

#include "shared/gui/app_window.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::gui {

struct ClientOptions {
  std::string server = "127.0.0.1:8080";  // HOST:PORT of kezek-server
  std::string token;                      // Bearer token for this program's role
  std::optional<Instant> now;             // start the local clock here (demo days)
  double time_scale = 1;                  // the clock runs this many times faster (the server's --time-scale)
  WindowOptions window;
  std::vector<std::string> extra;  // program-specific arguments, in order
};

// Parses --server, --token, --now, --time-scale, --windowed, --size WxH, --screenshot PATH,
// --frames N; anything else lands in `extra`. Throws std::invalid_argument with
// a readable message for a malformed value.
ClientOptions parse_client_options(int argc, char** argv, const std::string& title);

// The usage lines for the shared options.
std::string client_options_usage();

}  // namespace kezek::gui
