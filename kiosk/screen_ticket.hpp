#pragma once
// The ticket: the number large, the service, people ahead and the estimated
// wait, "after the lunch break" when so, the QR code of its status page, and
// whether it printed (if not: note the number — the ticket stands). Or, when
// the server refused to issue one, why, with the next free appointment.

#include <optional>
#include <string>
#include <vector>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"
#include "kiosk/qr_matrix.hpp"

namespace kezek::kiosk {

struct TicketView {
  catalog::Lang lang = catalog::Lang::en;
  bool issued = false;
  std::string number;  // "O-001"
  std::string service_name;
  std::string tier_name;           // empty for standard
  std::vector<std::string> lines;  // people ahead, wait, expected call / checked-in time
  std::string after_lunch;         // empty unless after lunch
  const QrMatrix* qr = nullptr;
  std::string print_message;
  ImVec4 print_colour{0, 0, 0, 1};
  // a refusal
  std::string refusal_title;
  std::vector<std::string> refusal_lines;
  std::string server_message;
};

Intents draw_ticket(const TicketView& view, const Ui& ui);

}  // namespace kezek::kiosk
