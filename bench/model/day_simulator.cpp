// The day simulation's event loop (the model is in day_simulator.hpp).
//
// Sections:
//   [booking]  the appointments, booked the day before
//   [events]   the simulation: arrivals, check-ins, counters
//   [policies] who a free counter calls, what wait a ticket is promised
#include "bench/model/day_simulator.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

#include "shared/domain/day_state.hpp"
#include "shared/domain/forecast.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::bench {
namespace {

using std::chrono::duration_cast;
using std::chrono::hours;
using std::chrono::seconds;
using domain::TicketStatus;
using domain::TicketTier;

domain::ServiceTimes seeded_times(const catalog::Catalog& catalog) {
  domain::ServiceTimes times;
  for (const catalog::Service& s : catalog.services())
    if (s.counter_minutes > 0) times.seed(s.id, std::chrono::minutes(s.counter_minutes));
  return times;
}

// [events] ----------------------------------------------------------------------

enum class Kind { arrive, check_in, expire, counter_free, reach, end, no_show };

struct Event {
  Instant at;
  long long order;  // ties in insertion order: the simulation is deterministic
  Kind kind;
  int index;        // walk-in, appointment or counter index
  int token;        // counter_free only: stale when the counter's token moved on
  bool operator>(const Event& o) const { return std::tie(at, order) > std::tie(o.at, o.order); }
};

// What the simulation knows about a ticket's visitor (not the server's business).
struct Visit {
  seconds service_time{};
  seconds walk{};
  bool comes = true;
};

struct CounterRun {
  int token = 0;
  bool idle = false;
  bool done = false;  // the day is over for it
  Instant busy_since{};
};

class DaySimulation {
 public:
  DaySimulation(const catalog::Catalog& catalog, const WorkingCalendar& calendar,
                const std::vector<domain::CounterConfig>& counters, const DayDemand& demand,
                const BookedDay& booked, Policy policy, const SimSettings& settings)
      : calendar_(calendar), demand_(demand), booked_(booked), policy_(policy), settings_(settings),
        times_(seeded_times(catalog)), intervals_(calendar.working_intervals(demand.date)) {
    day_.day = demand.date;
    for (const auto& c : counters) day_.add_counter(c);
    for (const auto& a : booked.appointments) day_.add_appointment(a);
    runs_.resize(counters.size());
    out_.policy = policy;
    out_.date = demand.date;
    out_.bookings_requested = booked.requested;
    out_.appointments = static_cast<int>(booked.appointments.size());
    for (const auto& c : counters) out_.counters.push_back(CounterUse{c.number, c.manager, {}, 0});
    if (intervals_.empty()) return;  // a closed day: nothing happens
    out_.open = intervals_.front().start;
    out_.close = intervals_.back().end;
    for (const Interval& span : intervals_) out_.working_time += duration_cast<seconds>(span.end - span.start);
    for (std::size_t i = 0; i < demand.walk_ins.size(); ++i)
      push(demand.walk_ins[i].arrival, Kind::arrive, static_cast<int>(i));
    for (std::size_t i = 0; i < booked.appointments.size(); ++i) {
      const BookingVisitor& v = demand.bookings[booked.visitor[i]];
      const domain::Appointment& a = booked.appointments[i];
      if (v.comes) push(a.start + v.offset, Kind::check_in, static_cast<int>(i));
      else ++out_.booking_no_shows;
      push(a.start + settings.check_in.after + seconds(1), Kind::expire, static_cast<int>(i));
    }
    for (std::size_t c = 0; c < counters.size(); ++c) wake(static_cast<int>(c), out_.open);
  }

  SimOutcome run() {
    while (!events_.empty()) {
      const Event e = events_.top();
      events_.pop();
      switch (e.kind) {
        case Kind::arrive: on_arrive(e); break;
        case Kind::check_in: on_check_in(e); break;
        case Kind::expire: on_expire(e); break;
        case Kind::counter_free: on_counter_free(e); break;
        case Kind::reach: on_reach(e); break;
        case Kind::end: on_end(e, false); break;
        case Kind::no_show: on_end(e, true); break;
      }
    }
    return std::move(out_);
  }

