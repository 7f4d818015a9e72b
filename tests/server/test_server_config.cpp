// The server's configuration file: defaults, every setting, and refusals that
// name the file, the entry and the problem.
#include <doctest/doctest.h>

#include "server/config/server_config.hpp"
#include "shared/catalog/catalog_loader.hpp"

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
        "centre.json: provisional_booking_days: must be 0 (only today) or more days");
  CHECK(refusal(R"({"provisional_booking_days": "soon"})") ==
        "centre.json: (file).provisional_booking_days: expected a whole number");
}
