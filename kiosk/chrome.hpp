#pragma once
// The frame around every screen: the name, the clock, the Centre's state and
// the three language buttons on top (one tap switches); a red banner while
// the server cannot be reached; Back and Start over at the bottom.

#include <string>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct HeaderView {
  catalog::Lang lang = catalog::Lang::en;
  std::string clock;        // "10:42"
  std::string status_line;  // "Open until 13:00"; empty when the state is not known
  CentreState state = CentreState::open;
  bool offline = false;  // show the banner
};

struct FooterView {
  catalog::Lang lang = catalog::Lang::en;
  bool back = false;
  bool start_over = false;
};

Intents draw_header(const HeaderView& view, const Ui& ui);
Intents draw_footer(const FooterView& view, const Ui& ui);
// The footer's height, so that the screen above can leave room for it.
float footer_height(const Ui& ui);

}  // namespace kezek::kiosk
