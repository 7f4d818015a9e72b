// QueueService — the day's report for the supervisor (GET /api/v1/report and
// /api/v1/report.csv): every ticket of a day, the counts per service, the day's
// totals, and how many people were waiting every 15 minutes.
#include <algorithm>
#include <map>

#include "server/engine/queue_service.hpp"

namespace kezek::server {

namespace json = boost::json;
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

json::value optional_time(const std::optional<Instant>& t) {
  if (!t) return nullptr;
  return json::value(format_iso8601(*t));
}

struct Counts {
  int issued = 0, waiting = 0, in_progress = 0, served = 0, no_show = 0, cancelled = 0;
  std::int64_t wait_sum = 0, max_wait = 0;
  int waits = 0;

  void add(const Ticket& t) {
    ++issued;
    switch (t.status) {
      case TicketStatus::waiting: ++waiting; break;
      case TicketStatus::called:
      case TicketStatus::serving: ++in_progress; break;
      case TicketStatus::done: ++served; break;
      case TicketStatus::no_show: ++no_show; break;
      case TicketStatus::cancelled: ++cancelled; break;
    }
    if (auto w = wait_minutes(t)) {
      wait_sum += *w;
      max_wait = std::max(max_wait, *w);
      ++waits;
    }
  }

  void write(json::object& o) const {
    o["issued"] = issued;
    o["waiting"] = waiting;
    o["in_progress"] = in_progress;
    o["served"] = served;
    o["no_show"] = no_show;
    o["cancelled"] = cancelled;
    o["mean_wait_min"] = waits == 0 ? 0 : (wait_sum + waits / 2) / waits;
    o["max_wait_min"] = max_wait;
  }
};

json::object ticket_row(const Ticket& t) {
  json::object o;
  o["number"] = t.number;
  o["service"] = t.service;
  o["tier"] = domain::to_string(t.tier);
  o["status"] = domain::to_string(t.status);
  o["issued_at"] = format_iso8601(t.issued_at);
  o["called_at"] = optional_time(t.called_at);
  o["started_at"] = optional_time(t.started_at);
  o["finished_at"] = optional_time(t.finished_at);
  o["counter"] = t.counter ? json::value(*t.counter) : json::value(nullptr);
  const auto wait = wait_minutes(t);
  o["wait_min"] = wait ? json::value(*wait) : json::value(nullptr);
  return o;
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

  json::object body;
  body["date"] = format_date(day);
  body["generated_at"] = format_iso8601(now);

  json::array rows;
  Counts totals;
  std::map<std::string, Counts> per_service;
  for (const Ticket& t : tickets) {
    rows.push_back(ticket_row(t));
    totals.add(t);
    per_service[t.service].add(t);
  }
  body["tickets"] = std::move(rows);
  json::array services;
  for (const auto& [id, counts] : per_service) {
    json::object s;
    s["service"] = id;
    counts.write(s);
    services.push_back(std::move(s));
  }
  body["services"] = std::move(services);
  json::object total;
  totals.write(total);
  body["totals"] = std::move(total);

  // Waiting over the day: opening to closing every 15 minutes, today only up to now.
  const OpeningHours& hours = calendar_.hours();
  const Instant first = from_local(day, hours.open);
  const Instant last = std::min(from_local(day, hours.close), now);
  json::array points;
  for (Instant at = first; at <= last; at += kSeriesStep) {
    json::object p;
    p["at"] = format_iso8601(at);
    p["waiting"] = std::count_if(tickets.begin(), tickets.end(), [&](const Ticket& t) { return waiting_at(t, at); });
    points.push_back(std::move(p));
  }
  json::object series;
  series["step_min"] = kSeriesStep.count();
  series["points"] = std::move(points);
  body["waiting_series"] = std::move(series);
  return reply_json(200, body);
}

}  // namespace kezek::server
