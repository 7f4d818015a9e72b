// figures_of: one pass over the simulated tickets.
#include "bench/model/day_report.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "bench/common/latency.hpp"

namespace kezek::bench {
namespace {

using domain::TicketTier;

double minutes_between(Instant from, Instant to) { return std::chrono::duration<double>(to - from).count() / 60.0; }

struct Collect {
  std::vector<double> waits;  // called tickets
  double max_wait = 0;        // called or not
  double error_sum = 0;
  double signed_sum = 0;  // promised - real
  int promises = 0;

  void finish(TierFigures& f) {
    std::sort(waits.begin(), waits.end());
    f.called = static_cast<int>(waits.size());
    double total = 0;
    for (double w : waits) total += w;
    f.mean_wait_min = waits.empty() ? 0 : total / static_cast<double>(waits.size());
    f.p90_wait_min = percentile_of_sorted(waits, 90);
    f.max_wait_min = max_wait;
    f.promises = promises;
    f.promise_mae_min = promises == 0 ? 0 : error_sum / promises;
    f.promise_bias_min = promises == 0 ? 0 : signed_sum / promises;
  }
};

}  // namespace

DayFigures figures_of(const SimOutcome& day) {
  DayFigures out;
  out.wall_ms = day.wall_ms;
  out.bookings_requested = day.bookings_requested;
  out.appointments = day.appointments;
  std::array<Collect, 4> by_tier;
  Collect walk_ins;
  for (const SimTicket& t : day.tickets) {
    const auto tier = static_cast<std::size_t>(t.tier);
    TierFigures& f = out.tiers[tier];
    ++f.tickets;
    const bool walk_in = t.tier != TicketTier::appointment;
    if (walk_in) ++out.walk_ins.tickets;
    const Instant waits_from = t.slot ? std::max(t.issued, *t.slot) : t.issued;
    double wait = 0;
    if (t.called) {
      wait = std::max(0.0, minutes_between(waits_from, *t.called));
      by_tier[tier].waits.push_back(wait);
      if (walk_in) walk_ins.waits.push_back(wait);
      if (t.promised_wait) {
        const double promised = static_cast<double>(t.promised_wait->count()) / 60.0;
        const double real = minutes_between(t.issued, *t.called);
        for (Collect* c : {&by_tier[tier], walk_in ? &walk_ins : nullptr}) {
          if (c == nullptr) continue;
          c->error_sum += std::abs(promised - real);
          c->signed_sum += promised - real;
          ++c->promises;
        }
      }
      if (t.no_show)
        ++out.no_shows;
      else
        ++out.served;
      if (t.finished && *t.finished > day.close)
        out.last_finish_after_close_min =
            std::max(out.last_finish_after_close_min, minutes_between(day.close, *t.finished));
    } else {
      wait = std::max(0.0, minutes_between(waits_from, day.close));
      ++f.waiting_at_close;
      ++out.waiting_at_close;
      if (walk_in) ++out.walk_ins.waiting_at_close;
    }
    by_tier[tier].max_wait = std::max(by_tier[tier].max_wait, wait);
    if (walk_in) walk_ins.max_wait = std::max(walk_ins.max_wait, wait);
    if (t.tier == TicketTier::standard && wait >= out.longest_standard_wait_min) {
      out.longest_standard_wait_min = wait;
      out.longest_standard_unserved = !t.called;
    }
    if (t.tier == TicketTier::appointment) {
      ++out.checked_in;
      if (t.slot && t.issued <= *t.slot) {
        ++out.checked_in_by_slot;
        if (t.called && *t.called <= *t.slot + std::chrono::minutes(5)) ++out.appointments_on_time;
      }
    }
  }
  for (std::size_t i = 0; i < 4; ++i) {
    by_tier[i].finish(out.tiers[i]);
    out.tiers[i].turned_away = day.turned_away[i];
    if (i != static_cast<std::size_t>(TicketTier::appointment)) out.walk_ins.turned_away += day.turned_away[i];
  }
  walk_ins.finish(out.walk_ins);
  out.on_time_share =
      out.checked_in_by_slot == 0 ? 0 : static_cast<double>(out.appointments_on_time) / out.checked_in_by_slot;
  double utilisation = 0;
  for (const CounterUse& c : day.counters)
    utilisation += day.working_time.count() > 0
                       ? static_cast<double>(c.busy.count()) / static_cast<double>(day.working_time.count())
                       : 0;
  out.utilisation = day.counters.empty() ? 0 : utilisation / static_cast<double>(day.counters.size());
  return out;
}

}  // namespace kezek::bench
