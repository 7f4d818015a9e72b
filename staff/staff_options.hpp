#pragma once
// The console's own options, on top of the shared ones (--server, --token,
// --now, --windowed, --size, --screenshot, --frames):
//   --counter N        the counter this console serves
//   --config FILE      {"server", "token", "counter", "supervisor", "lang"}; the
//                      command line wins where both give a value
//   --supervisor       also show every counter and the day's figures (admin token)
//   --lang en|ru|kk    the console's language at start (switchable on screen)
//   --script FILE      drive the console from a file of steps (script_driver.hpp)
//   --export-dir DIR   where Export CSV writes (default: the current folder)
// A bad option is kept as a readable line for the screen: the console still
// opens and says what is wrong. A bad config file is not: it throws
// gui::ConfigFileError (exit code 2, as for the kiosk and the display).

#include <filesystem>
#include <optional>
#include <string>

#include "shared/catalog/lang.hpp"
#include "shared/gui/client_options.hpp"

namespace kezek::staff {

struct StaffOptions {
  std::string server;
  std::string token;
  std::optional<int> counter;
  bool supervisor = false;
  catalog::Lang lang = catalog::Lang::en;
  std::optional<std::filesystem::path> script;
  std::filesystem::path export_dir = ".";
  std::string problem;  // empty when the options are usable

  bool set_up() const { return problem.empty() && !token.empty() && (counter || supervisor); }
};

StaffOptions read_staff_options(const gui::ClientOptions& client, int argc, char** argv);

std::string staff_usage();

}  // namespace kezek::staff
