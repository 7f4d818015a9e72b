// QueueService — views: the JSON shapes of tickets, appointments, the board and
// the centre's status; the forecast cache; events.
#include <algorithm>
#include <map>

#include "server/engine/queue_service.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Ticket;
using domain::TicketStatus;

namespace {

std::string_view state_id(CentreState state) {
  switch (state) {
    case CentreState::open: return "open";
    case CentreState::lunch: return "lunch";
    case CentreState::closed: return "closed";
  }
  return "closed";
}

// Whole minutes, rounded up: "0 min" only when the call is due now.
std::int64_t minutes_until(Instant from, Instant to) {
  if (to <= from) return 0;
  return (std::chrono::duration_cast<std::chrono::seconds>(to - from).count() + 59) / 60;
}

}  // namespace

const domain::TicketForecast* QueueService::forecast_for(domain::TicketId id, Instant now) {
  // The forecast simulates the whole queue: compute it once per change (or per
  // minute of clock) and share it between all the answers that need it.
  if (!forecast_valid_ || now - forecast_at_ >= std::chrono::seconds(30)) {
    forecast_ = domain::forecast(state_, now, service_times_, config_.scheduling, calendar_);
    forecast_valid_ = true;
    forecast_at_ = now;
  }
  auto it = forecast_.find(id);
  return it == forecast_.end() ? nullptr : &it->second;
}

json::object QueueService::ticket_json(const Ticket& t, Instant now, const domain::TicketForecast* known) {
  json::object o;
  o["id"] = t.id;
  o["number"] = t.number;
  o["service"] = t.service;
  o["tier"] = domain::to_string(t.tier);
  o["status"] = domain::to_string(t.status);
  o["lang"] = t.lang;
  o["issued_at"] = format_iso8601(t.issued_at);
  if (t.called_at) o["called_at"] = format_iso8601(*t.called_at);
  if (t.started_at) o["started_at"] = format_iso8601(*t.started_at);
  if (t.finished_at) o["finished_at"] = format_iso8601(*t.finished_at);
  if (t.counter) o["counter"] = *t.counter;
  if (t.target_counter) o["target_counter"] = *t.target_counter;
  if (t.appointment_code) o["appointment_code"] = *t.appointment_code;
  if (t.slot_start) o["slot_start"] = format_iso8601(*t.slot_start);
  o["recalls"] = t.recalls;
  if (!t.transfer_reason.empty()) o["transfer_reason"] = t.transfer_reason;
  o["status_token"] = t.status_token;
  if (t.status == TicketStatus::waiting) {
    if (const domain::TicketForecast* f = known != nullptr ? known : forecast_for(t.id, now)) {
      o["position"] = f->position;
      o["estimated_wait_min"] = minutes_until(now, f->call_at);
      o["estimated_call_at"] = format_iso8601(f->call_at);
      o["after_lunch"] = f->after_lunch;
      o["served_today"] = f->today;
    } else {
      o["position"] = nullptr;
      o["estimated_wait_min"] = nullptr;
      o["served_today"] = false;
    }
  } else {
    o["position"] = 0;
    o["estimated_wait_min"] = 0;
  }
  return o;
}

json::object QueueService::appointment_json(const domain::Appointment& a) const {
  json::object o;
  o["code"] = a.code;
  o["service"] = a.service;
  o["start"] = format_iso8601(a.start);
  o["minutes"] = a.minutes;
  o["counter"] = a.counter;
  o["status"] = domain::to_string(a.status);
  o["applicant"] = a.applicant;
  if (a.ticket) o["ticket"] = *a.ticket;
  return o;
}

json::object QueueService::status_json(Instant now) const {
  const CentreStatus status = calendar_.status_at(now);
  json::object o;
  o["state"] = state_id(status.state);
  o["now"] = format_iso8601(now);
  o["until"] = format_iso8601(status.until);
  o["next_opening"] = format_iso8601(status.next_opening);
  json::object text;
  for (catalog::Lang lang : catalog::kAllLangs)
    text[catalog::to_string(lang)] = i18n::describe_status(status, now, lang);
  o["text"] = std::move(text);
  return o;
}

