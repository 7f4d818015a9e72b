// The forecast's simulation (the model is described in forecast.hpp).
//
// Sections:
//   [groups]     waiting tickets grouped by what decides who may call them
//   [simulation] the event loop over counters, with the scheduler's rules
//   [results]    call times turned into TicketForecast
//
// Speed comes from grouping: tickets with the same kind (walk-in or
// appointment), service, manager tier and target counter are eligible at the
// same counters and take the same expected time, so within a group the rules'
// order is the group's own sorted order and the fit check gives one answer for
// the whole group. A free counter therefore looks only at the head of each of
// its groups instead of at every ticket.
#include "shared/domain/forecast.hpp"

#include <algorithm>
#include <climits>
#include <functional>
#include <map>
#include <queue>
#include <tuple>
#include <vector>

namespace kezek::domain {
namespace {

using std::chrono::seconds;
using Key = std::tuple<Instant, TicketId>;

constexpr int kNone = -1;

// [groups] ----------------------------------------------------------------------

struct Group {
  bool appointment = false;  // kind: appointment tickets, else walk-ins
  seconds expected{};
  std::vector<int> members;   // ticket indices in the rules' order
  std::size_t head = 0;       // members before it are all called
  std::vector<int> counters;  // indices of the active counters that can serve it
};

struct SimTicket {
  const Ticket* ticket = nullptr;
  int group = kNone;
  Key key;                  // (effective issue time or slot, id)
  int appointment = kNone;  // index into SimAppointment, for appointment tickets
  bool called = false;
  Instant call_at = Instant::max();
  int position = -1;
};

struct SimAppointment {
  const Appointment* appointment = nullptr;
  int ticket = kNone;  // its waiting ticket, or kNone if not checked in
  bool done = false;   // served (or its ticket called) in the simulation
};

struct SimCounter {
  const CounterConfig* config = nullptr;
  std::vector<int> walk_in_groups;
  std::vector<int> appointment_groups;
  std::vector<char> serves_group;    // by group index
  std::vector<int> appointments;     // its appointments, by start
  std::size_t next_appointment = 0;  // those before it no longer protect
  int calls = 0;
};

// [simulation] ------------------------------------------------------------------

class Simulation {
 public:
  Simulation(const DayState& day, const Ticket* extra, Instant now, const ServiceTimes& times,
             const SchedulingPolicy& policy, const WorkingCalendar& calendar)
      : day_(day), now_(now), times_(times), policy_(policy), intervals_(calendar.working_intervals(day.day)) {
    collect_counters();
    collect_tickets(extra);
    build_groups();
    collect_appointments();
    run();
  }

  const std::vector<SimTicket>& tickets() const { return tickets_; }
  const std::vector<Interval>& intervals() const { return intervals_; }

 private:
  using Event = std::pair<Instant, int>;  // (free at, counter index)

  void collect_counters() {
    sim_of_config_.assign(day_.counters.size(), kNone);
    // counter_states runs parallel to counters (DayState::add_counter); the
    // lookup by number is only for a state filled otherwise.
    const bool parallel = day_.counter_states.size() == day_.counters.size();
    for (const CounterConfig& config : day_.counters) {
      const std::size_t i = static_cast<std::size_t>(&config - day_.counters.data());
      const CounterState* state = parallel && day_.counter_states[i].number == config.number
                                      ? &day_.counter_states[i]
                                      : day_.counter_state(config.number);
      if (state != nullptr && state->paused) {
        continue;
      }
      sim_of_config_[i] = static_cast<int>(counters_.size());
      counters_.push_back(SimCounter{&config, {}, {}, {}, {}, 0, 0});
      Instant free_at = now_;
      if (state != nullptr && state->current) {
        if (const Ticket* current = day_.find_ticket(*state->current)) {
          // Serving: from its start. Called: the walk up is still to come.
          const Instant began =
              current->started_at.value_or(current->called_at.value_or(now_) + times_.call_overhead());
          free_at = std::max(now_, began + times_.expected(current->service));
        }
      }
      events_.emplace(free_at, static_cast<int>(counters_.size() - 1));
    }
  }

