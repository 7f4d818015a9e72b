// kezek-staff: the counter console (and, with the admin token, the supervisor's
// view of the whole Centre). See staff_options.hpp for the command line and
// staff_app.hpp for how it is put together.
#include "shared/gui/client_main.hpp"
#include "staff/staff_program.hpp"

int main(int argc, char** argv) {
  return kezek::gui::client_main("kezek-staff", [&] { return kezek::staff::run_staff(argc, argv); });
}
