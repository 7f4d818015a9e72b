// The catalog as the kiosk reads it from the real server's GET /api/v1/catalog:
// the file format plus the served-only keys (tiers, letter, state_duty_kzt,
// mrp), which the kiosk takes out before the strict loader reads the rest.

#include <doctest/doctest.h>

#include "kiosk/served_catalog.hpp"

#include "shared/net/http_client.hpp"
#include "tests/support/server_process.hpp"

namespace kezek_gui_kiosk_catalog {

TEST_CASE("kiosk catalog: the server's catalog with its letters, tiers and duties") {
  const kezek::testing::TempDir dir;
  const kezek::testing::ServerProcess server(dir.path(), kezek::testing::at("2026-11-24T10:00:00+05:00"));
  kezek::net::HttpClient client(server.address());
  const auto answer = client.get("/api/v1/catalog");
  REQUIRE(answer.ok());
  const auto served = kezek::kiosk::parse_served_catalog(answer.body);
  REQUIRE(served);
  CHECK(served->from_server);
  CHECK(served->mrp_year == 2026);
  CHECK(served->mrp_kzt == 4325);
  REQUIRE(served->catalog.find_service("iin") != nullptr);
  const auto& iin = served->extras_for("iin");
  CHECK(iin.letter == 'O');
  CHECK(iin.tiers.size() == 3);
  CHECK_FALSE(iin.state_duty_kzt.has_value());
  const auto& visa = served->extras_for("work_visa_in_country");
  CHECK(visa.letter == 'W');
  CHECK(visa.state_duty_kzt == 129750);  // 30 MRP at 4,325 KZT
  CHECK(visa.tiers == std::vector<kezek::catalog::Tier>{kezek::catalog::Tier::standard});
}

TEST_CASE("kiosk catalog: the local files give the same prices for the year asked") {
  const auto local = kezek::kiosk::load_local_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json",
                                                      KEZEK_ASSETS_DIR "/catalog/mrp.json", 2025);
  CHECK_FALSE(local->from_server);
  CHECK(local->extras_for("work_visa_in_country").state_duty_kzt == 117960);  // 30 MRP at 3,932 KZT
  CHECK(local->extras_for("unknown_service").tiers.empty());
}

TEST_CASE("kiosk catalog: an answer that is not a catalog is refused in words") {
  CHECK_THROWS_WITH_AS(kezek::kiosk::parse_served_catalog("<html>"), "the server's catalog is not a JSON object",
                       std::invalid_argument);
  CHECK_THROWS(kezek::kiosk::parse_served_catalog(R"({"format": 1, "services": []})"));
}

}  // namespace kezek_gui_kiosk_catalog
