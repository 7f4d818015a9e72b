#pragma once
// Home: the three things a visitor comes for — take a ticket, check in for an
// appointment, check a booking — and today's hours with whether the Centre is
// open, at lunch or closed.

#include <string>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct HomeView {
  catalog::Lang lang = catalog::Lang::en;
  std::string hours_line;   // "09:00–18:00, lunch break 13:00–14:00"
  std::string status_line;  // "Open until 13:00"; empty when the state is not known
  CentreState state = CentreState::open;
  bool online = true;     // check-in and booking look-up need the server
  bool can_serve = true;  // false: the server speaks another protocol version
  std::string notice;     // why the kiosk cannot serve, or why the status is unreadable
};

Intents draw_home(const HomeView& view, const Ui& ui);

}  // namespace kezek::kiosk
