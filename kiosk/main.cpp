// kezek-kiosk: opens full screen and shows the Centre's name and state in
// English, Russian and Kazakh.
#include <imgui.h>

#include "shared/gui/client_shell.hpp"

namespace {

int run(int argc, char** argv) {
  kezek::gui::ClientShell shell(argc, argv, "Kezek — Kiosk");
  return shell.window().run([&] {
    if (kezek::gui::begin_root("kiosk")) {
      kezek::gui::draw_status_banner(shell.banner("Kiosk · Киоск · Киоск"), shell.fonts(), shell.palette());
    }
    kezek::gui::end_root();
  });
}

}  // namespace

int main(int argc, char** argv) { return kezek::gui::guarded_main("kezek-kiosk", run, argc, argv); }
