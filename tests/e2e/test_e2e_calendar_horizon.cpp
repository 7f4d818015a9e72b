// End to end: the real server beyond its calendar data. 2028 has no list in
// assets/calendar/kz-holidays.json, so its days off come from the holidays
// fixed by law and every day of it is provisional; bookings on provisional
// days are taken only provisional_booking_days (90) ahead. The server warns
// about the data running out at start-up and in GET /healthz.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "tests/support/api_session.hpp"

namespace kezek_e2e_calendar_horizon {

using kezek::testing::Answer;
using kezek::testing::ApiSession;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;

namespace {

std::string iin_booking(const std::string& start, const std::string& applicant) {
  return R"({"service":"iin","start":")" + start + R"(","applicant":")" + applicant + R"("})";
}

std::string slots_of(const std::string& date) { return "/api/v1/slots?service=iin&date=" + date; }

std::string first_start(const Answer& slots) {
  REQUIRE(slots.status == 200);
  const auto& list = slots.object().at("slots").as_array();
  REQUIRE_FALSE(list.empty());
  return std::string(list[0].as_object().at("start").as_string());
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("e2e calendar horizon: 8 March 2028 has no slots, a near provisional day is booked, a far one is 409") {
  const TempDir logs;
  ServerProcess::Options options = kezek::testing::at("2027-12-20T10:00:00+05:00");  // a Monday
  options.log = logs.path() / "server.log";
  ApiSession api(options);

  // The data's last decreed year (2026) is behind: said at start-up and in the health answer.
  CHECK(read_text(options.log)
            .find("kezek-server: warning: the calendar data's last year with a published decree "
                  "is 2026: days off from 2027-01-01 (353 days ago) are provisional") != std::string::npos);
  const Answer health = api.get("", "/healthz");
  CHECK(health.status == 200);
  CHECK(health.str("status") == "ok");
  REQUIRE(health.object().at("warnings").as_array().size() == 1);

  // International Women's Day 2028 is a Wednesday, closed by the rule.
  const Answer womens_day = api.get("kiosk", slots_of("2028-03-08"));
  REQUIRE(womens_day.status == 200);
  CHECK(womens_day.object().at("working_day") == false);
  CHECK(womens_day.object().at("slots").as_array().empty());
  CHECK(womens_day.object().at("provisional") == true);
  CHECK(womens_day.str("provisional_note").find("the date of Kurban Ait in 2028 is not known") != std::string::npos);
  // New Year 2028 falls on a weekend: Monday 3 January is closed, Wednesday 5 is open.
  CHECK(api.get("kiosk", slots_of("2028-01-03")).object().at("working_day") == false);

  // Wednesday 5 January 2028, 16 days ahead: provisional, and booked.
  const Answer near = api.get("kiosk", slots_of("2028-01-05"));
  CHECK(near.object().at("provisional") == true);
  const Answer booked = api.post("admin", "/api/v1/appointments", iin_booking(first_start(near), "P-1"));
  REQUIRE(booked.status == 201);
  CHECK(booked.object().at("provisional") == true);

  // Wednesday 14 June 2028, 177 days ahead: it has slots, but a booking is refused.
  const Answer far = api.get("kiosk", slots_of("2028-06-14"));
  CHECK(far.object().at("provisional") == true);
  const Answer refused = api.post("admin", "/api/v1/appointments", iin_booking(first_start(far), "P-2"));
  CHECK(refused.status == 409);
  CHECK(refused.error_code() == "provisional_day");
  const std::string message(refused.object().at("error").as_object().at("message").as_string());
  CHECK(message.find("the date of Kurban Ait in 2028 is not known") != std::string::npos);
  CHECK(message.find("so this one from 2028-03-16") != std::string::npos);
}

TEST_CASE("e2e calendar horizon: no warning while the decreed data reaches more than 60 days ahead") {
  const TempDir logs;
  ServerProcess::Options options = kezek::testing::at("2026-06-01T10:00:00+05:00");
  options.log = logs.path() / "server.log";
  ApiSession api(options);
  CHECK(read_text(options.log).find("warning") == std::string::npos);
  const Answer health = api.get("", "/healthz");
  CHECK(health.status == 200);
  CHECK(health.object().at("warnings").as_array().empty());
  // A decreed day is not provisional and answers without a note.
  const Answer slots = api.get("kiosk", slots_of("2026-06-03"));
  CHECK(slots.object().at("provisional") == false);
  CHECK_FALSE(slots.object().contains("provisional_note"));
}

}  // namespace kezek_e2e_calendar_horizon
