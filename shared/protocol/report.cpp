#include "shared/protocol/report.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

namespace json = boost::json;
using namespace fields;

void tag_invoke(json::value_from_tag, json::value& jv, const ReportTicket& t) {
  json::object o;
  o["number"] = t.number;
  o["service"] = t.service;
  o["tier"] = domain::to_string(t.tier);
  o["status"] = domain::to_string(t.status);
  o["issued_at"] = format_iso8601(t.issued_at);
  o["called_at"] = time_or_null(t.called_at);
  o["started_at"] = time_or_null(t.started_at);
  o["finished_at"] = time_or_null(t.finished_at);
  o["counter"] = or_null(t.counter);
  o["wait_min"] = or_null(t.wait_min);
  jv = std::move(o);
}

ReportTicket tag_invoke(json::value_to_tag<ReportTicket>, const json::value& jv) {
  const json::object& o = as_object(jv, "a report row");
  ReportTicket t;
  t.number = required_string(o, "number");
  t.service = required_string(o, "service");
  t.tier =
      required_enum(o, "tier", domain::parse_ticket_tier, "\"appointment\", \"manager\", \"priority\", \"standard\"");
  t.status = required_enum(o, "status", domain::parse_ticket_status,
                           "\"waiting\", \"called\", \"serving\", \"done\", \"no_show\", \"cancelled\"");
  t.issued_at = required_time(o, "issued_at");
  t.called_at = optional_time(o, "called_at");
  t.started_at = optional_time(o, "started_at");
  t.finished_at = optional_time(o, "finished_at");
  t.counter = optional_int32(o, "counter");
  t.wait_min = optional_int(o, "wait_min");
  return t;
}

namespace {

void write_counts(json::object& o, const ReportCounts& c) {
  o["issued"] = c.issued;
  o["waiting"] = c.waiting;
  o["in_progress"] = c.in_progress;
  o["served"] = c.served;
  o["no_show"] = c.no_show;
  o["cancelled"] = c.cancelled;
  o["mean_wait_min"] = c.mean_wait_min;
  o["max_wait_min"] = c.max_wait_min;
}

ReportCounts read_counts(const json::object& o) {
  ReportCounts c;
  c.issued = required_int32(o, "issued");
  c.waiting = required_int32(o, "waiting");
  c.in_progress = required_int32(o, "in_progress");
  c.served = required_int32(o, "served");
  c.no_show = required_int32(o, "no_show");
  c.cancelled = required_int32(o, "cancelled");
  c.mean_wait_min = required_int(o, "mean_wait_min");
  c.max_wait_min = required_int(o, "max_wait_min");
  return c;
}

}  // namespace

void tag_invoke(json::value_from_tag, json::value& jv, const ReportCounts& c) {
  json::object o;
  write_counts(o, c);
  jv = std::move(o);
}

ReportCounts tag_invoke(json::value_to_tag<ReportCounts>, const json::value& jv) {
  return read_counts(as_object(jv, "the counts"));
}

void tag_invoke(json::value_from_tag, json::value& jv, const ServiceCounts& c) {
  json::object o;
  o["service"] = c.service;
  write_counts(o, c.counts);
  jv = std::move(o);
}

ServiceCounts tag_invoke(json::value_to_tag<ServiceCounts>, const json::value& jv) {
  const json::object& o = as_object(jv, "a service's counts");
  return ServiceCounts{required_string(o, "service"), read_counts(o)};
}

void tag_invoke(json::value_from_tag, json::value& jv, const WaitingPoint& p) {
  json::object o;
  o["at"] = format_iso8601(p.at);
  o["waiting"] = p.waiting;
  jv = std::move(o);
}

WaitingPoint tag_invoke(json::value_to_tag<WaitingPoint>, const json::value& jv) {
  const json::object& o = as_object(jv, "a waiting point");
  return WaitingPoint{required_time(o, "at"), required_int(o, "waiting")};
}

void tag_invoke(json::value_from_tag, json::value& jv, const Report& r) {
  json::object o;
  o["date"] = format_date(r.date);
  o["generated_at"] = format_iso8601(r.generated_at);
  o["tickets"] = json::value_from(r.tickets);
  o["services"] = json::value_from(r.services);
  o["totals"] = json::value_from(r.totals);
  json::object series;
  series["step_min"] = r.step_min;
  series["points"] = json::value_from(r.points);
  o["waiting_series"] = std::move(series);
  jv = std::move(o);
}

Report tag_invoke(json::value_to_tag<Report>, const json::value& jv) {
  const json::object& o = as_object(jv, "a report");
  Report r;
  r.date = required_date(o, "date");
  r.generated_at = required_time(o, "generated_at");
  r.tickets = required_array<ReportTicket>(o, "tickets");
  r.services = required_array<ServiceCounts>(o, "services");
  r.totals = required_nested<ReportCounts>(o, "totals");
  const json::value* series = member(o, "waiting_series");
  if (series == nullptr)
    throw DecodeError(ErrorCode::missing_field, "waiting_series", "\"waiting_series\" is required");
  try {
    const json::object& s = as_object(*series, "\"waiting_series\"");
    r.step_min = required_int(s, "step_min");
    r.points = required_array<WaitingPoint>(s, "points");
  } catch (const DecodeError& e) {
    throw e.nested_in("waiting_series");
  }
  return r;
}

}  // namespace kezek::protocol
