// GET /api/v1/catalog follows the date: the MRP that prices state duties
// changes every 1 January, and a server running across New Year must not keep
// last year's prices until someone restarts it.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>

#include "server/api/api_handler.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "tests/server/test_store_temp_dir.hpp"

namespace kezek_server_api_catalog_year {

using namespace kezek;
using namespace kezek::server;
using namespace kezek::server::api;
namespace json = boost::json;

namespace {

std::string catalog_text() {
  std::ifstream in(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The MRP of the year the document gives, and the state duty in tenge of the
// first service that has one (null when the year has no MRP).
struct Priced {
  std::int64_t year = 0;
  json::value mrp_kzt;
  json::value first_duty_kzt;
};

Priced priced(ApiHandler& handler) {
  const http::Request request{boost::beast::http::verb::get, "/api/v1/catalog", 11};
  const http::Response response = handler.handle_now(request);
  REQUIRE(response.result_int() == 200);
  const json::value body = json::parse(response.body());
  Priced p;
  p.year = body.at("mrp").at("year").as_int64();
  p.mrp_kzt = body.at("mrp").at("kzt");
  for (const json::value& service : body.at("services").as_array()) {
    const json::object& s = service.as_object();
    const json::object& fees = s.at("fees").as_object();
    if (fees.contains("state_duty_mrp")) {
      p.first_duty_kzt = s.at("state_duty_kzt");
      break;
    }
  }
  return p;
}

}  // namespace

TEST_CASE("api catalog: state duties are priced with the MRP of the day's year, across New Year without a restart") {
  const catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  const WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  const ServerConfig config = default_config(catalog);
  const store::testing::TempDir dir;
  const auto credentials = http::Credentials::load_or_create(dir.file("credentials.json"), {1});
  ManualClock clock(*parse_iso8601("2026-12-31T23:59:59+05:00"));
  Engine engine(catalog, calendar, config, clock, ":memory:");
  const CatalogDocuments documents(catalog_text(), catalog, catalog::MrpTable({{2026, 4325}, {2027, 4500}}));
  ApiHandler handler(engine, credentials, documents);

  const Priced december = priced(handler);
  CHECK(december.year == 2026);
  CHECK(december.mrp_kzt == 4325);
  REQUIRE(december.first_duty_kzt.is_int64());

  clock.set(*parse_iso8601("2027-01-01T00:00:01+05:00"));
  const Priced january = priced(handler);
  CHECK(january.year == 2027);
  CHECK(january.mrp_kzt == 4500);
  REQUIRE(january.first_duty_kzt.is_int64());
  // The same MRP count, priced at the new MRP (to the tenge).
  const double mrp_in_december = static_cast<double>(december.first_duty_kzt.as_int64()) / 4325.0;
  const double mrp_in_january = static_cast<double>(january.first_duty_kzt.as_int64()) / 4500.0;
  CHECK(mrp_in_january == doctest::Approx(mrp_in_december).epsilon(0.001));

  // A year the table does not hold: no price at all, never last year's.
  clock.set(*parse_iso8601("2028-01-01T00:00:01+05:00"));
  const Priced unknown = priced(handler);
  CHECK(unknown.year == 2028);
  CHECK(unknown.mrp_kzt.is_null());
  CHECK(unknown.first_duty_kzt.is_null());
}

}  // namespace kezek_server_api_catalog_year