 private:
  void push(Instant at, Kind kind, int index, int token = 0) {
    events_.push(Event{at, order_++, kind, index, token});
  }
  void wake(int counter, Instant at) {
    CounterRun& run = runs_[counter];
    run.idle = false;
    push(at, Kind::counter_free, counter, ++run.token);
  }

  // --- visitors ---

  void on_arrive(const Event& e) {
    const WalkInVisitor& v = demand_.walk_ins[e.index];
    issue(v.service, v.tier, e.at, Visit{v.service_time, v.walk, v.comes_when_called}, nullptr);
  }

  void on_check_in(const Event& e) {
    domain::Appointment& a = day_.appointments[e.index];
    const BookingVisitor& v = demand_.bookings[booked_.visitor[e.index]];
    const Visit visit{v.service_time, v.walk, true};
    const domain::CheckInCheck check = domain::check_in(a, e.at, settings_.check_in);
    switch (check.verdict) {
      case domain::CheckInVerdict::ok:
        issue(a.service, TicketTier::appointment, e.at, visit, &a);
        break;
      case domain::CheckInVerdict::too_early:
        push(check.come_back_at, Kind::check_in, e.index);
        break;
      default:  // too late (or already missed): the kiosk offers a standard ticket
        ++out_.booking_too_late;
        issue(a.service, TicketTier::standard, e.at, visit, nullptr);
        break;
    }
  }

  void on_expire(const Event& e) {
    domain::Appointment& a = day_.appointments[e.index];
    if (a.status == domain::AppointmentStatus::booked) a.status = domain::AppointmentStatus::missed;
  }

  void issue(const std::string& service, TicketTier tier, Instant now, Visit visit, domain::Appointment* booking) {
    if (calendar_.status_at(now).state == CentreState::closed) {
      if (tier != TicketTier::appointment) ++out_.turned_away[static_cast<std::size_t>(tier)];
      return;
    }
    std::optional<seconds> promised;
    if (policy_ == Policy::kezek && booking == nullptr) {
      // The kiosk's question before it sells a ticket (the server's issue_ticket).
      const domain::TicketForecast f =
          domain::forecast_new_ticket(day_, service, tier, now, times_, settings_.scheduling, calendar_);
      if (!f.today) {
        ++out_.turned_away[static_cast<std::size_t>(tier)];
        if (!out_.first_turned_away) out_.first_turned_away = now;
        return;
      }
      promised = std::max(seconds::zero(), duration_cast<seconds>(f.call_at - now));
    } else if (policy_ == Policy::fcfs) {
      promised = naive_wait(service, tier);
    }
    domain::Ticket t;
    t.id = static_cast<domain::TicketId>(day_.tickets.size() + 1);
    t.day = day_.day;
    t.service = service;
    t.tier = tier;
    t.issued_at = now;
    if (booking != nullptr) {
      t.appointment_code = booking->code;
      t.slot_start = booking->start;
      booking->status = domain::AppointmentStatus::checked_in;
      booking->ticket = t.id;
    }
    const domain::Ticket& stored = day_.add_ticket(std::move(t));
    visits_.push_back(visit);
    if (policy_ == Policy::kezek && booking != nullptr) {
      // The check-in answer quotes the ticket's forecast, as the server does.
      const auto all = domain::forecast(day_, now, times_, settings_.scheduling, calendar_);
      if (const auto f = all.find(stored.id); f != all.end() && f->second.call_at != Instant::max())
        promised = std::max(seconds::zero(), duration_cast<seconds>(f->second.call_at - now));
    }
    SimTicket record;
    record.tier = tier;
    record.service = service;
    record.issued = now;
    record.slot = stored.slot_start;
    record.promised_wait = promised;
    out_.tickets.push_back(std::move(record));
    for (std::size_t c = 0; c < runs_.size(); ++c)
      if (runs_[c].idle && domain::can_serve(day_.counters[c], stored)) wake(static_cast<int>(c), now);
  }