  void collect_tickets(const Ticket* extra) {
    auto add = [this](const Ticket& t) {
      if (t.status != TicketStatus::waiting) {
        return;
      }
      SimTicket s;
      s.ticket = &t;
      s.key = is_walk_in(t) ? Key{effective_issue_time(t, policy_), t.id} : Key{slot_of(t), t.id};
      index_of_.emplace(t.id, static_cast<int>(tickets_.size()));
      tickets_.push_back(s);
    };
    for (const Ticket& t : day_.open_tickets()) {  // settled ones never wait
      add(t);
    }
    if (extra != nullptr) {
      add(*extra);
    }
    remaining_ = static_cast<int>(tickets_.size());
  }

  void build_groups() {
    // (appointment kind, service, manager tier, target counter) -> group
    std::map<std::tuple<bool, std::string_view, bool, int>, int> by_key;
    for (int i = 0; i < static_cast<int>(tickets_.size()); ++i) {
      const Ticket& t = *tickets_[i].ticket;
      const auto key = std::make_tuple(!is_walk_in(t), std::string_view(t.service), t.tier == TicketTier::manager,
                                       t.target_counter.value_or(INT_MIN));
      auto [it, added] = by_key.emplace(key, static_cast<int>(groups_.size()));
      if (added) {
        Group g;
        g.appointment = !is_walk_in(t);
        g.expected = times_.expected(t.service);
        g.counters = serving_counters(t);  // alike for every member
        groups_.push_back(std::move(g));
      }
      tickets_[i].group = it->second;
      groups_[it->second].members.push_back(i);
    }
    for (Group& g : groups_) {
      std::sort(g.members.begin(), g.members.end(), [this](int a, int b) { return tickets_[a].key < tickets_[b].key; });
    }
    for (SimCounter& c : counters_) {
      c.serves_group.assign(groups_.size(), 0);
    }
    for (int g = 0; g < static_cast<int>(groups_.size()); ++g) {
      for (int c : groups_[g].counters) {
        SimCounter& counter = counters_[c];
        counter.serves_group[g] = 1;
        (groups_[g].appointment ? counter.appointment_groups : counter.walk_in_groups).push_back(g);
      }
    }
  }

