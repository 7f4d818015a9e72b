// The calendar's horizon through the API: GET /healthz's warnings, the
// "provisional" member of GET /api/v1/slots and of a booking, and 409
// provisional_day beyond provisional_booking_days; and the server's calendar
// (the file with the configuration's additions) keeping the file's rules.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <string>

#include "server/api/api_handler.hpp"
#include "server/config/server_calendar.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_api_calendar_horizon {

using namespace kezek;
using namespace kezek::server;
using namespace kezek::server::api;
namespace json = boost::json;
namespace beast_http = boost::beast::http;

namespace {

constexpr const char* kCalendarFile = KEZEK_ASSETS_DIR "/calendar/kz-holidays.json";

struct Answer {
  unsigned status = 0;
  json::value body;
};

// A server on the shipped calendar and catalog, its clock at `now`.
struct HorizonServer {
  catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  ServerConfig config;
  WorkingCalendar calendar;
  store::testing::TempDir dir;
  http::Credentials credentials = http::Credentials::load_or_create(dir.file("credentials.json"), {1});
  ManualClock clock;
  Engine engine;
  CatalogDocuments documents{"{\"services\": []}", catalog, {}};
  ApiHandler handler{engine, credentials, documents};

  HorizonServer(const std::string& now, int provisional_booking_days)
      : config(configured(catalog, provisional_booking_days)),
        calendar(load_server_calendar(kCalendarFile, config)),
        clock(*parse_iso8601(now)),
        engine(catalog, calendar, config, clock, ":memory:") {}

  static ServerConfig configured(const catalog::Catalog& c, int provisional_booking_days) {
    ServerConfig config = default_config(c);
    config.provisional_booking_days = provisional_booking_days;
    return config;
  }

  Answer call(beast_http::verb method, const std::string& target, const std::string& body = {}) {
    http::Request request{method, target, 11};
    request.set(beast_http::field::authorization, "Bearer " + credentials.token_for(http::Role::admin));
    request.body() = body;
    request.prepare_payload();
    const http::Response response = handler.handle_now(request);
    return Answer{response.result_int(), json::parse(response.body())};
  }

  Answer slots(const std::string& date) {
    return call(beast_http::verb::get, "/api/v1/slots?service=iin&date=" + date);
  }

  // Books the day's first free iin slot for `applicant`.
  Answer book_first_slot(const std::string& date, const std::string& applicant) {
    const Answer free = slots(date);
    REQUIRE(free.status == 200);
    REQUIRE_FALSE(free.body.at("slots").as_array().empty());
    const std::string start(free.body.at("slots").at(0).at("start").as_string());
    return call(beast_http::verb::post, "/api/v1/appointments",
                R"({"service": "iin", "start": ")" + start + R"(", "applicant": ")" + applicant + R"("})");
  }
};

}  // namespace

TEST_CASE("api health: warnings from 60 days before the last decreed year ends, status still ok") {
  HorizonServer server("2026-11-01T10:00:00+05:00", 90);
  const Answer before = server.call(beast_http::verb::get, "/healthz");
  CHECK(before.status == 200);
  CHECK(before.body.at("status") == "ok");
  CHECK(before.body.at("warnings").as_array().empty());

  server.clock.set(*parse_iso8601("2026-11-02T10:00:00+05:00"));
  const Answer warned = server.call(beast_http::verb::get, "/healthz");
  CHECK(warned.status == 200);
  CHECK(warned.body.at("status") == "ok");
  REQUIRE(warned.body.at("warnings").as_array().size() == 1);
  const std::string warning(warned.body.at("warnings").at(0).as_string());
  CHECK(warning.find("last year with a published decree is 2026") != std::string::npos);
  CHECK(warning.find("from 2027-01-01 (in 60 days)") != std::string::npos);
}

