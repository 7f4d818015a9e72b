// The server's configuration file: defaults, every setting, and refusals that
// name the file, the entry and the problem.
#include <doctest/doctest.h>

#include "server/config/server_config.hpp"
#include "shared/catalog/catalog_loader.hpp"

namespace kezek_server_server_config {

namespace {

using namespace kezek;

const catalog::Catalog& real_catalog() {
  static const catalog::Catalog catalog = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  return catalog;
}

std::string refusal(std::string_view json) {
  try {
    server::parse_config(json, "centre.json", real_catalog());
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("config: the default Centre has 8 counters that cover every service, one a personal manager") {
  const auto config = server::default_config(real_catalog());
  REQUIRE(config.counters.size() == 8);
  int managers = 0;
  for (const auto& c : config.counters) managers += c.manager ? 1 : 0;
  CHECK(managers == 1);
  for (const auto& service : real_catalog().services()) {
    int serving = 0;
    for (const auto& c : config.counters)
      if (!c.manager && c.services.contains(service.id)) ++serving;
    INFO(service.id);
    CHECK(serving >= 1);  // every service has an ordinary counter too
  }
}

TEST_CASE("config: counters by service and by group, hours, share, days off and MRP") {
  const auto config = server::parse_config(R"({
      "counters": [{"number": 1, "services": ["iin", "group:work_visa"]},
                   {"number": 9, "services": ["*"], "manager": true}],
      "hours": {"open": "09:30", "close": "17:30"},
      "walk_in_share": 0.7,
      "extra_days_off": ["2026-12-31"],
      "mrp_kzt": {"2027": 4600},
      "scheduling": {"priority_head_start_min": 15, "max_recalls": 3},
      "max_tickets_per_day": 900})",
                                           "centre.json", real_catalog());
  REQUIRE(config.counters.size() == 2);
  CHECK(config.counters[0].services.contains("iin"));
  CHECK(config.counters[0].services.contains("work_visa_extension"));
  CHECK_FALSE(config.counters[0].services.contains("prp"));
  CHECK(config.counters[1].manager);
  CHECK(config.counters[1].services.size() == 23);
  REQUIRE(config.hours.has_value());
  CHECK(config.hours->open == std::chrono::minutes(570));
  CHECK(config.hours->close == std::chrono::minutes(1050));
  CHECK(config.slots.walk_in_share == doctest::Approx(0.7));
  CHECK(config.extra_days_off.size() == 1);
  CHECK(config.mrp_kzt.at(2027) == 4600);
  CHECK(config.scheduling.priority_head_start == std::chrono::minutes(15));
  CHECK(config.scheduling.max_recalls == 3);
  CHECK(config.max_tickets_per_day == 900);
}

TEST_CASE("config: each mistake is refused with the file, the entry and the problem") {
  CHECK(refusal("{oops").find("centre.json") != std::string::npos);
  CHECK(refusal(R"({"countres": []})").find("countres: unknown setting") != std::string::npos);
  CHECK(refusal(R"({"counters": [{"number": 1, "services": ["visa_to_mars"]}]})")
            .find("counters[0].services: unknown service \"visa_to_mars\"") != std::string::npos);
  CHECK(refusal(R"({"counters": [{"number": 1, "services": ["group:nope"]}]})").find("unknown group") !=
        std::string::npos);
  CHECK(refusal(R"({"counters": [{"number": 1, "services": ["iin"]}, {"number": 1, "services": ["iin"]}]})")
            .find("counters[1]: counter number used twice") != std::string::npos);
  CHECK(refusal(R"({"counters": [{"number": 0, "services": ["iin"]}]})").find("counters[0]") != std::string::npos);
  CHECK(refusal(R"({"counters": [{"number": 2, "services": []}]})").find("must serve something") != std::string::npos);
  CHECK(refusal(R"({"walk_in_share": 1.5})").find("walk_in_share") != std::string::npos);
  CHECK(refusal(R"({"hours": {"open": "19:00"}})").find("hours: times out of order") != std::string::npos);
  CHECK(refusal(R"({"hours": {"open": "9am"}})").find("hours.open") != std::string::npos);
  CHECK(refusal(R"({"extra_days_off": ["31.12.2026"]})").find("extra_days_off[0]") != std::string::npos);
  CHECK(refusal(R"({"mrp_kzt": {"2027": -5}})").find("mrp_kzt.2027") != std::string::npos);
  CHECK(refusal(R"({"max_tickets_per_day": "many"})").find("max_tickets_per_day") != std::string::npos);
}

TEST_CASE("config: provisional_booking_days defaults to 90, is read, and may not be negative") {
  CHECK(server::default_config(real_catalog()).provisional_booking_days == 90);
  CHECK(server::parse_config(R"({"provisional_booking_days": 30})", "centre.json", real_catalog())
            .provisional_booking_days == 30);
  CHECK(server::parse_config(R"({"provisional_booking_days": 0})", "centre.json", real_catalog())
            .provisional_booking_days == 0);
  CHECK(refusal(R"({"provisional_booking_days": -1})") ==
        "centre.json: provisional_booking_days: must be from 0 to 3650");
  CHECK(refusal(R"({"provisional_booking_days": "soon"})") ==
        "centre.json: provisional_booking_days: expected a whole number from 0 to 3650");
}

TEST_CASE("config: a misspelt key is refused at every depth, not silently ignored") {
  CHECK(refusal(R"({"limits": {"body_limt": 2048}})") == "centre.json: limits.body_limt: unknown setting");
  CHECK(refusal(R"({"scheduling": {"max_recall": 3}})") == "centre.json: scheduling.max_recall: unknown setting");
  CHECK(refusal(R"({"check_in": {"before": 30}})") == "centre.json: check_in.before: unknown setting");
  CHECK(refusal(R"({"hours": {"opens": "09:00"}})") == "centre.json: hours.opens: unknown setting");
  CHECK(refusal(R"({"counters": [{"number": 1, "services": ["iin"], "managr": true}]})") ==
        "centre.json: counters[0].managr: unknown setting");
  CHECK(refusal(R"({"counters": [{"services": ["iin"]}]})") ==
        "centre.json: counters[0].number: missing: a counter number from 1 to 99");
}

TEST_CASE("config: numbers out of range are refused before any narrowing, naming the range") {
  // -1 used to become a body limit of 2^64-1 bytes; 2^40 wrapped into a small int.
  CHECK(refusal(R"({"limits": {"body_limit": -1}})") ==
        "centre.json: limits.body_limit: must be from 1024 to 67108864");
  CHECK(refusal(R"({"max_tickets_per_day": 1099511627776})") ==
        "centre.json: max_tickets_per_day: must be from 1 to 100000000");
  CHECK(refusal(R"({"max_tickets_per_day": 18446744073709551615})") ==
        "centre.json: max_tickets_per_day: must be from 1 to 100000000");
  CHECK(refusal(R"({"max_tickets_per_day": 12.5})") ==
        "centre.json: max_tickets_per_day: expected a whole number from 1 to 100000000");
  CHECK(refusal(R"({"limits": {"max_connections": 0}})") ==
        "centre.json: limits.max_connections: must be from 8 to 1000000");
  CHECK(refusal(R"({"limits": {"header_timeout_s": -5}})") ==
        "centre.json: limits.header_timeout_s: must be from 1 to 3600");
  CHECK(refusal(R"({"limits": {"kiosk_burst": 0}})") == "centre.json: limits.kiosk_burst: must be from 1 to 1000000");
  CHECK(refusal(R"({"scheduling": {"no_show_after_min": 0}})") ==
        "centre.json: scheduling.no_show_after_min: must be from 1 to 120");
  CHECK(refusal(R"({"scheduling": {"priority_head_start_min": -20}})") ==
        "centre.json: scheduling.priority_head_start_min: must be from 0 to 540");
  CHECK(refusal(R"({"check_in": {"after_min": 100000}})") == "centre.json: check_in.after_min: must be from 0 to 540");
  CHECK(refusal(R"({"event_days": 0})") == "centre.json: event_days: must be from 1 to 3650");
  CHECK(refusal(R"({"mrp_kzt": {"2027x": 4600}})") == "centre.json: mrp_kzt.2027x: not a year from 2000 to 2200");
  CHECK(refusal(R"({"mrp_kzt": {"27": 4600}})") == "centre.json: mrp_kzt.27: not a year from 2000 to 2200");

  // The edges themselves are accepted.
  const auto edges = server::parse_config(
      R"({"max_tickets_per_day": 100000000, "limits": {"body_limit": 1024, "kiosk_requests_per_second": 0},
          "scheduling": {"priority_head_start_min": 0, "max_recalls": 10}})",
      "centre.json", real_catalog());
  CHECK(edges.max_tickets_per_day == 100000000);
  CHECK(edges.limits.body_limit == 1024);
  CHECK(edges.kiosk_requests_per_second == 0);
  CHECK(edges.scheduling.priority_head_start == std::chrono::minutes(0));
  CHECK(edges.scheduling.max_recalls == 10);
}

}  // namespace kezek_server_server_config
