#pragma once
// The kiosk's own settings, on top of the options every Kezek GUI program
// takes (shared/gui/client_options.hpp):
//   --config FILE      JSON {"server", "token", "printer", "preview_dir", "public_url", "idle_timeout_s"};
//                      --server / --token / --printer on the command line win over it
//   --printer SPEC     /dev/usb/lp0, tcp:HOST[:PORT] (port 9100), file:PATH, or none
//   --preview-dir DIR  where the PNG of each printed ticket goes
//   --public-url URL   the server as visitors' phones reach it, for the QR code
//   --lang en|ru|kk    the language the kiosk starts in (and returns to)
//   --idle-timeout S   back to the start after S seconds without a touch (45)
//   --screen NAME      draw one screen from canned data, without a server (tests, previews)
//   --script FILE      a test driver: taps, typing and screenshots from FILE

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "shared/catalog/lang.hpp"
#include "shared/gui/client_options.hpp"

namespace kezek::kiosk {

struct KioskOptions {
  std::string server;
  std::string token;
  std::string printer;  // empty: no printer
  std::filesystem::path preview_dir;
  std::string public_url;  // "http://HOST:PORT" for the ticket's status page
  catalog::Lang lang = catalog::Lang::en;
  std::chrono::seconds idle_timeout{45};
  std::optional<std::string> demo_screen;
  std::optional<std::filesystem::path> script;
};

// Throws std::invalid_argument with a readable message for a bad option or config file.
KioskOptions resolve_kiosk_options(const gui::ClientOptions& shared, int argc, char** argv);

std::string kiosk_usage();

}  // namespace kezek::kiosk
