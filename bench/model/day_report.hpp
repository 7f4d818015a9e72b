#pragma once
// The figures of a simulated day, as the Centre would judge it.
//
// Waits: a walk-in waits from its ticket to its call. A visitor with an
// appointment waits from max(check-in, slot start) to the call: arriving early
// for one's slot is not waiting. A ticket never called counts until closing
// (its wait is then at least that), in the maximum and in the starvation figure
// but not in the mean and p90, which are over the tickets that were called.
//
// Promises: the mean absolute error between the wait a ticket was promised
// when it was issued (or checked in) and the wait it then had, over the called
// tickets that were promised one, and their mean signed difference (bias).
//
// Threading: free functions over their arguments; no state.
#include <array>
#include <string>

#include "bench/model/day_simulator.hpp"

namespace kezek::bench {

struct TierFigures {
  int tickets = 0;  // issued (for appointments: checked in)
  int called = 0;
  int turned_away = 0;  // told "not today" at the kiosk
  int waiting_at_close = 0;
  double mean_wait_min = 0, p90_wait_min = 0, max_wait_min = 0;
  double promise_mae_min = 0;
  double promise_bias_min = 0;  // mean of promised - real: below 0, promises too short
  int promises = 0;             // called tickets with a promise, behind the MAE
};

struct DayFigures {
  std::array<TierFigures, 4> tiers;  // by TicketTier: appointment, manager, priority, standard
  TierFigures walk_ins;              // manager + priority + standard together
  int bookings_requested = 0, appointments = 0, checked_in = 0;
  int appointments_on_time = 0;  // called within 5 min of the slot's start
  int checked_in_by_slot = 0;    // checked in by the slot's start (could be on time)
  double on_time_share = 0;      // appointments_on_time / checked_in_by_slot
  double longest_standard_wait_min = 0;
  bool longest_standard_unserved = false;  // the longest one was still waiting at closing
  int waiting_at_close = 0;
  int served = 0, no_shows = 0;
  double utilisation = 0;  // mean over counters of busy / working time
  double last_finish_after_close_min = 0;
  double wall_ms = 0;
};

DayFigures figures_of(const SimOutcome& day);

}  // namespace kezek::bench