  // The active counters (ascending) that can_serve the ticket: the cached
  // skills instead of asking every counter, which dominated with many counters.
  std::vector<int> serving_counters(const Ticket& t) const {
    std::vector<int> out;
    if (t.target_counter) {  // one counter, whatever its skills
      for (int c = 0; c < static_cast<int>(counters_.size()); ++c) {
        if (can_serve(*counters_[c].config, t)) {
          out.push_back(c);
        }
      }
      return out;
    }
    for (int i : day_.counters_with_skill(t.service)) {  // has the skill: can_serve but the tier
      const int c = sim_of_config_[static_cast<std::size_t>(i)];
      if (c != kNone && (t.tier != TicketTier::manager || counters_[c].config->manager)) {
        out.push_back(c);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  void collect_appointments() {
    for (const Appointment& a : day_.appointments) {
      int ticket = kNone;  // as if not checked in when its ticket is unknown
      if (a.ticket && day_.find_ticket(*a.ticket) != nullptr) {
        const auto found = index_of_.find(*a.ticket);
        if (found == index_of_.end()) {
          continue;  // its ticket is called or finished: it holds nothing
        }
        ticket = found->second;
      }
      if (!protects(a, true, now_, policy_)) {
        continue;
      }
      const int index = static_cast<int>(appointments_.size());
      appointments_.push_back(SimAppointment{&a, ticket, false});
      if (ticket != kNone) {
        tickets_[ticket].appointment = index;
      }
      for (SimCounter& c : counters_) {
        if (c.config->number == a.counter) {
          c.appointments.push_back(index);
        }
      }
    }
    for (SimCounter& c : counters_) {
      std::stable_sort(c.appointments.begin(), c.appointments.end(), [this](int a, int b) {
        return appointments_[a].appointment->start < appointments_[b].appointment->start;
      });
    }
  }

  // The first instant at or after t when calls are made: inside a working
  // interval, or t itself once the day's intervals are over (working late).
  Instant callable_from(Instant t) const {
    for (const Interval& span : intervals_) {
      if (t < span.end) {
        return std::max(t, span.start);
      }
    }
    return t;
  }

  int head_of(Group& g) const {
    while (g.head < g.members.size() && tickets_[g.members[g.head]].called) {
      ++g.head;
    }
    return g.head < g.members.size() ? g.members[g.head] : kNone;
  }

  // The counter's protected appointment at t, or kNone. Its cursor only moves
  // forward: t never decreases for a counter, and an appointment once done or
  // past its grace never protects again.
  int guard_of(SimCounter& c, Instant t) const {
    while (c.next_appointment < c.appointments.size()) {
      const SimAppointment& a = appointments_[c.appointments[c.next_appointment]];
      if (!a.done && a.appointment->start >= t - policy_.appointment_grace) {
        return c.appointments[c.next_appointment];
      }
      ++c.next_appointment;
    }
    return kNone;
  }

  bool fits(Instant t, seconds expected, int guard) const {
    return guard == kNone || t + expected <= appointments_[guard].appointment->start;
  }

  // choose_next over the groups: the same three rules, in the same order.
  int choose(SimCounter& c, Instant t, int guard) {
    int best = kNone;
    auto consider = [&](int i) {
      if (i != kNone && (best == kNone || tickets_[i].key < tickets_[best].key)) {
        best = i;
      }
    };
    for (int g : c.appointment_groups) {  // 1. due appointments
      const int i = head_of(groups_[g]);
      if (i != kNone && is_due(*tickets_[i].ticket, t, policy_)) {
        consider(i);
      }
    }
    if (best != kNone) {
      return best;
    }
    for (int g : c.walk_in_groups) {  // 2. walk-ins that fit
      if (fits(t, groups_[g].expected, guard)) {
        consider(head_of(groups_[g]));
      }
    }
    if (best != kNone) {
      return best;
    }
    for (int g : c.appointment_groups) {  // 3. early appointments that fit
      if (fits(t, groups_[g].expected, guard)) {
        consider(head_of(groups_[g]));
      }
    }
    if (guard != kNone) {  // the protected appointment itself always fits
      const int i = appointments_[guard].ticket;
      if (i != kNone && !tickets_[i].called && c.serves_group[tickets_[i].group]) {
        consider(i);
      }
    }
    return best;
  }

  // The earliest instant after t when one of the counter's appointment tickets
  // falls due, or Instant::max().
  Instant next_due(SimCounter& c) {
    Instant earliest = Instant::max();
    for (int g : c.appointment_groups) {
      const int i = head_of(groups_[g]);
      if (i != kNone) {
        earliest = std::min(earliest, slot_of(*tickets_[i].ticket) - policy_.appointment_lead);
      }
    }
    return earliest;
  }

  void call(int counter_index, int i, Instant t) {
    SimCounter& c = counters_[counter_index];
    SimTicket& s = tickets_[i];
    s.called = true;
    s.call_at = t;
    s.position = 0;
    for (int other : groups_[s.group].counters) {
      s.position += counters_[other].calls;
    }
    ++c.calls;
    --remaining_;
    if (s.appointment != kNone) {
      appointments_[s.appointment].done = true;
    }
    events_.emplace(t + times_.call_overhead() + groups_[s.group].expected, counter_index);
  }

  void run() {
    while (remaining_ > 0 && !events_.empty()) {
      const auto [popped, index] = events_.top();
      events_.pop();
      const Instant t = callable_from(popped);
      if (t != popped) {
        events_.emplace(t, index);  // keep the counters in time order
        continue;
      }
      SimCounter& c = counters_[index];
      const int guard = guard_of(c, t);
      const int pick = choose(c, t, guard);
      if (pick != kNone) {
        call(index, pick, t);
        continue;
      }
      if (guard == kNone) {
        continue;  // nothing it can serve is waiting: this counter is done
      }
      // Blocked by its protected appointment: wait for whatever can change that.
      SimAppointment& a = appointments_[guard];
      const Instant due = next_due(c);
      if (a.ticket == kNone) {
        // Not checked in: expect the visitor at the slot, unless an
        // appointment ticket falls due first.
        const Instant arrival = std::max(t, a.appointment->start);
        if (due < arrival) {
          events_.emplace(std::max(due, t + seconds{1}), index);
        } else {
          a.done = true;
          events_.emplace(arrival + times_.call_overhead() + times_.expected(a.appointment->service), index);
        }
        continue;
      }
      // Checked in, but another counter must call it: wait until it is
      // called, falls out of its grace, or one of ours falls due.
      Instant next = a.appointment->start + policy_.appointment_grace + seconds{1};
      next = std::min(next, due);
      if (!events_.empty()) {
        next = std::min(next, events_.top().first);
      }
      events_.emplace(std::max(next, t + seconds{1}), index);
    }
  }

  const DayState& day_;
  Instant now_;
  const ServiceTimes& times_;
  const SchedulingPolicy& policy_;
  std::vector<Interval> intervals_;

  std::vector<SimCounter> counters_;
  std::vector<int> sim_of_config_;  // day_.counters index -> counters_ index, or kNone
  std::vector<SimTicket> tickets_;
  std::unordered_map<TicketId, int> index_of_;
  std::vector<Group> groups_;
  std::vector<SimAppointment> appointments_;
  int remaining_ = 0;
  std::priority_queue<Event, std::vector<Event>, std::greater<>> events_;
};

// [results] ---------------------------------------------------------------------

TicketForecast result_of(const SimTicket& s, Instant now, const std::vector<Interval>& intervals) {
  TicketForecast f;
  f.call_at = s.call_at;
  f.position = s.called ? s.position : -1;
  f.today = s.called && !intervals.empty() && s.call_at < intervals.back().end;
  // With a lunch break the day has two intervals; the second begins at its end.
  if (s.called && intervals.size() > 1) {
    const Instant lunch_end = intervals[1].start;
    f.after_lunch = now < lunch_end && s.call_at >= lunch_end;
  }
  return f;
}

}  // namespace

Forecasts forecast(const DayState& day, Instant now, const ServiceTimes& times, const SchedulingPolicy& policy,
                   const WorkingCalendar& calendar) {
  const Simulation sim(day, nullptr, now, times, policy, calendar);
  Forecasts out;
  out.reserve(sim.tickets().size());
  for (const SimTicket& s : sim.tickets()) {
    out.emplace(s.ticket->id, result_of(s, now, sim.intervals()));
  }
  return out;
}

TicketForecast forecast_new_ticket(const DayState& day, std::string_view service, TicketTier tier, Instant now,
                                   const ServiceTimes& times, const SchedulingPolicy& policy,
                                   const WorkingCalendar& calendar) {
  Ticket candidate;
  candidate.id = day.max_ticket_id() + 1;  // after everyone issued
  candidate.day = day.day;
  candidate.service = std::string(service);
  candidate.tier = tier;
  candidate.issued_at = now;
  const Simulation sim(day, &candidate, now, times, policy, calendar);
  for (const SimTicket& s : sim.tickets()) {
    if (s.ticket == &candidate) {
      return result_of(s, now, sim.intervals());
    }
  }
  return result_of(SimTicket{}, now, sim.intervals());  // not reached: it is waiting
}

}  // namespace kezek::domain
