#pragma once
// Everything the kiosk remembers between frames: which screen, the language,
// what the visitor has picked and typed, and what the server last said. The
// screens draw from views built out of it; only the controller (kiosk_app)
// changes it, on the UI thread.

#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "kiosk/qr_matrix.hpp"
#include "kiosk/server_replies.hpp"
#include "shared/catalog/catalog.hpp"

namespace kezek::kiosk {

enum class Screen { home, groups, services, service_card, ticket, appointment, booking };

struct Connection {
  bool online = false;         // the last request reached the server
  bool known = false;          // false until the first answer or failure: no banner while starting
  std::optional<ServerStatus> status;
};

// Take a ticket: the path through the catalog and the card's inputs.
struct ServiceChoice {
  std::string group;
  std::string service;
  std::set<std::size_t> ticked_documents;  // positions in the service's document list
  std::string expiry_digits;               // DDMMYYYY as typed, for an extension
};

enum class PrintState { none, printing, printed, failed, no_printer };

enum class IssueRefusal { none, not_today, closed, day_full, failed };

struct TicketResult {
  std::optional<IssuedTicket> ticket;
  std::optional<Instant> appointment_start;  // set when it came from a check-in
  std::optional<QrMatrix> qr;                // the status page's link, for the screen
  PrintState print = PrintState::none;
  IssueRefusal refusal = IssueRefusal::none;
  std::string service;                       // what was asked for
  std::optional<NextSlot> next_slot;
  std::string server_message;                // shown small under a refusal
};

enum class CodeVerdict {
  none, bad_code, unknown, too_early, too_late, wrong_day, already_checked_in, not_active, closed, failed
};

// I have an appointment / Check my booking: the code pad and the answer.
struct CodeEntry {
  std::string code;                        // canonical symbols typed so far
  std::string rejected_char;               // the last key that cannot be in a code
  CodeVerdict verdict = CodeVerdict::none;
  std::optional<Instant> come_back_at;     // too_early
  std::optional<std::string> offer_service;  // too_late: a standard ticket for it
  std::optional<Booking> booking;          // what the server said about the code
  std::string server_message;
};

struct KioskState {
  catalog::Lang lang = catalog::Lang::en;
  Screen screen = Screen::home;
  Connection connection;
  ServiceChoice choice;
  TicketResult ticket;
  CodeEntry code;
  bool busy = false;  // a request the visitor waits for is under way
};

}  // namespace kezek::kiosk
