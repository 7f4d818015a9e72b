// run_kiosk: what kezek-kiosk does between main() and exit — the options, the
// window and the app (see main.cpp for the program itself).
#include "kiosk/kiosk_program.hpp"

#include <cstdio>
#include <optional>

#include "kiosk/demo_states.hpp"
#include "kiosk/kiosk_app.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/printer_port.hpp"
#include "shared/gui/client_shell.hpp"
#include "shared/gui/script_steps.hpp"

namespace kezek::kiosk {

namespace {

constexpr const char* kTitle = "Kezek — Kiosk";

}  // namespace

int run_kiosk(int argc, char** argv) {
  // Every option is checked before a window opens, so a typo is one clear line.
  gui::ClientOptions shared = gui::parse_client_options(argc, argv, kTitle);
  KioskOptions options = resolve_kiosk_options(shared, argc, argv);
  if (options.demo_screen && *options.demo_screen == "list") {
    for (const std::string& name : demo_screen_names()) std::printf("%s\n", name.c_str());
    return 0;
  }
  parse_printer_target(options.printer);
  if (!options.demo_screen && options.token.empty()) {
    std::fprintf(stderr, "kezek-kiosk: no --token (or \"token\" in --config): the server will refuse tickets\n");
  }

  // A bad script line stops the kiosk here, before a window opens (gui::client_main: exit code 3).
  std::optional<gui::Script> script;
  if (options.script) script = gui::load_script(*options.script);

  gui::ClientShell shell(std::move(shared));
  KioskApp app(shell, std::move(options), std::move(script));
  const int window_code = shell.window().run([&] { app.frame(); }, [&] { return app.wants_redraw(); });
  return app.exit_code() != 0 ? app.exit_code() : window_code;
}

}  // namespace kezek::kiosk
