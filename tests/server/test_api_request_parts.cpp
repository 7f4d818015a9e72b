// The API's request target reader (server/api/request_parts) and what the handler
// answers for a target it refuses; regressions found by tests/fuzz.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "server/api/api_handler.hpp"
#include "server/api/request_parts.hpp"
#include "server/config/server_config.hpp"
#include "server/engine/engine.hpp"
#include "server/http/credentials.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "test_store_temp_dir.hpp"

namespace kezek::server::api {
namespace server_api_request_parts {

TEST_CASE("api request parts: a target is split into decoded segments and query") {
  const auto target = parse_target("/api/v1/slots?service=work_visa_in_country&date=2026-11-25&q=%D0%B0+b");
  REQUIRE(target);
  CHECK(target->segments == std::vector<std::string>{"api", "v1", "slots"});
  CHECK(target->query.at("service") == "work_visa_in_country");
  CHECK(target->query.at("q") == "\xD0\xB0 b");  // Cyrillic а, then a space
  CHECK_FALSE(parse_target("api/v1"));
  CHECK_FALSE(parse_target("/api/%zz"));
}

TEST_CASE("api request parts: a target that is not UTF-8 once decoded is refused") {
  // Found by tests/fuzz/fuzz_api_handler.cpp: the unknown service was echoed in the
  // error message as raw bytes, and the answer was not valid JSON.
  CHECK_FALSE(parse_target("/api/v1/slots?service=work_visa%FF&date=2026-11-25"));
  CHECK_FALSE(parse_target("/api/v1/slots?service\xC3(=x"));
  CHECK_FALSE(parse_target("/api/v1/appointments/%ED%A0%80"));     // a UTF-16 surrogate
  CHECK_FALSE(parse_target("/api/v1/appointments/%C0%AF"));        // an overlong '/'
  CHECK_FALSE(parse_target("/api/v1/appointments/%F4%90%80%80"));  // past U+10FFFF
  CHECK(parse_target("/api/v1/appointments/%F0%9F%98%80"));        // an emoji is fine
}

TEST_CASE("api handler: a target with bytes that are not UTF-8 gets a JSON 400") {
  const catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  const WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  const ServerConfig config = default_config(catalog);
  const store::testing::TempDir dir;
  const auto credentials = http::Credentials::load_or_create(dir.file("credentials.json"), {1});
  const ManualClock clock(*parse_iso8601("2026-11-24T10:00:00+05:00"));
  Engine engine(catalog, calendar, config, clock, ":memory:");
  const CatalogDocuments documents("{\"services\": []}", catalog, {});
  ApiHandler handler(engine, credentials, documents);

  http::Request request{boost::beast::http::verb::get, "/api/v1/slots?service=work_visa_in_count%FFy&date=2026-11-25",
                        11};
  request.set(boost::beast::http::field::authorization, "Bearer " + credentials.token_for(http::Role::kiosk));
  const http::Response response = handler.handle_now(request);
  CHECK(response.result_int() == 400);
  boost::system::error_code ec;
  const boost::json::value body = boost::json::parse(response.body(), ec);
  REQUIRE_FALSE(ec);
  CHECK(body.at("error").at("code").as_string() == "bad_target");
}

}  // namespace server_api_request_parts
}  // namespace kezek::server::api
