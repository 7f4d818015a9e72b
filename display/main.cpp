// kezek-display: the lobby's wall display. Shows the newest call big, the calls
// before it, the queue per service group, the clock and the Centre's state, fed
// by the server's event WebSocket; announces each call with a chime and speech
// in Kazakh, Russian and English. See display_usage() for the options.
#include "display/display_program.hpp"
#include "shared/gui/client_main.hpp"

int main(int argc, char** argv) {
  return kezek::gui::client_main("kezek-display", [&] { return kezek::display::run_display(argc, argv); });
}
