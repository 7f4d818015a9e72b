#pragma once
// The commands domain::Queue applies (queue.hpp), the rules it applies them
// by, and the one thing it must ask its caller for: identities it may not
// invent (ticket ids, daily sequence numbers, status tokens, booking codes).
//
// Threading: plain values, and an interface whose implementations say their own rule.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "shared/domain/check_in.hpp"
#include "shared/domain/model.hpp"
#include "shared/domain/scheduler.hpp"
#include "shared/domain/slots.hpp"

namespace kezek::domain {

struct QueueRules {
  SchedulingPolicy scheduling;
  SlotPolicy slots;
  CheckInWindow check_in;
  int max_tickets_per_day = 5000;
  // The kiosk asks the forecast before selling a walk-in ticket and refuses
  // one that would not be reached today. A plain first-come-first-served
  // baseline (the day simulator's) sells every ticket instead.
  bool refuse_not_today = true;
  // A booking on a provisional day (WorkingCalendar::is_provisional: no
  // published decree yet, so a decree may still make it a day off) is taken
  // only up to this many days after today.
  int provisional_booking_days = 90;
};

// What the queue needs from outside because it is drawn from a store or from
// randomness, which the pure core has neither of. Asked only once a command
// has passed every rule, so a refused command takes no number.
class QueueSupply {
 public:
  virtual ~QueueSupply() = default;
  // The next daily number for a group letter (1, 2, ...): "W-017".
  virtual int next_ticket_sequence(Date day, char letter) = 0;
  // The unguessable key of a ticket's public status page.
  virtual std::string new_status_token() = 0;
  // The id of a new ticket, given by the caller's store (the server inserts
  // the row here and returns the database's id; a simulator counts).
  virtual TicketId store_new_ticket(const Ticket& ticket) = 0;
  // A booking code no appointment has yet; nullopt when none could be found.
  virtual std::optional<std::string> new_booking_code() = 0;
};

// --- tickets ---
struct IssueTicket {
  std::string service;
  TicketTier tier = TicketTier::standard;
  std::string lang = "en";
};

// --- counters ---
struct CallNext {
  int counter = 0;
};
struct Recall {
  int counter = 0;
};
struct StartServing {
  int counter = 0;
};
struct FinishServing {
  int counter = 0;
};
struct MarkNoShow {
  int counter = 0;
};
struct Transfer {
  int counter = 0;
  std::optional<std::string> service;  // exactly one of service and to_counter
  std::optional<int> to_counter;
  std::string reason;
};
struct PauseCounter {
  int counter = 0;
};
struct ResumeCounter {
  int counter = 0;
};

// --- appointments ---
struct BookAppointment {
  std::string service;
  Instant start{};
  std::string applicant;
  // Found by the caller's store, which holds every day: the applicant's
  // active booking for this service, if any, and the active (booked or
  // checked-in) appointments of the slot's day when that day is not the
  // queue's (for the queue's own day the queue uses its state).
  std::optional<Appointment> existing;
  std::vector<Appointment> other_day_active;
};
struct CancelAppointment {
  Appointment appointment;  // as the caller's store holds it (any day)
};
struct CheckIn {
  std::string code;  // normalized (codes.hpp)
  std::string lang = "en";
  // The caller's stored copy, used when the code is not one of the queue's
  // day: the refusal then says why (wrong day, missed...).
  std::optional<Appointment> stored;
};

bool is_active(const Appointment& appointment);  // booked or checked in

}  // namespace kezek::domain
