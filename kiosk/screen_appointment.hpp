#pragma once
// I have an appointment: the booking code on an on-screen pad (or typed by a
// QR scanner that acts as a keyboard, Enter to finish), then check-in. The
// server's answer is shown in words: checked in (the ticket screen follows),
// too early (come back at), too late (a standard ticket, one tap away).

#include <string>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct CodeScreenView {
  catalog::Lang lang = catalog::Lang::en;
  std::string code;     // canonical symbols typed so far
  std::string message;  // the answer or a typing problem
  ImVec4 message_colour{0, 0, 0, 1};
  bool can_submit = false;  // six symbols, online, not busy
  bool busy = false;
  bool offline = false;
  std::string offered_service;  // too late: a standard ticket for it, one tap away
};

Intents draw_appointment(const CodeScreenView& view, const Ui& ui);

// Keys typed on a keyboard or by a scanner this frame, and Enter, as intents
// (shared by the two code screens).
void read_typed_code(Intents& intents);

}  // namespace kezek::kiosk
