#pragma once
// Check my booking: the code (pad or scanner), then the booking — date, time,
// service, status and the documents to bring — with check-in one tap away
// when it is today's.

#include <optional>
#include <string>
#include <vector>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"
#include "kiosk/screen_appointment.hpp"

namespace kezek::kiosk {

struct BookingDetailsView {
  std::string code;  // "K7M-4QX"
  std::string date;
  std::string time;  // "10:00–10:20"
  std::string service_name;
  std::string status;
  std::vector<std::string> documents;
  bool can_check_in = false;  // today's, still booked, online
};

struct BookingView {
  CodeScreenView entry;  // the pad while no booking is shown
  std::optional<BookingDetailsView> details;
};

Intents draw_booking(const BookingView& view, const Ui& ui);

}  // namespace kezek::kiosk
