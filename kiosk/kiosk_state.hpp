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
#include "shared/catalog/catalog.hpp"
#include "shared/protocol/appointment.hpp"
#include "shared/protocol/extension_answer.hpp"
#include "shared/protocol/refusal_extras.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/ticket.hpp"
#include "shared/protocol/version.hpp"

namespace kezek::kiosk {

enum class Screen { home, groups, services, service_card, ticket, appointment, booking };

struct Connection {
  bool online = false;  // the last request reached the server
  bool known = false;   // false until the first answer or failure: no banner while starting
  // The last status the server sent, kept while offline: its "day" is all the
  // kiosk knows of the Centre's hours (it has no calendar of its own).
  std::optional<protocol::Status> status;
  std::optional<int> server_protocol;  // from GET /api/v1/status
  std::string status_problem;          // why the last status answer could not be read

  // A server of another protocol version is reached but not talked to.
  bool speaks_server_protocol() const { return !server_protocol || protocol::compatible(*server_protocol); }
  bool usable() const { return online && speaks_server_protocol(); }
};

// Take a ticket: the path through the catalog and the card's inputs.
// The server's answer about a visa's expiry date (GET /api/v1/extension-window).
struct ExtensionLookup {
  enum class Phase { checking, answered, unreachable, unreadable };
  Date expiry{};
  Phase phase = Phase::checking;
  std::optional<protocol::ExtensionAnswer> answer;  // answered
  std::string problem;                              // unreadable: why
};

struct ServiceChoice {
  std::string group;
  std::string service;
  std::set<std::size_t> ticked_documents;    // positions in the service's document list
  std::string expiry_digits;                 // DDMMYYYY as typed, for an extension
  std::optional<ExtensionLookup> extension;  // asked once the 8 digits are a real date
};

enum class PrintState { none, printing, printed, failed, no_printer };

enum class IssueRefusal { none, not_today, closed, day_full, failed };

struct TicketResult {
  std::optional<protocol::Ticket> ticket;
  std::optional<Instant> appointment_start;  // set when it came from a check-in
  std::optional<QrMatrix> qr;                // the status page's link, for the screen
  PrintState print = PrintState::none;
  IssueRefusal refusal = IssueRefusal::none;
  std::string service;  // what was asked for
  std::optional<protocol::NextSlot> next_slot;
  std::string server_message;  // shown small under a refusal
};

enum class CodeVerdict {
  none,
  bad_code,
  unknown,
  too_early,
  too_late,
  wrong_day,
  already_checked_in,
  not_active,
  closed,
  failed
};

// I have an appointment / Check my booking: the code pad and the answer.
struct CodeEntry {
  std::string code;           // canonical symbols typed so far
  std::string rejected_char;  // the last key that cannot be in a code
  CodeVerdict verdict = CodeVerdict::none;
  std::optional<Instant> come_back_at;           // too_early
  std::optional<std::string> offer_service;      // too_late: a standard ticket for it
  std::optional<protocol::Appointment> booking;  // what the server said about the code
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
