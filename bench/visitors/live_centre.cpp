// LiveCentre: the kiosk, booking and counter threads.
#include "bench/visitors/live_centre.hpp"

#include <algorithm>
#include <thread>
#include <vector>

#include "shared/net/http_client.hpp"

namespace kezek::bench {
namespace {

namespace json = boost::json;
using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

std::string string_at(const json::value& v, std::initializer_list<std::string_view> path) {
  const json::value* at = &v;
  for (std::string_view key : path) {
    if (!at->is_object()) return {};
    at = at->as_object().if_contains(key);
    if (at == nullptr) return {};
  }
  return at->is_string() ? std::string(at->as_string()) : std::string{};
}

std::string error_code(const net::HttpResult& r) { return string_at(r.json(), {"error", "code"}); }

// Real time for a span of the Centre's time at this speed.
milliseconds scaled(seconds centre_time, double speed) {
  return milliseconds(static_cast<long long>(static_cast<double>(centre_time.count()) * 1000.0 / speed));
}

}  // namespace

LiveCentre::LiveCentre(const catalog::Catalog& catalog, LiveOptions options)
    : catalog_(catalog), options_(std::move(options)), model_(catalog) {}

Instant LiveCentre::server_now() const {
  const double real = std::chrono::duration<double>(std::chrono::steady_clock::now() - real_start_).count();
  return server_start_ + seconds(static_cast<long long>(real * options_.time_scale));
}

void LiveCentre::run(StopSignal& stop) {
  net::HttpClient probe(options_.server, options_.kiosk_token);
  const net::HttpResult status = probe.get("/api/v1/status");
  const auto now = parse_iso8601(string_at(status.json(), {"status", "now"}));
  if (!now) {
    ++tally_.errors;
    std::fprintf(stderr, "kezek-visitors: cannot read the server's time from %s: %s\n", options_.server.c_str(),
                 status.error_message().c_str());
    return;
  }
  server_start_ = *now;
  real_start_ = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  threads.emplace_back([this, &stop] { kiosk(stop); });
  threads.emplace_back([this, &stop] { bookings(stop); });
  for (const auto& [number, token] : options_.counter_tokens) {
    if (options_.leave.contains(number)) continue;
    threads.emplace_back([this, number, token, &stop] { counter(number, token, stop); });
  }
  for (auto& t : threads) t.join();
}

void LiveCentre::kiosk(StopSignal& stop) {
  net::HttpClient client(options_.server, options_.kiosk_token);
  Rng rng(options_.seed);
  // Thinning: candidate arrivals at the peak rate, each kept with the
  // intensity's share of the peak at the Centre's time of day.
  double area = 0;  // the curve's integral over the day, in intensity x seconds
  for (int m = 9 * 60; m < 18 * 60; ++m)
    area += 60 * VisitorModel::arrival_intensity(std::chrono::minutes(m) + seconds(30));
  const double peak_per_real_s = options_.visitors_per_day / area * options_.speed;
  static constexpr const char* kLangs[] = {"en", "ru", "kk"};
  while (stop.sleep_for(
      duration_cast<milliseconds>(std::chrono::duration<double>(rng.exponential(1.0 / peak_per_real_s))))) {
    const double intensity = VisitorModel::arrival_intensity(to_local(server_now()).time_of_day);
    if (!rng.chance(intensity)) continue;
    const std::string& service = model_.draw_service(rng, false);
    const domain::TicketTier tier = model_.draw_tier(rng, service, options_.demand);
    const std::string body = "{\"service\":\"" + service + "\",\"tier\":\"" + std::string(domain::to_string(tier)) +
                             "\",\"lang\":\"" + kLangs[rng.bits() % 3] + "\"}";
    const net::HttpResult r = client.post("/api/v1/tickets", body);
    if (r.status == 201) {
      ++tally_.issued;
      acknowledged("issued", r);
    } else if (error_code(r) == "not_today")
      ++tally_.not_today;
    else if (error_code(r) == "closed")
      ++tally_.closed;
    else
      ++tally_.errors;
  }
}

void LiveCentre::bookings(StopSignal& stop) {
  net::HttpClient admin(options_.server, options_.admin_token);
  net::HttpClient kiosk(options_.server, options_.kiosk_token);
  Rng rng(options_.seed + 1000);
  struct Visit {
    Instant at;  // when the visitor checks in, Centre time
    std::string code;
  };
  std::vector<Visit> visits;
  const std::string today = format_date(local_date(server_now()));
  for (int i = 0; i < options_.bookings && !stop.stopped(); ++i) {
    const std::string& service = model_.draw_service(rng, true);
    const net::HttpResult slots = kiosk.get("/api/v1/slots?service=" + service + "&date=" + today);
    const json::value v = slots.json();
    const json::array* list = v.is_object() && v.as_object().if_contains("slots") ? v.at("slots").if_array() : nullptr;
    if (list == nullptr || list->empty()) continue;
    const json::value& slot = (*list)[rng.bits() % list->size()];
    const std::string start = string_at(slot, {"start"});
    const std::string body = "{\"service\":\"" + service + "\",\"start\":\"" + start + "\",\"applicant\":\"DEMO-" +
                             std::to_string(rng.bits() % 1000000) + "\"}";
    const net::HttpResult booked = admin.post("/api/v1/appointments", body);
    const std::string code = string_at(booked.json(), {"appointment", "code"});
    const auto at = parse_iso8601(start);
    if (booked.status != 201 || code.empty() || !at) {
      ++tally_.errors;
      continue;
    }
    ++tally_.booked;
    if (rng.chance(options_.demand.booking_no_show)) continue;  // never comes
    visits.push_back(Visit{*at - seconds(static_cast<int>(rng.uniform(0, 20 * 60))), code});
  }
  std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.at < b.at; });
  for (const Visit& visit : visits) {
    // Wait for the visitor's moment on the server's clock.
    while (server_now() < visit.at) {
      const milliseconds until =
          scaled(duration_cast<seconds>(visit.at - server_now()) + seconds(1), options_.time_scale);
      if (!stop.sleep_for(std::min(milliseconds(5000), until))) return;
    }
    const net::HttpResult r = kiosk.post("/api/v1/appointments/" + visit.code + "/check-in", "{\"lang\":\"en\"}");
    if (r.status == 201)
      ++tally_.checked_in;
    else
      ++tally_.errors;
  }
}