json::array QueueService::waiting_json(Instant now) {
  struct GroupWait {
    int count = 0;
    std::int64_t longest_wait_min = 0;
    std::int64_t estimated_wait_min = 0;
  };
  std::map<std::string, GroupWait> by_group;
  for (const auto& group : catalog_.groups()) by_group[group.id];
  for (const Ticket& t : state_.open_tickets()) {
    if (t.status != TicketStatus::waiting) continue;
    const catalog::Service* service = catalog_.find_service(t.service);
    if (service == nullptr) continue;
    GroupWait& g = by_group[catalog_.group_of(*service).id];
    ++g.count;
    g.longest_wait_min = std::max(g.longest_wait_min, minutes_until(t.issued_at, now));
    if (const domain::TicketForecast* f = forecast_for(t.id, now))
      g.estimated_wait_min = std::max(g.estimated_wait_min, minutes_until(now, f->call_at));
  }
  json::array out;
  for (const auto& group : catalog_.groups()) {
    const GroupWait& g = by_group[group.id];
    json::object o;
    o["group"] = group.id;
    o["letter"] = std::string(1, group.letter);
    json::object name;
    for (catalog::Lang lang : catalog::kAllLangs) name[catalog::to_string(lang)] = group.name.in(lang);
    o["name"] = std::move(name);
    o["count"] = g.count;
    o["longest_wait_min"] = g.longest_wait_min;
    // For someone taking a ticket now: at least as long as the last in line.
    o["estimated_wait_min"] = g.estimated_wait_min;
    out.push_back(std::move(o));
  }
  return out;
}

ApiReply QueueService::centre_status(Instant now) const {
  json::object body;
  body["status"] = status_json(now);
  return reply_json(200, body);
}

ApiReply QueueService::board(Instant now) {
  json::object body;
  body["status"] = status_json(now);
  body["seq"] = seq_;
  // The newest calls first: called, serving and recently finished tickets that
  // went to a counter, by the time of their (last) call.
  std::vector<const Ticket*> called;
  for (const Ticket& t : state_.tickets)
    if (t.called_at && t.counter) called.push_back(&t);
  std::sort(called.begin(), called.end(),
            [](const Ticket* a, const Ticket* b) { return *a->called_at > *b->called_at; });
  json::array calls;
  for (std::size_t i = 0; i < called.size() && i < 12; ++i) {
    const Ticket& t = *called[i];
    json::object c;
    c["number"] = t.number;
    c["counter"] = *t.counter;
    c["service"] = t.service;
    c["status"] = domain::to_string(t.status);
    c["called_at"] = format_iso8601(*t.called_at);
    c["recalls"] = t.recalls;
    calls.push_back(std::move(c));
  }
  body["calls"] = std::move(calls);
  body["waiting"] = waiting_json(now);
  json::array counters;
  for (std::size_t i = 0; i < state_.counters.size(); ++i) {
    const domain::CounterState& s = state_.counter_states[i];
    json::object c;
    c["number"] = s.number;
    c["phase"] = domain::to_string(s.phase);
    c["paused"] = s.paused;
    c["manager"] = state_.counters[i].manager;
    if (s.current) {
      if (const Ticket* t = state_.find_ticket(*s.current)) c["ticket"] = t->number;
    }
    counters.push_back(std::move(c));
  }
  body["counters"] = std::move(counters);
  return reply_json(200, body);
}

std::string QueueService::snapshot(Instant now) {
  json::object body;
  body["type"] = "snapshot";
  body["seq"] = seq_;
  body["board"] = json::parse(board(now).body);
  return json::serialize(body);
}

void QueueService::emit(std::string_view type, json::object payload, Instant at) {
  payload["seq"] = ++seq_;
  payload["type"] = type;
  payload["at"] = format_iso8601(at);
  std::string text = json::serialize(payload);
  event_log_.append(seq_, at, type, text);
  pending_.push_back(PendingEvent{seq_, std::move(text)});
}

std::vector<PendingEvent> QueueService::take_events() {
  std::vector<PendingEvent> out;
  out.swap(pending_);
  return out;
}

void QueueService::finish_batch(Instant now) {
  if (!queue_changed_) return;
  queue_changed_ = false;
  json::object payload;
  payload["waiting"] = waiting_json(now);
  emit("waiting", std::move(payload), now);
}

std::optional<ApiReply> QueueService::refuse_when_closed(Instant now, bool for_call) const {
  const CentreStatus status = calendar_.status_at(now);
  if (status.state == CentreState::open) return std::nullopt;
  json::object extra;
  extra["status"] = status_json(now);
  if (status.state == CentreState::lunch) {
    if (!for_call) return std::nullopt;  // tickets are issued at lunch: served after it
    extra["until"] = format_iso8601(status.until);
    return reply_error(409, "lunch_break",
                       "lunch break until " + format_hhmm(to_local(status.until).time_of_day),
                       std::move(extra));
  }
  extra["until"] = format_iso8601(status.next_opening);
  return reply_error(409, "closed",
                     "the Centre is closed; " + i18n::describe_status(status, now, catalog::Lang::en),
                     std::move(extra));
}

}  // namespace kezek::server
