// QueueService — the day's report for the supervisor (GET /api/v1/report and
// /api/v1/report.csv): every ticket of a day, the counts per service, the day's
// totals, and how many people were waiting every 15 minutes.
#include <algorithm>
#include <map>

#include "server/engine/queue_service.hpp"
#include "shared/protocol/report.hpp"

namespace kezek::server {

using domain::Ticket;
using domain::TicketStatus;

namespace {

constexpr std::chrono::minutes kSeriesStep{15};

// Minutes from issue to call, the visitor's wait; nullopt for a ticket never
// called (still waiting, or cancelled). A recall moves called_at, so a recalled
// ticket's wait runs to its last call.
std::optional<std::int64_t> wait_minutes(const Ticket& t) {
  if (!t.called_at) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::minutes>(*t.called_at - t.issued_at).count();
}

// Whether the ticket stood in the queue at `at`: issued, not yet called and not
// yet closed.
bool waiting_at(const Ticket& t, Instant at) {
  if (t.issued_at > at) return false;
  if (t.called_at && *t.called_at <= at) return false;
  if (t.finished_at && *t.finished_at <= at) return false;
  return true;
}

struct Counts {
  protocol::ReportCounts out;
  std::int64_t wait_sum = 0;
  int waits = 0;

  void add(const Ticket& t) {
    ++out.issued;
    switch (t.status) {
      case TicketStatus::waiting: ++out.waiting; break;
      case TicketStatus::called:
      case TicketStatus::serving: ++out.in_progress; break;
      case TicketStatus::done: ++out.served; break;
      case TicketStatus::no_show: ++out.no_show; break;
      case TicketStatus::cancelled: ++out.cancelled; break;
    }
    if (auto w = wait_minutes(t)) {
      wait_sum += *w;
      out.max_wait_min = std::max(out.max_wait_min, *w);
      ++waits;
    }
  }

  protocol::ReportCounts result() const {
    protocol::ReportCounts r = out;
    r.mean_wait_min = waits == 0 ? 0 : (wait_sum + waits / 2) / waits;
    return r;
  }
};

protocol::ReportTicket ticket_row(const Ticket& t) {
  return protocol::ReportTicket{t.number,    t.service,    t.tier,        t.status,  t.issued_at,
                                t.called_at, t.started_at, t.finished_at, t.counter, wait_minutes(t)};
}

// RFC 4180: quote a cell that holds a comma, a quote or a line break.
std::string csv_cell(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string tickets_csv(const std::vector<Ticket>& tickets) {
  std::string out = "number,service,tier,status,issued_at,called_at,started_at,finished_at,counter,wait_min\r\n";
  auto time_cell = [](const std::optional<Instant>& t) { return t ? format_iso8601(*t) : std::string(); };
  for (const Ticket& t : tickets) {
    const auto wait = wait_minutes(t);
    out += csv_cell(t.number) + ',' + csv_cell(t.service) + ',';
    out.append(domain::to_string(t.tier)).append(",").append(domain::to_string(t.status)).append(",");
    out += format_iso8601(t.issued_at) + ',' + time_cell(t.called_at) + ',' + time_cell(t.started_at) + ',' +
           time_cell(t.finished_at) + ',';
    if (t.counter) out += std::to_string(*t.counter);
    out += ',';
    if (wait) out += std::to_string(*wait);
    out += "\r\n";
  }
  return out;
}

}  // namespace

ApiReply QueueService::report(Date day, bool as_csv, Instant now) {
  // Today's tickets are in memory and current; another day's are read from the
  // store (a future day simply has none).
  const std::vector<Ticket> tickets = day == state_.day ? state_.tickets : tickets_.load_day(day);
  if (as_csv) return ApiReply{200, tickets_csv(tickets), "text/csv; charset=utf-8"};

  protocol::Report body;
  body.date = day;
  body.generated_at = now;
  Counts totals;
  std::map<std::string, Counts> per_service;
  for (const Ticket& t : tickets) {
    body.tickets.push_back(ticket_row(t));
    totals.add(t);
    per_service[t.service].add(t);
  }
  for (const auto& [id, counts] : per_service) body.services.push_back(protocol::ServiceCounts{id, counts.result()});
  body.totals = totals.result();

  // Waiting over the day: opening to closing every 15 minutes, today only up to now.
  const OpeningHours& hours = calendar_.hours();
  const Instant first = from_local(day, hours.open);
  const Instant last = std::min(from_local(day, hours.close), now);
  body.step_min = kSeriesStep.count();
  for (Instant at = first; at <= last; at += kSeriesStep)
    body.points.push_back(protocol::WaitingPoint{
        at, std::count_if(tickets.begin(), tickets.end(), [&](const Ticket& t) { return waiting_at(t, at); })});
  return reply_message(200, body);
}

}  // namespace kezek::server
