#pragma once
// Appointment slots: when a service can be booked on a day, from the working
// calendar and the counters' capacity, keeping a share of every counter's day
// for walk-ins.
//
// Rules:
//  - slot length = the service's expected time rounded up to a multiple of
//    5 minutes, at least slot_minutes_min (slot_minutes below);
//  - slots lie on a grid from the start of each working interval (09:00 and
//    14:00), back to back, and only whole slots: none crosses lunch or closing;
//  - the counters that take bookings for a service are the non-manager
//    counters serving it, or the manager counters serving it when no other does;
//  - a slot is free at a counter when none of the counter's appointments
//    overlaps it and the counter's booked minutes that day plus the slot stay
//    within (1 - walk_in_share) of its working minutes;
//  - no slots on closed days, in the past, or starting less than booking_lead
//    after now.
// Appointments count (for overlap and capacity) when booked, checked in or
// served, on the given day; cancelled and missed ones free their time.
//
// Threading: free functions over their arguments; no state.
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "shared/calendar/working_calendar.hpp"
#include "shared/domain/model.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::domain {

struct SlotPolicy {
  int slot_minutes_min = 15;
  double walk_in_share = 0.5;  // of each counter's working minutes; clamped to [0, 1]
  std::chrono::minutes booking_lead{60};
};

struct Slot {
  Instant start{};
  int minutes = 0;
  int free = 0;  // how many counters could take a booking at this start
};

int slot_minutes(std::string_view service, const ServiceTimes& times, const SlotPolicy& policy);

// The free slots for `service` on `date`, in time order.
std::vector<Slot> free_slots(std::string_view service, Date date, const std::vector<CounterConfig>& counters,
                             const std::vector<Appointment>& appointments, const WorkingCalendar& calendar,
                             const ServiceTimes& times, const SlotPolicy& policy, Instant now);

// The counter that takes a booking of `service` starting exactly at `start`
// (a free slot's start): among the counters free then, the one with the
// fewest booked minutes that day, ties to the lowest number. nullopt when
// `start` is not a free slot. The booking's length is slot_minutes().
std::optional<int> assign_counter(std::string_view service, Instant start, const std::vector<CounterConfig>& counters,
                                  const std::vector<Appointment>& appointments, const WorkingCalendar& calendar,
                                  const ServiceTimes& times, const SlotPolicy& policy, Instant now);

}  // namespace kezek::domain
