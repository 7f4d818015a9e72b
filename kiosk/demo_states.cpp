#include "kiosk/demo_states.hpp"

#include <stdexcept>

#include "kiosk/receipt.hpp"

namespace kezek::kiosk {
namespace {

using namespace std::chrono_literals;

std::string digits_of(Date date) {
  const std::string iso = format_date(date);  // YYYY-MM-DD
  return iso.substr(8, 2) + iso.substr(5, 2) + iso.substr(0, 4);
}

IssuedTicket canned_ticket(Instant now) {
  IssuedTicket t;
  t.id = 7;
  t.number = "O-007";
  t.service = "iin";
  t.tier = "priority";
  t.position = 3;
  t.estimated_wait_min = 25;
  t.estimated_call_at = now + 25min;
  t.status_token = "3f9c2a7e51d04b8c9e6f1a2b3c4d5e6f";
  t.issued_at = now;
  return t;
}

Booking canned_booking(Instant now) {
  Booking b;
  b.code = "K7M4QX";
  b.service = "work_visa_in_country";
  b.start = now + 40min;
  b.minutes = 20;
  b.status = "booked";
  return b;
}

}  // namespace

std::vector<std::string> demo_screen_names() {
  return {"home",          "home_offline",     "groups",           "services",
          "service",       "service_iin",      "extension_entry",  "extension_within",
          "extension_too_early", "extension_too_late", "ticket",   "ticket_after_lunch",
          "checked_in",    "not_today",        "appointment",      "appointment_too_early",
          "appointment_too_late", "booking"};
}

KioskState demo_state(std::string_view name, catalog::Lang lang, const ServedCatalog& catalog,
                      const WorkingCalendar& calendar, Instant now, const std::string& public_url) {
  KioskState s;
  s.lang = lang;
  s.connection.online = true;
  s.connection.known = true;
  const Date today = local_date(now);
  auto card = [&](const char* group, const char* service) {
    s.screen = Screen::service_card;
    s.choice.group = group;
    s.choice.service = service;
  };
  auto ticket = [&](IssuedTicket t) {
    s.screen = Screen::ticket;
    s.ticket.qr = make_qr(ticket_status_url(public_url, t.status_token));
    s.ticket.service = t.service;
    s.ticket.ticket = std::move(t);
    s.ticket.print = PrintState::printed;
  };

  if (name == "home") {
    s.screen = Screen::home;
  } else if (name == "home_offline") {
    s.screen = Screen::home;
    s.connection.online = false;
  } else if (name == "groups") {
    s.screen = Screen::groups;
  } else if (name == "services") {
    s.screen = Screen::services;
    s.choice.group = "work_visa";
  } else if (name == "service") {
    card("work_visa", "work_visa_in_country");
    s.choice.ticked_documents = {0, 2};
  } else if (name == "service_iin") {
    card("other_services", "iin");
  } else if (name == "extension_entry") {
    card("work_visa", "work_visa_extension");
    s.choice.expiry_digits = "2412";
  } else if (name == "extension_within") {
    card("work_visa", "work_visa_extension");
    s.choice.expiry_digits = digits_of(calendar.add_working_days(today, 15));
  } else if (name == "extension_too_early") {
    card("work_visa", "work_visa_extension");
    s.choice.expiry_digits = digits_of(calendar.add_working_days(today, 60));
  } else if (name == "extension_too_late") {
    card("work_visa", "work_visa_extension");
    s.choice.expiry_digits = digits_of(calendar.add_working_days(today, 2));
  } else if (name == "ticket") {
    ticket(canned_ticket(now));
  } else if (name == "ticket_after_lunch") {
    IssuedTicket t = canned_ticket(now);
    t.after_lunch = true;
    t.tier = "standard";
    ticket(std::move(t));
    s.ticket.print = PrintState::failed;
  } else if (name == "checked_in") {
    IssuedTicket t = canned_ticket(now);
    t.number = "W-012";
    t.service = "work_visa_in_country";
    t.tier = "appointment";
    ticket(std::move(t));
    s.ticket.appointment_start = now + 10min;
  } else if (name == "not_today") {
    s.screen = Screen::ticket;
    s.ticket.refusal = IssueRefusal::not_today;
    s.ticket.service = "work_visa_in_country";
    s.ticket.next_slot = NextSlot{"work_visa_in_country", from_local(calendar.next_working_day(today), 10h), 20};
  } else if (name == "appointment") {
    s.screen = Screen::appointment;
    s.code.code = "K7M4";
  } else if (name == "appointment_too_early") {
    s.screen = Screen::appointment;
    s.code.code = "K7M4QX";
    s.code.verdict = CodeVerdict::too_early;
    s.code.come_back_at = now + 50min;
  } else if (name == "appointment_too_late") {
    s.screen = Screen::appointment;
    s.code.code = "K7M4QX";
    s.code.verdict = CodeVerdict::too_late;
    s.code.offer_service = "work_visa_in_country";
  } else if (name == "booking") {
    s.screen = Screen::booking;
    s.code.code = "K7M4QX";
    s.code.booking = canned_booking(now);
  } else {
    std::string names;
    for (const std::string& n : demo_screen_names()) names += " " + n;
    throw std::invalid_argument("unknown --screen \"" + std::string(name) + "\"; known:" + names);
  }
  if (!s.choice.service.empty() && catalog.catalog.find_service(s.choice.service) == nullptr) {
    throw std::invalid_argument("the catalog has no service \"" + s.choice.service + "\" for --screen " + std::string(name));
  }
  return s;
}

}  // namespace kezek::kiosk