void LiveCentre::counter(int number, const std::string& token, StopSignal& stop) {
  net::HttpClient client(options_.server, token);
  Rng rng(options_.seed + 100 + static_cast<std::uint64_t>(number));
  const std::string base = "/api/v1/counters/" + std::to_string(number) + "/";
  const milliseconds idle = std::min(milliseconds(2000), scaled(seconds(30), options_.speed));
  for (;;) {
    if (stop.stopped()) return;
    const net::HttpResult call = client.post(base + "call-next");
    if (call.status == 204) {
      if (!stop.sleep_for(idle)) return;
      continue;
    }
    if (call.status != 200) {
      const std::string code = error_code(call);
      if (code == "busy")
        client.post(base + "finish");  // left over from an earlier run
      else if (code != "lunch_break" && code != "closed" && code != "paused")
        ++tally_.errors;
      // Lunch, closing or a pause: look again within a minute of the Centre's
      // time (2 s at most: a real-time day), so a fast clock's 14:00 is not missed.
      const milliseconds again =
          code == "busy" ? milliseconds(100) : std::min(milliseconds(2000), scaled(seconds(60), options_.speed));
      if (!stop.sleep_for(again)) return;
      continue;
    }
    ++tally_.called;
    const std::string service = string_at(call.json(), {"ticket", "service"});
    if (!stop.sleep_for(scaled(VisitorModel::draw_walk(rng), options_.speed))) return;
    if (rng.chance(options_.demand.walk_in_no_show)) {
      if (!stop.sleep_for(scaled(seconds(120), options_.speed))) return;
      if (client.post(base + "no-show").status == 200) ++tally_.no_shows;
      continue;
    }
    client.post(base + "start");
    if (!stop.sleep_for(scaled(model_.draw_service_time(rng, service, options_.demand.service_sigma), options_.speed)))
      return;
    if (const net::HttpResult done = client.post(base + "finish"); done.status == 200) {
      ++tally_.finished;
      acknowledged("finished", done);
    } else {
      ++tally_.errors;
    }
  }
}

void LiveCentre::acknowledged(std::string_view what, const net::HttpResult& answer) {
  if (options_.on_acknowledged) options_.on_acknowledged(what, answer.json());
}

std::string LiveCentre::summary() const {
  return format_iso8601(server_now()) + ": issued " + std::to_string(tally_.issued) + " (not today " +
         std::to_string(tally_.not_today) + ", closed " + std::to_string(tally_.closed) + "), booked " +
         std::to_string(tally_.booked) + ", checked in " + std::to_string(tally_.checked_in) + ", called " +
         std::to_string(tally_.called) + ", finished " + std::to_string(tally_.finished) + ", no-shows " +
         std::to_string(tally_.no_shows) + ", errors " + std::to_string(tally_.errors);
}

}  // namespace kezek::bench
