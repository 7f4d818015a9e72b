// QueueService — views: tickets, appointments, the board and the centre's
// status as shared/protocol messages (wire_views.hpp for the domain → message
// part); the forecast cache; events as protocol::EventFrame.
#include <algorithm>
#include <map>

#include "server/engine/queue_service.hpp"
#include "server/engine/wire_views.hpp"
#include "shared/i18n/centre_status_text.hpp"
#include "shared/protocol/board.hpp"
#include "shared/protocol/event_frame.hpp"
#include "shared/protocol/event_payloads.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/version.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Ticket;
using domain::TicketStatus;

namespace {

// Whole minutes, rounded up: "0 min" only when the call is due now.
std::int64_t minutes_until(Instant from, Instant to) {
  if (to <= from) return 0;
  return (std::chrono::duration_cast<std::chrono::seconds>(to - from).count() + 59) / 60;
}

json::object as_object(json::value value) { return std::move(value.as_object()); }

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

protocol::Ticket QueueService::ticket_view(const Ticket& t, Instant now, const domain::TicketForecast* known) {
  protocol::Ticket w = wire_ticket(t);
  if (t.status == TicketStatus::waiting) {
    if (const domain::TicketForecast* f = known != nullptr ? known : forecast_for(t.id, now)) {
      w.position = f->position;
      w.estimated_wait_min = minutes_until(now, f->call_at);
      w.estimated_call_at = f->call_at;
      w.after_lunch = f->after_lunch;
      w.served_today = f->today;
    } else {
      // No counter can serve it: no numbers to promise (null), and not today.
      w.served_today = false;
    }
  } else {
    w.position = 0;
    w.estimated_wait_min = 0;
  }
  return w;
}

std::vector<protocol::WaitingGroup> QueueService::waiting_groups(Instant now) {
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
  std::vector<protocol::WaitingGroup> out;
  for (const auto& group : catalog_.groups()) {
    const GroupWait& g = by_group[group.id];
    protocol::WaitingGroup w;
    w.group = group.id;
    w.letter = group.letter;
    for (catalog::Lang lang : catalog::kAllLangs) w.name.in(lang) = group.name.in(lang);
    w.count = g.count;
    w.longest_wait_min = g.longest_wait_min;
    // For someone taking a ticket now: at least as long as the last in line.
    w.estimated_wait_min = g.estimated_wait_min;
    out.push_back(std::move(w));
  }
  return out;
}

ApiReply QueueService::centre_status(Instant now) const {
  return reply_message(200, protocol::StatusReply{wire_status(calendar_, now), protocol::kProtocolVersion});
}

ApiReply QueueService::board(Instant now) { return reply_message(200, board_view(now)); }

protocol::Board QueueService::board_view(Instant now) {
  protocol::Board b;
  b.status = wire_status(calendar_, now);
  b.seq = seq_;
  // The newest calls first: called, serving and recently finished tickets that
  // went to a counter, by the time of their (last) call.
  std::vector<const Ticket*> called;
  for (const Ticket& t : state_.tickets)
    if (t.called_at && t.counter) called.push_back(&t);
  std::sort(called.begin(), called.end(),
            [](const Ticket* x, const Ticket* y) { return *x->called_at > *y->called_at; });
  for (std::size_t i = 0; i < called.size() && i < protocol::kBoardCalls; ++i) {
    const Ticket& t = *called[i];
    b.calls.push_back(protocol::BoardCall{t.number, t.service, *t.counter, t.status, *t.called_at, t.recalls});
  }
  b.waiting = waiting_groups(now);
  for (std::size_t i = 0; i < state_.counters.size(); ++i) {
    const domain::CounterState& s = state_.counter_states[i];
    protocol::BoardCounter c{s.number, s.phase, s.paused, state_.counters[i].manager, std::nullopt};
    if (s.current) {
      if (const Ticket* t = state_.find_ticket(*s.current)) c.ticket = t->number;
    }
    b.counters.push_back(std::move(c));
  }
  return b;
}

std::string QueueService::snapshot(Instant now) {
  return json::serialize(json::value_from(protocol::SnapshotFrame{seq_, protocol::kProtocolVersion, board_view(now)}));
}

void QueueService::emit(std::string_view type, json::object payload, Instant at) {
  const protocol::EventFrame frame{++seq_, std::string(type), at, std::move(payload)};
  std::string text = json::serialize(json::value_from(frame));
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
  emit("waiting", as_object(json::value_from(protocol::WaitingEvent{waiting_groups(now)})), now);
}

std::optional<ApiReply> QueueService::refuse_when_closed(Instant now, bool for_call) const {
  const CentreStatus status = calendar_.status_at(now);
  if (status.state == CentreState::open) return std::nullopt;
  protocol::RefusalExtras extra;
  extra.status = wire_status(calendar_, now);
  if (status.state == CentreState::lunch) {
    if (!for_call) return std::nullopt;  // tickets are issued at lunch: served after it
    extra.until = status.until;
    return reply_error(409, protocol::ErrorCode::lunch_break,
                       "lunch break until " + format_hhmm(to_local(status.until).time_of_day), extra);
  }
  extra.until = status.next_opening;
  return reply_error(409, protocol::ErrorCode::closed,
                     "the Centre is closed; " + i18n::describe_status(status, now, catalog::Lang::en), extra);
}

}  // namespace kezek::server
