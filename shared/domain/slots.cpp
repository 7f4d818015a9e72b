// Appointment slots (the rules are in slots.hpp). One pass builds, for every
// grid slot of the day, the counters free at it; free_slots counts them and
// assign_counter picks among them.
#include "shared/domain/slots.hpp"

#include <algorithm>
#include <cmath>

namespace kezek::domain {
namespace {

using namespace std::chrono;

struct Taker {
  int number = 0;
  int booked_minutes = 0;
  std::vector<Interval> busy;  // its counting appointments that day
};

struct GridSlot {
  Instant start;
  int minutes;
  std::vector<const Taker*> free;
};

bool counts(const Appointment& a) {
  return a.status == AppointmentStatus::booked || a.status == AppointmentStatus::checked_in ||
         a.status == AppointmentStatus::served;
}

std::vector<Taker> takers_for(std::string_view service, Date date, const std::vector<CounterConfig>& counters,
                              const std::vector<Appointment>& appointments) {
  std::vector<Taker> takers;
  for (const bool manager : {false, true}) {  // manager counters only as a last resort
    for (const CounterConfig& c : counters) {
      if (c.manager == manager && c.services.contains(std::string(service))) {
        takers.push_back(Taker{c.number, 0, {}});
      }
    }
    if (!takers.empty()) {
      break;
    }
  }
  for (const Appointment& a : appointments) {
    if (!counts(a) || local_date(a.start) != date) {
      continue;
    }
    for (Taker& t : takers) {
      if (t.number == a.counter) {
        t.booked_minutes += a.minutes;
        t.busy.push_back({a.start, a.start + minutes{a.minutes}});
      }
    }
  }
  return takers;
}

std::vector<GridSlot> grid(std::string_view service, Date date, const std::vector<CounterConfig>& counters,
                           const std::vector<Appointment>& appointments, const WorkingCalendar& calendar,
                           const ServiceTimes& times, const SlotPolicy& policy, Instant now,
                           std::vector<Taker>& takers) {
  const std::vector<Interval> intervals = calendar.working_intervals(date);
  takers = takers_for(service, date, counters, appointments);
  int working_minutes = 0;
  for (const Interval& span : intervals) {
    working_minutes += static_cast<int>(duration_cast<minutes>(span.end - span.start).count());
  }
  const double share = std::clamp(policy.walk_in_share, 0.0, 1.0);
  const int capacity = static_cast<int>(std::floor((1.0 - share) * working_minutes));
  const int length = slot_minutes(service, times, policy);
  const Instant earliest = now + policy.booking_lead;

  std::vector<GridSlot> slots;
  for (const Interval& span : intervals) {
    for (Instant start = span.start; start + minutes{length} <= span.end; start += minutes{length}) {
      if (start < earliest) {
        continue;
      }
      const Instant end = start + minutes{length};
      GridSlot slot{start, length, {}};
      for (const Taker& t : takers) {
        const bool overlaps = std::any_of(t.busy.begin(), t.busy.end(),
                                          [&](const Interval& b) { return b.start < end && start < b.end; });
        if (!overlaps && t.booked_minutes + length <= capacity) {
          slot.free.push_back(&t);
        }
      }
      if (!slot.free.empty()) {
        slots.push_back(std::move(slot));
      }
    }
  }
  return slots;
}

}  // namespace

int slot_minutes(std::string_view service, const ServiceTimes& times, const SlotPolicy& policy) {
  const auto expected = times.expected(service).count();
  const auto rounded = static_cast<int>((expected + 299) / 300 * 5);  // up to a 5-minute step
  return std::max(rounded, policy.slot_minutes_min);
}

std::vector<Slot> free_slots(std::string_view service, Date date, const std::vector<CounterConfig>& counters,
                             const std::vector<Appointment>& appointments, const WorkingCalendar& calendar,
                             const ServiceTimes& times, const SlotPolicy& policy, Instant now) {
  std::vector<Taker> takers;
  std::vector<Slot> out;
  for (const GridSlot& g : grid(service, date, counters, appointments, calendar, times, policy, now, takers)) {
    out.push_back(Slot{g.start, g.minutes, static_cast<int>(g.free.size())});
  }
  return out;
}

std::optional<int> assign_counter(std::string_view service, Instant start, const std::vector<CounterConfig>& counters,
                                  const std::vector<Appointment>& appointments, const WorkingCalendar& calendar,
                                  const ServiceTimes& times, const SlotPolicy& policy, Instant now) {
  std::vector<Taker> takers;
  const std::vector<GridSlot> slots =
      grid(service, local_date(start), counters, appointments, calendar, times, policy, now, takers);
  const auto slot = std::find_if(slots.begin(), slots.end(), [start](const GridSlot& g) { return g.start == start; });
  if (slot == slots.end()) {
    return std::nullopt;
  }
  const Taker* best = *std::min_element(slot->free.begin(), slot->free.end(), [](const Taker* a, const Taker* b) {
    return std::pair{a->booked_minutes, a->number} < std::pair{b->booked_minutes, b->number};
  });
  return best->number;
}

}  // namespace kezek::domain
