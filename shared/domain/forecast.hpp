#pragma once
// Honest estimated waits: when each waiting ticket will be called, found by
// playing the day forward with the scheduler's own rules (scheduler.hpp).
//
// The simulation, from `now`:
//  - every counter that is configured and not paused takes part; it is free at
//    `now`, or at the expected end of its current ticket (started_at, else
//    called_at plus ServiceTimes::call_overhead, plus ServiceTimes::expected),
//    whichever is later;
//  - a free counter calls what choose_next would call at that instant, and is
//    then busy for the call's overhead (the walk up, learned) plus the
//    ticket's expected service time;
//  - nothing is called before opening, during lunch (13:00-14:00) or at/after
//    closing: a counter free at such a time waits for the next working
//    interval; after the last one it keeps going (as if working late) only so
//    that every ticket still gets an order and a call_at;
//  - a booked appointment that has not checked in is expected to come: when
//    its counter can call nothing else before it, the counter serves it at
//    max(free time, slot start) for the call overhead and its expected time,
//    as if it had arrived.
//
// TicketForecast, for each waiting ticket:
//  - call_at: the predicted call. For today == false it is only where the
//    line would reach it if the counters worked on past closing: tell the
//    visitor "not today" and offer a slot instead of quoting it.
//  - today: call_at is before the day's closing (false on a closed day).
//  - after_lunch: now is before the lunch break's end and call_at is at or
//    after it (the kiosk says "after lunch").
//  - position: the number of waiting tickets the simulation calls before this
//    one at the counters that can serve it (can_serve, among the unpaused
//    counters): 0 = next at one of its counters. Tickets called at the same
//    instant count in the order the counters are listed.
// A waiting ticket that no unpaused counter can serve gets call_at =
// Instant::max(), position = -1, today = false, after_lunch = false.
//
// Cost: O((T + A) log C + T * B) for T waiting tickets, A appointments, C
// counters and B groups of like tickets (same service, kind and target) per
// counter — under a millisecond for 3,000 tickets on 12 counters (-O2).
//
// Threading: free functions over their arguments; no state.
#include <string_view>
#include <unordered_map>

#include "shared/calendar/working_calendar.hpp"
#include "shared/domain/day_state.hpp"
#include "shared/domain/scheduler.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::domain {

struct TicketForecast {
  Instant call_at{};
  int position = 0;
  bool today = false;
  bool after_lunch = false;
};

using Forecasts = std::unordered_map<TicketId, TicketForecast>;

// One entry per waiting ticket of the day.
Forecasts forecast(const DayState& day, Instant now, const ServiceTimes& times, const SchedulingPolicy& policy,
                   const WorkingCalendar& calendar);

// The forecast for a ticket of `service` and `tier` if it were issued at
// `now` (a walk-in with no target counter), without changing the day: the
// kiosk's answer before it sells the ticket. Costs one forecast() (the day is
// not copied; the hypothetical ticket joins the simulation only).
TicketForecast forecast_new_ticket(const DayState& day, std::string_view service, TicketTier tier, Instant now,
                                   const ServiceTimes& times, const SchedulingPolicy& policy,
                                   const WorkingCalendar& calendar);

}  // namespace kezek::domain
