// The day simulation's event loop (the model is in day_simulator.hpp).
//
// Sections:
//   [booking]  the appointments, booked the day before
//   [events]   the simulation: arrivals, check-ins, counters
//   [policies] who a free counter calls, what wait a ticket is promised
#include "bench/model/day_simulator.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>

#include "shared/domain/day_state.hpp"
#include "shared/domain/forecast.hpp"
#include "shared/domain/queue.hpp"
#include "shared/domain/service_times.hpp"

namespace kezek::bench {
namespace {

using domain::TicketStatus;
using domain::TicketTier;
using std::chrono::duration_cast;
using std::chrono::hours;
using std::chrono::seconds;

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
  int index;  // walk-in, appointment or counter index
  int token;  // counter_free only: stale when the counter's token moved on
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

domain::QueueRules rules_for(Policy policy, const SimSettings& settings) {
  domain::QueueRules rules;
  rules.scheduling = settings.scheduling;
  rules.slots = settings.slots;
  rules.check_in = settings.check_in;
  rules.max_tickets_per_day = std::numeric_limits<int>::max();
  // A plain queue sells every ticket; Kezek's kiosk asks the forecast first.
  rules.refuse_not_today = policy == Policy::kezek;
  return rules;
}

// The identities the server draws from its database: here, counted.
class CountingSupply final : public domain::QueueSupply {
 public:
  int next_ticket_sequence(Date, char letter) override { return ++sequences_[letter]; }
  std::string new_status_token() override { return {}; }
  domain::TicketId store_new_ticket(const domain::Ticket&) override { return ++last_id_; }
  std::optional<std::string> new_booking_code() override { return std::nullopt; }  // booked beforehand

