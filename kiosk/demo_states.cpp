#include "kiosk/demo_states.hpp"

#include <stdexcept>

#include "kiosk/receipt.hpp"
#include "shared/i18n/centre_status_text.hpp"
#include "shared/protocol/status_at.hpp"

namespace kezek::kiosk {
namespace {

using namespace std::chrono_literals;

std::string digits_of(Date date) {
  const std::string iso = format_date(date);  // YYYY-MM-DD
  return iso.substr(8, 2) + iso.substr(5, 2) + iso.substr(0, 4);
}

// Today as a working day with the Centre's usual hours; the next working day
// is tomorrow (a demo need not know the holidays).
protocol::StatusDay canned_day(Date today) {
  protocol::StatusDay day;
  day.date = today;
  day.working_day = true;
  day.open = 9h;
  day.close = 18h;
  day.lunch_start = 13h;
  day.lunch_end = 14h;
  day.next_working_day = Date{std::chrono::sys_days{today} + std::chrono::days{1}};
  return day;
}

// The status the server would send at `now` on that day.
protocol::Status canned_status(Instant now) {
  protocol::Status status;
  status.now = now;
  status.day = canned_day(local_date(now));
  const CentreStatus at_now = protocol::centre_status_at(status, now);
  status.state = at_now.state;
  status.until = at_now.until;
  status.next_opening = at_now.next_opening;
  status.text = protocol::LocalizedText{i18n::describe_status(at_now, now, catalog::Lang::en),
                                        i18n::describe_status(at_now, now, catalog::Lang::ru),
                                        i18n::describe_status(at_now, now, catalog::Lang::kk)};
  return status;
}

// The window for an expiry `days_left` calendar days away, roughly as the
// server's rule has it (from 30 to 5 working days before): the demo shows the
// wording, not the arithmetic.
ExtensionLookup canned_extension(Date today, int days_left) {
  const Date expiry{std::chrono::sys_days{today} + std::chrono::days{days_left}};
  protocol::ExtensionAnswer answer;
  answer.today = today;
  answer.expiry = expiry;
  answer.first = Date{std::chrono::sys_days{expiry} - std::chrono::days{42}};
  answer.last = Date{std::chrono::sys_days{expiry} - std::chrono::days{7}};
  answer.verdict = today < answer.first  ? ExtensionVerdict::too_early
                   : today > answer.last ? ExtensionVerdict::too_late
                                         : ExtensionVerdict::within;
  return ExtensionLookup{expiry, ExtensionLookup::Phase::answered, answer, {}};
}

protocol::Ticket canned_ticket(Instant now) {
  protocol::Ticket t;
  t.id = 7;
  t.number = "O-007";
  t.service = "iin";
  t.tier = domain::TicketTier::priority;
  t.position = 3;
  t.estimated_wait_min = 25;
  t.estimated_call_at = now + 25min;
  t.status_token = "3f9c2a7e51d04b8c9e6f1a2b3c4d5e6f";
  t.issued_at = now;
  return t;
}

protocol::Appointment canned_booking(Instant now) {
  protocol::Appointment b;
  b.code = "K7M4QX";
  b.service = "work_visa_in_country";
  b.start = now + 40min;
  b.minutes = 20;
  b.status = domain::AppointmentStatus::booked;
  return b;
}

}  // namespace

std::vector<std::string> demo_screen_names() {
  return {"home",
          "home_offline",
          "home_other_protocol",
          "groups",
          "services",
          "service",
          "service_iin",
          "extension_entry",
          "extension_within",
          "extension_too_early",
          "extension_too_late",
          "extension_checking",
          "ticket",
          "ticket_after_lunch",
          "checked_in",
          "not_today",
          "appointment",
          "appointment_too_early",
          "appointment_too_late",
          "booking"};
}

KioskState demo_state(std::string_view name, catalog::Lang lang, const ServedCatalog& catalog, Instant now,
                      const std::string& public_url) {
  KioskState s;
  s.lang = lang;
  s.connection.online = true;
  s.connection.known = true;
  s.connection.status = canned_status(now);
  s.connection.server_protocol = protocol::kProtocolVersion;
  const Date today = local_date(now);
  auto card = [&](const char* group, const char* service) {
    s.screen = Screen::service_card;
    s.choice.group = group;
    s.choice.service = service;
  };
  auto extension = [&](int days_left) {
    card("work_visa", "work_visa_extension");
    s.choice.extension = canned_extension(today, days_left);
    s.choice.expiry_digits = digits_of(s.choice.extension->expiry);
  };
  auto ticket = [&](protocol::Ticket t) {
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
  } else if (name == "home_other_protocol") {
    s.screen = Screen::home;
    s.connection.server_protocol = protocol::kProtocolVersion + 1;
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
    extension(21);
  } else if (name == "extension_too_early") {
    extension(84);
  } else if (name == "extension_too_late") {
    extension(3);
  } else if (name == "extension_checking") {
    extension(21);
    s.choice.extension->phase = ExtensionLookup::Phase::checking;
    s.choice.extension->answer.reset();
  } else if (name == "ticket") {
    ticket(canned_ticket(now));
  } else if (name == "ticket_after_lunch") {
    protocol::Ticket t = canned_ticket(now);
    t.after_lunch = true;
    t.tier = domain::TicketTier::standard;
    ticket(std::move(t));
    s.ticket.print = PrintState::failed;
  } else if (name == "checked_in") {
    protocol::Ticket t = canned_ticket(now);
    t.number = "W-012";
    t.service = "work_visa_in_country";
    t.tier = domain::TicketTier::appointment;
    ticket(std::move(t));
    s.ticket.appointment_start = now + 10min;
  } else if (name == "not_today") {
    s.screen = Screen::ticket;
    s.ticket.refusal = IssueRefusal::not_today;
    s.ticket.service = "work_visa_in_country";
    s.ticket.next_slot =
        protocol::NextSlot{"work_visa_in_country", from_local(s.connection.status->day->next_working_day, 10h), 20};
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
    throw std::invalid_argument("the catalog has no service \"" + s.choice.service + "\" for --screen " +
                                std::string(name));
  }
  return s;
}

}  // namespace kezek::kiosk