  // --- counters ---

  void on_counter_free(const Event& e) {
    CounterRun& run = runs_[e.index];
    domain::CounterState& state = day_.counter_states[e.index];
    if (e.token != run.token || run.done || state.current) return;  // stale
    const CentreStatus status = calendar_.status_at(e.at);
    if (status.state == CentreState::lunch) {
      push(status.until, Kind::counter_free, e.index, run.token);
      return;
    }
    if (status.state == CentreState::closed) {
      if (e.at < out_.open) push(out_.open, Kind::counter_free, e.index, run.token);
      else run.done = true;  // closing time: no more calls today
      return;
    }
    const int number = day_.counters[e.index].number;
    const std::optional<domain::TicketId> next =
        policy_ == Policy::kezek ? domain::choose_next(day_, number, e.at, times_, settings_.scheduling)
                                 : fcfs_next(e.index);
    if (!next) {
      run.idle = true;
      push(e.at + settings_.idle_poll, Kind::counter_free, e.index, run.token);
      return;
    }
    domain::Ticket& t = *day_.find_ticket(*next);
    t.status = TicketStatus::called;
    t.called_at = e.at;
    t.counter = number;
    state.phase = domain::CounterPhase::calling;
    state.current = t.id;
    run.idle = false;
    run.busy_since = e.at;
    SimTicket& record = out_.tickets[static_cast<std::size_t>(t.id - 1)];
    record.called = e.at;
    record.counter = number;
    const Visit& visit = visits_[static_cast<std::size_t>(t.id - 1)];
    if (visit.comes) push(e.at + visit.walk, Kind::reach, e.index);
    else push(e.at + settings_.no_show_wait, Kind::no_show, e.index);
  }

  void on_reach(const Event& e) {
    domain::Ticket& t = *day_.find_ticket(*day_.counter_states[e.index].current);
    t.status = TicketStatus::serving;
    t.started_at = e.at;
    if (t.called_at) times_.observe_call(duration_cast<seconds>(e.at - *t.called_at));
    day_.counter_states[e.index].phase = domain::CounterPhase::serving;
    out_.tickets[static_cast<std::size_t>(t.id - 1)].started = e.at;
    push(e.at + visits_[static_cast<std::size_t>(t.id - 1)].service_time, Kind::end, e.index);
  }

  void on_end(const Event& e, bool no_show) {
    domain::CounterState& state = day_.counter_states[e.index];
    domain::Ticket& t = *day_.find_ticket(*state.current);
    t.status = no_show ? TicketStatus::no_show : TicketStatus::done;
    t.finished_at = e.at;
    if (!no_show && t.started_at) times_.observe(t.service, duration_cast<seconds>(e.at - *t.started_at));
    if (no_show && t.called_at) times_.observe_call(duration_cast<seconds>(e.at - *t.called_at));
    if (t.appointment_code) {
      if (domain::Appointment* a = day_.find_appointment(*t.appointment_code))
        a->status = no_show ? domain::AppointmentStatus::missed : domain::AppointmentStatus::served;
    }
    SimTicket& record = out_.tickets[static_cast<std::size_t>(t.id - 1)];
    record.finished = e.at;
    record.no_show = no_show;
    CounterUse& use = out_.counters[static_cast<std::size_t>(e.index)];
    use.busy += duration_cast<seconds>(e.at - runs_[e.index].busy_since);
    if (!no_show) ++use.served;
    state.phase = domain::CounterPhase::idle;
    state.current.reset();
    wake(e.index, e.at);
  }

  // [policies] ----------------------------------------------------------------