 private:
  std::map<char, int> sequences_;
  domain::TicketId last_id_ = 0;
};

class DaySimulation {
 public:
  DaySimulation(const catalog::Catalog& catalog, const WorkingCalendar& calendar,
                const std::vector<domain::CounterConfig>& counters, const DayDemand& demand, const BookedDay& booked,
                Policy policy, const SimSettings& settings)
      : calendar_(calendar),
        demand_(demand),
        booked_(booked),
        policy_(policy),
        settings_(settings),
        queue_(catalog, calendar, rules_for(policy, settings)),
        intervals_(calendar.working_intervals(demand.date)) {
    domain::DayState day;
    day.day = demand.date;
    for (const auto& c : counters) day.add_counter(c);
    for (const auto& a : booked.appointments) day.add_appointment(a);
    queue_.load(std::move(day));
    if (policy == Policy::fcfs)
      queue_.set_call_rule([this](const domain::DayState& d, int number, Instant) { return fcfs_next(d, number); });
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
      if (v.comes)
        push(a.start + v.offset, Kind::check_in, static_cast<int>(i));
      else
        ++out_.booking_no_shows;
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
  const domain::DayState& day() const { return queue_.state(); }

  void push(Instant at, Kind kind, int index, int token = 0) { events_.push(Event{at, order_++, kind, index, token}); }
  void wake(int counter, Instant at) {
    CounterRun& run = runs_[static_cast<std::size_t>(counter)];
    run.idle = false;
    push(at, Kind::counter_free, counter, ++run.token);
  }

  // --- visitors ---

  void on_arrive(const Event& e) {
    const WalkInVisitor& v = demand_.walk_ins[static_cast<std::size_t>(e.index)];
    const std::optional<seconds> promised =
        policy_ == Policy::fcfs ? std::optional<seconds>(naive_wait(v.service, v.tier)) : std::nullopt;
    const domain::QueueResult r = queue_.apply(domain::IssueTicket{v.service, v.tier, "en"}, e.at, supply_);
    if (r.refusal) {
      // Closed, "not today" (Kezek only) or a tier nobody serves: turned away.
      ++out_.turned_away[static_cast<std::size_t>(v.tier)];
      if (r.refusal->reason == domain::Refusal::not_today && !out_.first_turned_away) out_.first_turned_away = e.at;
      return;
    }
    const std::optional<seconds> told =
        r.forecast
            ? std::optional<seconds>(std::max(seconds::zero(), duration_cast<seconds>(r.forecast->call_at - e.at)))
            : promised;
    admitted(*r.ticket, e.at, Visit{v.service_time, v.walk, v.comes_when_called}, told);
  }

  void on_check_in(const Event& e) {
    const std::size_t i = static_cast<std::size_t>(e.index);
    const domain::Appointment& a = booked_.appointments[i];
    const BookingVisitor& v = demand_.bookings[booked_.visitor[i]];
    const Visit visit{v.service_time, v.walk, true};
    const std::optional<seconds> naive =
        policy_ == Policy::fcfs ? std::optional<seconds>(naive_wait(a.service, TicketTier::appointment)) : std::nullopt;
    const domain::QueueResult r = queue_.apply(domain::CheckIn{a.code, "en", std::nullopt}, e.at, supply_);
    if (!r.refusal) {
      std::optional<seconds> promised = naive;
      if (policy_ == Policy::kezek) {
        // The check-in answer quotes the ticket's forecast, as the server does.
        const auto all = domain::forecast(day(), e.at, queue_.service_times(), settings_.scheduling, calendar_);
        if (const auto f = all.find(*r.ticket); f != all.end() && f->second.call_at != Instant::max())
          promised = std::max(seconds::zero(), duration_cast<seconds>(f->second.call_at - e.at));
      }
      admitted(*r.ticket, e.at, visit, promised);
      return;
    }
    switch (r.refusal->reason) {
      case domain::Refusal::too_early: push(*r.refusal->come_back_at, Kind::check_in, e.index); break;
      case domain::Refusal::closed: break;  // the kiosk is off: the visitor goes home
      default: {                            // too late (or already missed): the kiosk offers a standard ticket
        ++out_.booking_too_late;
        const domain::QueueResult t =
            queue_.apply(domain::IssueTicket{a.service, TicketTier::standard, "en"}, e.at, supply_);
        if (t.refusal) {
          ++out_.turned_away[static_cast<std::size_t>(TicketTier::standard)];
          if (t.refusal->reason == domain::Refusal::not_today && !out_.first_turned_away) out_.first_turned_away = e.at;
          break;
        }
        const std::optional<seconds> told =
            t.forecast
                ? std::optional<seconds>(std::max(seconds::zero(), duration_cast<seconds>(t.forecast->call_at - e.at)))
                : naive;
        admitted(*t.ticket, e.at, visit, told);
        break;
      }
    }
  }

  // The check-in window closed: the Queue's clock marks the booking missed
  // (and any called visitor who never came a no-show).
  void on_expire(const Event& e) {
    const domain::QueueResult r = queue_.tick(e.at);
    for (const domain::QueueEvent& event : r.events)
      if (event.kind == domain::QueueEventKind::ticket_no_show && event.ticket && event.counter)
        settled(counter_index(*event.counter), *event.ticket, e.at, true);
  }

  void admitted(domain::TicketId id, Instant now, Visit visit, std::optional<seconds> promised) {
    const domain::Ticket& stored = *day().find_ticket(id);
    visits_.push_back(visit);
    SimTicket record;
    record.tier = stored.tier;
    record.service = stored.service;
    record.issued = now;
    record.slot = stored.slot_start;
    record.promised_wait = promised;
    out_.tickets.push_back(std::move(record));
    for (std::size_t c = 0; c < runs_.size(); ++c)
      if (runs_[c].idle && domain::can_serve(day().counters[c], stored)) wake(static_cast<int>(c), now);
  }

  // --- counters ---

  void on_counter_free(const Event& e) {
    const std::size_t c = static_cast<std::size_t>(e.index);
    CounterRun& run = runs_[c];
    if (e.token != run.token || run.done || day().counter_states[c].current) return;  // stale
    const int number = day().counters[c].number;
    const domain::QueueResult r = queue_.apply(domain::CallNext{number}, e.at);
    if (r.refusal) {
      if (r.refusal->reason == domain::Refusal::lunch_break)
        push(*r.refusal->until, Kind::counter_free, e.index, run.token);
      else if (e.at < out_.open)
        push(out_.open, Kind::counter_free, e.index, run.token);
      else
        run.done = true;  // closing time: no more calls today
      return;
    }
    if (!r.ticket) {
      run.idle = true;
      push(e.at + settings_.idle_poll, Kind::counter_free, e.index, run.token);
      return;
    }
    run.idle = false;
    run.busy_since = e.at;
    SimTicket& record = out_.tickets[static_cast<std::size_t>(*r.ticket - 1)];
    record.called = e.at;
    record.counter = number;
    const Visit& visit = visits_[static_cast<std::size_t>(*r.ticket - 1)];
    if (visit.comes)
      push(e.at + visit.walk, Kind::reach, e.index);
    else
      push(e.at + settings_.no_show_wait, Kind::no_show, e.index);
  }

  void on_reach(const Event& e) {
    const std::size_t c = static_cast<std::size_t>(e.index);
    const domain::QueueResult r = queue_.apply(domain::StartServing{day().counters[c].number}, e.at);
    if (r.refusal) return;  // the clock marked the visitor a no-show first
    out_.tickets[static_cast<std::size_t>(*r.ticket - 1)].started = e.at;
    push(e.at + visits_[static_cast<std::size_t>(*r.ticket - 1)].service_time, Kind::end, e.index);
  }

  void on_end(const Event& e, bool no_show) {
    const int number = day().counters[static_cast<std::size_t>(e.index)].number;
    const domain::QueueResult r =
        no_show ? queue_.apply(domain::MarkNoShow{number}, e.at) : queue_.apply(domain::FinishServing{number}, e.at);
    if (r.refusal) return;  // settled already (the clock's no-show)
    settled(e.index, *r.ticket, e.at, no_show);
  }

  void settled(int counter, domain::TicketId id, Instant at, bool no_show) {
    SimTicket& record = out_.tickets[static_cast<std::size_t>(id - 1)];
    record.finished = at;
    record.no_show = no_show;
    CounterUse& use = out_.counters[static_cast<std::size_t>(counter)];
    use.busy += duration_cast<seconds>(at - runs_[static_cast<std::size_t>(counter)].busy_since);
    if (!no_show) ++use.served;
    wake(counter, at);
  }

  int counter_index(int number) const {
    for (std::size_t c = 0; c < day().counters.size(); ++c)
      if (day().counters[c].number == number) return static_cast<int>(c);
    return 0;
  }

  // [policies] ----------------------------------------------------------------

  // The baseline's call rule, plugged into the Queue: the earliest ticket
  // among the services the counter serves, whatever its tier or slot.
  static std::optional<domain::TicketId> fcfs_next(const domain::DayState& day, int number) {
    const domain::CounterConfig* config = day.counter(number);
    if (config == nullptr) return std::nullopt;
    const domain::Ticket* best = nullptr;
    for (const domain::Ticket& t : day.open_tickets()) {
      if (t.status == TicketStatus::waiting && domain::can_serve(*config, t) &&
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
    for (const domain::Ticket& t : day().open_tickets())
      if (t.status == TicketStatus::waiting && t.service == service) ++ahead;
    int servers = 0;
    for (const domain::CounterConfig& c : day().counters)
      if (domain::can_serve(c, probe)) ++servers;
    return servers == 0 ? seconds::zero() : queue_.service_times().expected(service) * ahead / servers;
  }

  const WorkingCalendar& calendar_;
  const DayDemand& demand_;
  const BookedDay& booked_;
  Policy policy_;
  const SimSettings& settings_;
  domain::Queue queue_;  // the server's rules, over the simulated day
  CountingSupply supply_;
  std::vector<Interval> intervals_;

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
