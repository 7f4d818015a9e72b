// kezek-kiosk: the touch kiosk in the Centre's lobby — take a ticket, check in
// for an appointment, check a booking — in English, Russian and Kazakh, talking
// to kezek-server and printing tickets on a receipt printer.
#include "kiosk/kiosk_program.hpp"
#include "shared/gui/client_main.hpp"

int main(int argc, char** argv) {
  return kezek::gui::client_main("kezek-kiosk", [&] { return kezek::kiosk::run_kiosk(argc, argv); });
}