  std::optional<domain::TicketId> fcfs_next(int counter) const {
    const domain::CounterConfig& config = day_.counters[counter];
    const domain::Ticket* best = nullptr;
    for (const domain::Ticket& t : day_.tickets) {
      if (t.status == TicketStatus::waiting && domain::can_serve(config, t) &&
          (best == nullptr || std::tie(t.issued_at, t.id) < std::tie(best->issued_at, best->id)))
        best = &t;
    }
    return best == nullptr ? std::nullopt : std::optional<domain::TicketId>(best->id);
  }

  // What a plain queue tells the visitor: the people ahead for the same
  // service times its mean time, shared by the counters that serve it.
  seconds naive_wait(const std::string& service, TicketTier tier) const {
    domain::Ticket probe;
    probe.service = service;
    probe.tier = tier;
    int ahead = 0;
    for (const domain::Ticket& t : day_.tickets)
      if (t.status == TicketStatus::waiting && t.service == service) ++ahead;
    int servers = 0;
    for (const domain::CounterConfig& c : day_.counters)
      if (domain::can_serve(c, probe)) ++servers;
    return servers == 0 ? seconds::zero() : times_.expected(service) * ahead / servers;
  }

  const WorkingCalendar& calendar_;
  const DayDemand& demand_;
  const BookedDay& booked_;
  Policy policy_;
  const SimSettings& settings_;
  domain::ServiceTimes times_;
  std::vector<Interval> intervals_;

  domain::DayState day_;
  std::vector<Visit> visits_;  // by ticket id - 1
  std::vector<CounterRun> runs_;
  std::priority_queue<Event, std::vector<Event>, std::greater<>> events_;
  long long order_ = 0;
  SimOutcome out_;
};

}  // namespace

std::string_view to_string(Policy policy) { return policy == Policy::kezek ? "Kezek" : "FCFS per service"; }

// [booking] -----------------------------------------------------------------------

BookedDay book_appointments(const DayDemand& demand, const std::vector<domain::CounterConfig>& counters,
                            const WorkingCalendar& calendar, const catalog::Catalog& catalog,
                            const SimSettings& settings) {
  BookedDay out;
  out.requested = static_cast<int>(demand.bookings.size());
  const domain::ServiceTimes times = seeded_times(catalog);
  const Instant booked_at = from_local(calendar.add_working_days(demand.date, -1), hours(12));
  for (std::size_t i = 0; i < demand.bookings.size(); ++i) {
    const BookingVisitor& v = demand.bookings[i];
    const std::vector<domain::Slot> slots = domain::free_slots(v.service, demand.date, counters, out.appointments,
                                                               calendar, times, settings.slots, booked_at);
    if (slots.empty()) continue;
    const auto distance = [&](const domain::Slot& s) {
      return s.start > v.preferred ? s.start - v.preferred : v.preferred - s.start;
    };
    const domain::Slot& slot = *std::min_element(
        slots.begin(), slots.end(), [&](const auto& a, const auto& b) { return distance(a) < distance(b); });
    const auto counter = domain::assign_counter(v.service, slot.start, counters, out.appointments, calendar, times,
                                                settings.slots, booked_at);
    if (!counter) continue;
    domain::Appointment a;
    a.code = "S" + std::to_string(100000 + i);
    a.service = v.service;
    a.start = slot.start;
    a.minutes = slot.minutes;
    a.counter = *counter;
    a.applicant = v.applicant;
    a.created_at = booked_at;
    out.appointments.push_back(std::move(a));
    out.visitor.push_back(i);
  }
  return out;
}

SimOutcome simulate_day(const catalog::Catalog& catalog, const WorkingCalendar& calendar,
                        const std::vector<domain::CounterConfig>& counters, const DayDemand& demand,
                        const BookedDay& booked, Policy policy, const SimSettings& settings) {
  const auto start = std::chrono::steady_clock::now();
  DaySimulation sim(catalog, calendar, counters, demand, booked, policy, settings);
  SimOutcome out = sim.run();
  out.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace kezek::bench
