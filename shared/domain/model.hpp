#pragma once
// The queue's domain model: tickets, counters, appointments. Plain values with no
// I/O, shared by the server, the scheduler, the simulator and the tests.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "shared/time/local_time.hpp"

namespace kezek::domain {

using TicketId = std::int64_t;

// Order matters: lower values are served first within the scheduler's rules.
enum class TicketTier { appointment, manager, priority, standard };
enum class TicketStatus { waiting, called, serving, done, no_show, cancelled };

std::string_view to_string(TicketTier);
std::string_view to_string(TicketStatus);
std::optional<TicketTier> parse_ticket_tier(std::string_view);
std::optional<TicketStatus> parse_ticket_status(std::string_view);

struct Ticket {
  TicketId id = 0;
  Date day{};           // the local date it was issued for
  std::string number;   // "W-017": group letter and daily sequence
  std::string service;  // catalog service id
  TicketTier tier = TicketTier::standard;
  TicketStatus status = TicketStatus::waiting;
  std::string lang = "en";  // the visitor's language at the kiosk
  Instant issued_at{};      // kept across transfers: the visitor's place in line
  std::optional<Instant> called_at, started_at, finished_at;
  std::optional<int> counter;         // the counter that called it
  std::optional<int> target_counter;  // a transfer to one counter in particular
  int recalls = 0;
  std::optional<std::string> appointment_code;
  std::optional<Instant> slot_start;  // for appointment tickets
  std::string status_token;           // unguessable, for the public status page
  std::string transfer_reason;
  std::string close_reason;  // "" or kClosedDayEnded (shared/domain/day_end.hpp)

  bool is_open() const {
    return status == TicketStatus::waiting || status == TicketStatus::called || status == TicketStatus::serving;
  }
};

struct CounterConfig {
  int number = 0;
  std::set<std::string> services;  // the skills: catalog service ids
  bool manager = false;            // a personal-manager counter
};

enum class CounterPhase { idle, calling, serving };
std::string_view to_string(CounterPhase);

struct CounterState {
  int number = 0;
  CounterPhase phase = CounterPhase::idle;
  std::optional<TicketId> current;  // the called or serving ticket
  bool paused = false;              // paused by the operator (lunch is separate)
};

// unserved: checked in, but the day ended before its ticket was served.
enum class AppointmentStatus { booked, checked_in, served, cancelled, missed, unserved };
std::string_view to_string(AppointmentStatus);
std::optional<AppointmentStatus> parse_appointment_status(std::string_view);

struct Appointment {
  std::string code;  // short and unambiguous, e.g. "K7M4QX"
  std::string service;
  Instant start{};
  int minutes = 20;       // the slot's length
  int counter = 0;        // the counter whose capacity it uses
  std::string applicant;  // the portal's applicant reference (no passport data)
  AppointmentStatus status = AppointmentStatus::booked;
  std::optional<TicketId> ticket;  // set at check-in
  Instant created_at{};
};

}  // namespace kezek::domain