TEST_CASE("api slots: provisional on 2027 and 2028 days with a note; 8 March 2028 has no slots") {
  HorizonServer server("2026-11-24T10:00:00+05:00", 90);
  const Answer decreed = server.slots("2026-11-25");
  REQUIRE(decreed.status == 200);
  CHECK(decreed.body.at("provisional") == false);
  CHECK_FALSE(decreed.body.as_object().contains("provisional_note"));
  CHECK_FALSE(decreed.body.at("slots").as_array().empty());

  const Answer listed_ahead = server.slots("2027-02-10");
  REQUIRE(listed_ahead.status == 200);
  CHECK(listed_ahead.body.at("provisional") == true);
  CHECK(listed_ahead.body.at("working_day") == true);
  CHECK(std::string(listed_ahead.body.at("provisional_note").as_string()).starts_with("2027 has no published decree"));

  const Answer womens_day = server.slots("2028-03-08");
  REQUIRE(womens_day.status == 200);
  CHECK(womens_day.body.at("working_day") == false);
  CHECK(womens_day.body.at("slots").as_array().empty());
  CHECK(womens_day.body.at("provisional") == true);
  CHECK(std::string(womens_day.body.at("provisional_note").as_string())
            .ends_with("the date of Kurban Ait in 2028 is not known"));
}

TEST_CASE("api booking: a provisional day within provisional_booking_days is booked and says so, beyond is 409") {
  HorizonServer server("2026-11-24T10:00:00+05:00", 90);
  const Answer decreed = server.book_first_slot("2026-11-26", "P-1");
  REQUIRE(decreed.status == 201);
  CHECK_FALSE(decreed.body.as_object().contains("provisional"));

  // Monday 11 January 2027, 48 days ahead: provisional, within 90 days.
  const Answer near = server.book_first_slot("2027-01-11", "P-2");
  REQUIRE(near.status == 201);
  CHECK(near.body.at("provisional") == true);
  const std::string code(near.body.at("appointment").at("code").as_string());
  const Answer read = server.call(beast_http::verb::get, "/api/v1/appointments/" + code);
  CHECK(read.status == 200);
  CHECK(read.body.at("provisional") == true);

  // Monday 1 March 2027, 97 days ahead: refused, and told from when.
  const Answer far = server.book_first_slot("2027-03-01", "P-3");
  CHECK(far.status == 409);
  CHECK(far.body.at("error").at("code") == "provisional_day");
  const std::string message(far.body.at("error").at("message").as_string());
  CHECK(message.find("no booking yet on 2027-03-01, a provisional day (2027 has no published decree yet") !=
        std::string::npos);
  CHECK(message.find("at most 90 days ahead, so this one from 2026-12-01") != std::string::npos);

  // 2028, without a list: the refusal says Kurban Ait's date is not known.
  const Answer next_year = server.book_first_slot("2028-06-14", "P-4");
  CHECK(next_year.status == 409);
  CHECK(next_year.body.at("error").at("code") == "provisional_day");
  CHECK(std::string(next_year.body.at("error").at("message").as_string())
            .find("the date of Kurban Ait in 2028 is not known") != std::string::npos);
}

TEST_CASE("api booking: provisional_booking_days 0 takes no provisional day after today") {
  HorizonServer server("2027-01-11T09:00:00+05:00", 0);
  const Answer tomorrow = server.book_first_slot("2027-01-12", "P-1");
  CHECK(tomorrow.status == 409);
  CHECK(tomorrow.body.at("error").at("code") == "provisional_day");
  const Answer today = server.book_first_slot("2027-01-11", "P-2");
  CHECK(today.status == 201);
  CHECK(today.body.at("provisional") == true);
}

TEST_CASE("server calendar: the configuration's extra days and hours keep the file's rules and provisional years") {
  ServerConfig config;
  config.extra_days_off = {*parse_date("2028-03-09")};
  config.extra_working_days = {*parse_date("2028-03-11")};
  OpeningHours hours;
  hours.open = std::chrono::hours(8);
  config.hours = hours;
  const WorkingCalendar calendar = load_server_calendar(kCalendarFile, config);
  CHECK_FALSE(calendar.is_working_day(*parse_date("2028-03-08")));  // from the file's fixed holidays
  CHECK_FALSE(calendar.is_working_day(*parse_date("2028-03-09")));  // from the configuration
  CHECK(calendar.is_working_day(*parse_date("2028-03-11")));        // a Saturday the configuration made working
  CHECK(calendar.is_working_day(*parse_date("2028-03-10")));
  CHECK_FALSE(calendar.is_working_day(*parse_date("2026-05-27")));  // Kurban Ait from the 2026 list
  CHECK(calendar.last_decreed_year() == std::chrono::year{2026});
  CHECK(calendar.is_provisional(*parse_date("2027-05-17")));
  CHECK(calendar.hours().open == std::chrono::hours(8));
  CHECK(calendar.lunar_holidays().size() == 1);
}

}  // namespace kezek_server_api_calendar_horizon
