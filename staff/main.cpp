// kezek-staff: opens full screen and shows the Centre's name and state in
// English, Russian and Kazakh.
#include <imgui.h>

#include "shared/gui/client_shell.hpp"

namespace {

int run(int argc, char** argv) {
  kezek::gui::ClientShell shell(argc, argv, "Kezek — Counter console");
  return shell.window().run([&] {
    if (kezek::gui::begin_root("staff")) {
      kezek::gui::draw_status_banner(shell.banner("Counter console · Пульт оператора · Оператор пульті"), shell.fonts(), shell.palette());
    }
    kezek::gui::end_root();
  });
}

}  // namespace

int main(int argc, char** argv) { return kezek::gui::guarded_main("kezek-staff", run, argc, argv); }
