// End to end: kezek-server --time-scale. The clock runs faster than real time,
// and what the clock alone moves — lunch, closing, a called visitor's no-show —
// happens at the Centre's minute, not half a simulated hour late (the engine's
// tick is bounded in the Centre's time: server/engine/tick_interval.hpp).
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "shared/net/event_stream.hpp"
#include "shared/time/local_time.hpp"
#include "tests/support/api_session.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_e2e_time_scale {

using kezek::testing::Answer;
using kezek::testing::ApiSession;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

ApiSession fast_server(const std::string& now, const std::string& scale) {
  kezek::testing::ServerProcess::Options options = kezek::testing::at(now);
  options.extra_args = {"--time-scale", scale};
  return ApiSession(options);
}

// The first event of `type` (others come between), with a generous real-time limit.
std::optional<json::object> event_of_type(kezek::net::EventStream& stream, std::string_view type) {
  const auto give_up = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < give_up) {
    const auto text = stream.read(1s);
    if (!text) continue;
    json::object m = json::parse(*text).as_object();
    if (m.at("type").as_string() == type) return m;
  }
  return std::nullopt;
}

kezek::Instant at_of(const json::object& event) {
  return kezek::parse_iso8601(std::string(event.at("at").as_string())).value();
}

}  // namespace

TEST_CASE("e2e time scale: lunch begins and ends at the Centre's minute on a clock 600 times fast") {
  ApiSession api = fast_server("2026-11-24T12:59:00+05:00", "600");  // a Tuesday
  // Noticed within two of the Centre's minutes (200 ms of real time; the tick
  // is 30 s of the Centre's time here — a real half second would be 5 min).
  const auto changes_at = [&](const std::string& state, const std::string& local) {
    kezek::net::EventStream stream(api.server().address(), api.server().token("display"));
    std::string error;
    REQUIRE(stream.connect(std::nullopt, error));
    const auto change = event_of_type(stream, "centre.status");
    REQUIRE(change.has_value());
    CHECK(change->at("status").at("state").as_string() == state);
    const kezek::Instant due = kezek::parse_iso8601(local).value();
    CHECK(at_of(*change) >= due);
    CHECK(at_of(*change) <= due + 2min);
  };
  changes_at("lunch", "2026-11-24T13:00:00+05:00");
  // The end of lunch, without waiting an hour's six real seconds.
  api.restart_at("2026-11-24T13:59:00+05:00");
  changes_at("open", "2026-11-24T14:00:00+05:00");
  CHECK(api.get("kiosk", "/api/v1/status").object().at("status").at("state") == "open");
}

TEST_CASE("e2e time scale: a called visitor who never comes is a no-show after five of the Centre's minutes") {
  ApiSession api = fast_server("2026-11-24T10:00:00+05:00", "600");
  const Answer issued = api.issue("iin");
  REQUIRE(issued.status == 201);
  const std::string id = issued.ticket_str("id");
  const Answer called = api.counter(6, "call-next");
  REQUIRE(called.status == 200);
  const auto called_at = kezek::parse_iso8601(called.ticket_str("called_at"));
  REQUIRE(called_at.has_value());

  // Five minutes at 600 times is half a real second.
  REQUIRE(kezek::testing::wait_until(
      [&] { return api.get("kiosk", "/api/v1/tickets/" + id).ticket_str("status") == "no_show"; }, 10s, 20ms));
  const kezek::Instant now =
      kezek::parse_iso8601(std::string(api.get("kiosk", "/api/v1/status").object().at("status").at("now").as_string()))
          .value();
  CHECK(now - *called_at >= 5min);
  // Seen within a few of the Centre's minutes of its due time (the tick is
  // 50 ms of real time, 30 s of the Centre's, at this scale).
  CHECK(now - *called_at <= 8min);
}

TEST_CASE("e2e time scale: a scale outside 1 to 3600 is refused naming the option") {
  kezek::testing::TempDir dir;
  const auto bin = kezek::testing::server_binary().string();
  for (const char* bad : {"0", "0.5", "3601", "fast", "nan", "-600"}) {
    INFO(bad);
    const auto r = kezek::testing::run_program(
        {bin, "--data", (dir.path() / "d").string(), "--listen", "127.0.0.1:0", "--time-scale", bad});
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("--time-scale expects a number from 1 to 3600, got \"" + std::string(bad) + "\"") !=
          std::string::npos);
  }
}

}  // namespace kezek_e2e_time_scale
