// MRP per year and state duties priced with it (the guide's 2025 figures and
// the 2026 MRP), plus the MRP file's error messages.
#include "shared/catalog/mrp_table.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace kezek_unit_catalog_mrp {

using namespace kezek::catalog;

namespace {

constexpr const char* kMrpJson =
    R"({"mrp_kzt": {"2025": 3932, "2026": 4325}, "source": {"2025": "budget law 2025-2027"}})";

Fees duty(double mrp) {
  Fees fees;
  fees.state_duty_mrp = mrp;
  return fees;
}

std::string error_of(const char* text) {
  try {
    parse_mrp_table(text, "mrp.json");
  } catch (const CatalogError& error) {
    return error.what();
  }
  return "<accepted>";
}

}  // namespace

TEST_CASE("mrp: the table holds one value per year and nothing else") {
  const MrpTable table = parse_mrp_table(kMrpJson, "mrp.json");
  CHECK(table.kzt_for_year(2025) == 3932);
  CHECK(table.kzt_for_year(2026) == 4325);
  CHECK_FALSE(table.kzt_for_year(2024).has_value());
  CHECK_FALSE(table.kzt_for_year(2027).has_value());
  CHECK(table.years().size() == 2);
}

TEST_CASE("mrp: state duties in 2025 match the guide's figures") {
  const MrpTable table = parse_mrp_table(kMrpJson, "mrp.json");
  CHECK(state_duty_kzt(duty(0.5), table, 2025) == 1966);
  CHECK(state_duty_kzt(duty(30), table, 2025) == 117960);
  CHECK(state_duty_kzt(duty(4), table, 2025) == 15728);
}

TEST_CASE("mrp: state duties in 2026 use 4,325 KZT and round half up") {
  const MrpTable table = parse_mrp_table(kMrpJson, "mrp.json");
  CHECK(state_duty_kzt(duty(0.5), table, 2026) == 2163);  // 2162.5 rounds up
  CHECK(state_duty_kzt(duty(30), table, 2026) == 129750);
  CHECK(state_duty_kzt(duty(4), table, 2026) == 17300);
  CHECK(state_duty_kzt(duty(0.3), table, 2026) == 1298);  // 1297.5 exactly, despite binary 0.3
  CHECK(state_duty_kzt(duty(0), table, 2026) == 0);
}

TEST_CASE("mrp: no duty or no MRP for the year gives no price") {
  const MrpTable table = parse_mrp_table(kMrpJson, "mrp.json");
  CHECK_FALSE(state_duty_kzt(Fees{}, table, 2025).has_value());
  CHECK_FALSE(state_duty_kzt(duty(0.5), table, 2030).has_value());
  CHECK_FALSE(state_duty_kzt(duty(0.5), MrpTable{}, 2025).has_value());
}

TEST_CASE("mrp: a duty or an MRP too large to price in int64 tenge gives no price") {
  // Found by tests/fuzz/fuzz_catalog.cpp: the product overflowed (undefined behaviour).
  const MrpTable table = parse_mrp_table(kMrpJson, "mrp.json");
  CHECK_FALSE(state_duty_kzt(duty(1e300), table, 2025).has_value());
  CHECK_FALSE(state_duty_kzt(duty(3e12), table, 2025).has_value());
  const MrpTable huge({{2025, INT64_MAX}});
  CHECK_FALSE(state_duty_kzt(duty(0.5), huge, 2025).has_value());
  CHECK(state_duty_kzt(duty(0), huge, 2025) == 0);
}

TEST_CASE("mrp: a broken file is refused naming the file, the entry and the problem") {
  CHECK(error_of(R"({"mrp_kzt": {"2025": 3932,}})").rfind("mrp.json: malformed JSON at line 1, column 27: ", 0) == 0);
  CHECK(error_of(R"({"mrp_kzt": {"2025": "3932"}})") ==
        R"(mrp.json: mrp_kzt.2025: expected an integer, got the string "3932")");
  CHECK(error_of(R"({"mrp_kzt": {"25": 3932}})") ==
        R"(mrp.json: mrp_kzt.25: expected a year such as "2025", got "25")");
  CHECK(error_of(R"({"mrp_kzt": {"2025": -1}})") == R"(mrp.json: mrp_kzt.2025: MRP must be positive, got -1)");
  CHECK(error_of(R"({"mrp_kzt": {}})") == R"(mrp.json: mrp_kzt: holds no year)");
  CHECK(error_of(R"({"mrp": {"2025": 3932}})") == R"(mrp.json: unknown key "mrp")");
  CHECK(error_of(R"({"source": "x"})") == R"(mrp.json: missing key "mrp_kzt")");
  CHECK(error_of(R"([3932])") == R"(mrp.json: expected an object, got an array)");
}

TEST_CASE("mrp: an unreadable file names its path") {
  std::string message;
  try {
    load_mrp_table("/nonexistent/kezek/mrp.json");
  } catch (const CatalogError& error) {
    message = error.what();
  }
  CHECK(message.rfind("/nonexistent/kezek/mrp.json: cannot open the file", 0) == 0);
}

}  // namespace kezek_unit_catalog_mrp
