// kezek-kiosk: the touch kiosk in the Centre's lobby — take a ticket, check in
// for an appointment, check a booking — in English, Russian and Kazakh, talking
// to kezek-server and printing tickets on a receipt printer.
#include <cstdio>
#include <stdexcept>

#include "kiosk/demo_states.hpp"
#include "kiosk/kiosk_app.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/printer_port.hpp"
#include "shared/cli/guarded_main.hpp"
#include "shared/gui/client_shell.hpp"

namespace {

constexpr const char* kTitle = "Kezek — Kiosk";

int run(int argc, char** argv) {
  // Every option is checked before a window opens, so a typo is one clear line.
  const kezek::gui::ClientOptions shared = kezek::gui::parse_client_options(argc, argv, kTitle);
  kezek::kiosk::KioskOptions options = kezek::kiosk::resolve_kiosk_options(shared, argc, argv);
  if (options.demo_screen && *options.demo_screen == "list") {
    for (const std::string& name : kezek::kiosk::demo_screen_names()) std::printf("%s\n", name.c_str());
    return 0;
  }
  kezek::kiosk::parse_printer_target(options.printer);
  if (!options.demo_screen && options.token.empty()) {
    std::fprintf(stderr, "kezek-kiosk: no --token (or \"token\" in --config): the server will refuse tickets\n");
  }

  kezek::gui::ClientShell shell(argc, argv, kTitle);
  kezek::kiosk::KioskApp app(shell, std::move(options));
  const int window_code = shell.window().run([&] { app.frame(); }, [&] { return app.wants_redraw(); });
  return app.exit_code() != 0 ? app.exit_code() : window_code;
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main("kezek-kiosk", [&] { return run(argc, argv); });
}
