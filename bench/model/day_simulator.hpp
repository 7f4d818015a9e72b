#pragma once
// A whole day of the Centre in simulated time, driven by the server's own
// queue: every ticket goes through domain::Queue (queue.hpp) — issued (with
// the kiosk's "not today" check), checked in, called, started, finished or
// marked a no-show, and bookings missed by Queue::tick — so the benchmark
// measures the server's rules, not a copy of them. domain::free_slots /
// assign_counter book the appointments the day before, ServiceTimes (inside
// the Queue) learns from every finished visit, and the real working calendar
// says when counters may call.
//
// The same day (the same visitors, the same bookings) can be run under a plain
// first-come-first-served queue per service instead, as the baseline, through
// the same Queue with two rules swapped: a free counter calls the earliest
// ticket among the services it serves, whatever its tier or slot (the
// Queue's call-rule hook); every ticket is sold (QueueRules::refuse_not_today
// off); the promised wait is the naive
// "people ahead of you for this service x its mean time / its counters".
//
// No clock is read and no I/O is done: a day takes milliseconds.
//
// Threading: free functions over their arguments; no state.
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/model/visitor_model.hpp"
#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/domain/check_in.hpp"
#include "shared/domain/model.hpp"
#include "shared/domain/scheduler.hpp"
#include "shared/domain/slots.hpp"

namespace kezek::bench {

enum class Policy { kezek, fcfs };
std::string_view to_string(Policy policy);

struct SimSettings {
  domain::SchedulingPolicy scheduling;
  domain::SlotPolicy slots;
  domain::CheckInWindow check_in;
  std::chrono::seconds no_show_wait{180};  // how long a counter waits for a called visitor who never comes
  std::chrono::seconds idle_poll{30};      // an idle counter looks again this often (and at every arrival)
};

// The day's appointments, booked the day before at noon, each at the free slot
// nearest the start its visitor asked for; requests that find no slot are lost.
struct BookedDay {
  std::vector<domain::Appointment> appointments;
  std::vector<std::size_t> visitor;  // [i]: the index in DayDemand::bookings of appointments[i]
  int requested = 0;
};
BookedDay book_appointments(const DayDemand& demand, const std::vector<domain::CounterConfig>& counters,
                            const WorkingCalendar& calendar, const catalog::Catalog& catalog,
                            const SimSettings& settings);

struct SimTicket {
  domain::TicketTier tier = domain::TicketTier::standard;
  std::string service;
  Instant issued{};
  std::optional<Instant> slot, called, started, finished;
  bool no_show = false;
  int counter = 0;
  std::optional<std::chrono::seconds> promised_wait;  // told at issue (or check-in)
};

struct CounterUse {
  int number = 0;
  bool manager = false;
  std::chrono::seconds busy{};  // from each call to its finish or no-show
  int served = 0;
};

struct SimOutcome {
  Policy policy = Policy::kezek;
  Date date{};
  Instant open{}, close{};                   // the day's first opening and last closing
  std::chrono::seconds working_time{};       // per counter, lunch excluded
  std::vector<SimTicket> tickets;            // in issue order
  std::array<int, 4> turned_away{};          // walk-ins told "not today", by TicketTier
  std::optional<Instant> first_turned_away;  // when the kiosk first said "not today"
  int bookings_requested = 0, appointments = 0;
  int booking_no_shows = 0;  // booked, never came
  int booking_too_late = 0;  // came after the check-in window: took a standard ticket
  std::vector<CounterUse> counters;
  double wall_ms = 0;  // how long the simulation took
};

SimOutcome simulate_day(const catalog::Catalog& catalog, const WorkingCalendar& calendar,
                        const std::vector<domain::CounterConfig>& counters, const DayDemand& demand,
                        const BookedDay& booked, Policy policy, const SimSettings& settings);

}  // namespace kezek::bench
