// Loading the calendar data: a valid file, and every fault naming the file,
// the entry and the problem.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "shared/calendar/working_calendar.hpp"

namespace kezek_unit_calendar_loader {

using namespace std::chrono;
using namespace kezek;

namespace {

constexpr std::string_view kGoodHours =
    R"({"open": "09:00", "close": "18:00", "lunch_start": "13:00", "lunch_end": "14:00"})";

std::string document(std::string_view years, std::string_view hours = kGoodHours) {
  return R"({"timezone": "Asia/Almaty", "utc_offset": "+05:00", "hours": )" + std::string(hours) + R"(, "years": )" +
         std::string(years) + "}";
}

std::string year_2026(std::string_view days_off, std::string_view working_days = "[]") {
  return R"({"2026": {"source": "test", "days_off": )" + std::string(days_off) + R"(, "working_days": )" +
         std::string(working_days) + "}}";
}

std::string load_error(const std::string& json) {
  try {
    WorkingCalendar::from_json(json, "test-holidays.json");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no error)";
}

std::string load_file_error(const std::filesystem::path& file) {
  try {
    WorkingCalendar::load(file);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("calendar: a small valid file loads") {
  const WorkingCalendar calendar = WorkingCalendar::from_json(
      document(year_2026(R"([{"date": "2026-05-07", "moved_from": "2026-05-07",
                               "name": {"en": "Defender", "ru": "Защитник", "kk": "Отан"}}])",
                         R"([{"date": "2026-05-09"}])"),
               R"({"open": "08:30", "close": "17:00", "lunch_start": "12:30", "lunch_end": "13:00"})"),
      "test-holidays.json");
  CHECK(calendar.hours().open == 8h + 30min);
  CHECK(calendar.hours().lunch_end == 13h);
  CHECK_FALSE(calendar.is_working_day(2026y / May / 7));
  CHECK(calendar.is_working_day(2026y / May / 9));
  REQUIRE(calendar.day_name(2026y / May / 7) != nullptr);
  CHECK(calendar.day_name(2026y / May / 7)->ru == "Защитник");
  CHECK(calendar.day_name(2026y / May / 9) == nullptr);
}

TEST_CASE("calendar: loader faults name the file and the entry and the problem") {
  CHECK(load_error("{\n  \"timezone\": \"Asia/Almaty\",,\n}") ==
        "test-holidays.json: malformed JSON at line 2, column 29: syntax error");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-02-30"}])"))) ==
        "test-holidays.json: years.2026.days_off[0].date: bad date \"2026-02-30\", "
        "expected a real date as YYYY-MM-DD");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-05-07"}, {"date": "2026-05-07"}])"))) ==
        "test-holidays.json: years.2026.days_off[1] (2026-05-07): duplicate date, already "
        "listed at years.2026.days_off[0]");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-05-07"}])"),
                            R"({"open": "09:00", "close": "18:00", "lunch_start": "14:00",
                                  "lunch_end": "13:00"})")) ==
        "test-holidays.json: hours: out of order: need open < lunch_start <= lunch_end "
        "< close, got 09:00, 14:00, 13:00, 18:00");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-05-07", "nmae": "x"}])"))) ==
        "test-holidays.json: years.2026.days_off[0]: unknown key \"nmae\"");
  CHECK(load_error(document(year_2026(R"([{"date": 20260507}])"))) ==
        "test-holidays.json: years.2026.days_off[0].date: expected a string");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-05-07", "name": {"en": "x"}}])"))) ==
        "test-holidays.json: years.2026.days_off[0].name: missing key \"ru\"");
  CHECK(load_error(document(year_2026(R"([{"date": "2025-05-07"}])"))) ==
        "test-holidays.json: years.2026.days_off[0] (2025-05-07): date is not in year 2026");
  CHECK(load_error(document(year_2026(R"([{"date": "2026-05-09"}])"))) ==
        "test-holidays.json: years.2026.days_off[0] (2026-05-09): day off on a weekend; list "
        "the weekday it moves to instead");
  CHECK(load_error(document(year_2026("[]", R"([{"date": "2026-05-08"}])"))) ==
        "test-holidays.json: years.2026.working_days[0] (2026-05-08): working day on a "
        "weekday; only Saturdays and Sundays belong here");
  CHECK(load_error(document(
            year_2026(R"([{"date": "2026-05-11"}])", R"([{"date": "2026-05-09"}, {"date": "2026-05-09"}])"))) ==
        "test-holidays.json: years.2026.working_days[1] (2026-05-09): duplicate date, already "
        "listed at years.2026.working_days[0]");
  CHECK(load_error(document(R"({"26": {"source": "x", "days_off": []}})")) ==
        "test-holidays.json: years.26: year key must be four digits");
  CHECK(load_error(document(R"({"2026": {"days_off": []}})")) ==
        "test-holidays.json: years.2026: missing key \"source\"");
  CHECK(load_error(document(R"({"2026": {"source": "x", "days_off": {}}})")) ==
        "test-holidays.json: years.2026.days_off: expected an array");
  CHECK(load_error(document("{}", R"({"open": "9:00", "close": "18:00", "lunch_start": "13:00",
                                        "lunch_end": "14:00"})")) ==
        "test-holidays.json: hours.open: bad time \"9:00\", expected HH:MM");
  CHECK(load_error(R"({"timezone": "Europe/Moscow", "utc_offset": "+05:00", "hours": {},
                         "years": {}})") == "test-holidays.json: timezone: only \"Asia/Almaty\" is supported");
  CHECK(load_error(R"({"timezone": "Asia/Almaty", "utc_offset": "+06:00", "hours": {},
                         "years": {}})") == "test-holidays.json: utc_offset: only \"+05:00\" is supported");
  CHECK(load_error("[]") == "test-holidays.json: top level: expected an object");
  CHECK(load_error("") == "test-holidays.json: malformed JSON at line 1, column 1: incomplete JSON");
}

TEST_CASE("calendar: load() names the file path") {
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "kezek-test-calendar-loader.json";
  {
    std::ofstream out(file, std::ios::trunc);
    out << document(year_2026(R"([{"date": "2026-13-01"}])"));
  }
  const std::string message = load_file_error(file);
  std::filesystem::remove(file);
  CHECK(message == file.string() +
                       ": years.2026.days_off[0].date: bad date \"2026-13-01\", expected a real "
                       "date as YYYY-MM-DD");

  const std::filesystem::path missing = file.parent_path() / "kezek-no-such-calendar.json";
  CHECK(load_file_error(missing).rfind(missing.string() + ": cannot open", 0) == 0);
}

namespace {

// A document with the given "fixed_holidays" (and "lunar_holidays") and no years.
std::string with_rules(std::string_view fixed, std::string_view lunar = "[]") {
  return R"({"timezone": "Asia/Almaty", "utc_offset": "+05:00", "hours": )" + std::string(kGoodHours) +
         R"(, "fixed_holidays": )" + std::string(fixed) + R"(, "lunar_holidays": )" + std::string(lunar) +
         R"(, "years": {}})";
}

constexpr std::string_view kName = R"("name": {"en": "Day", "ru": "День", "kk": "Күн"})";

std::string fixed(std::string_view members) { return "[{" + std::string(members) + ", " + std::string(kName) + "}]"; }

}  // namespace

TEST_CASE("calendar: fixed and lunar holidays and a provisional year load") {
  const HolidayTable table = parse_holiday_table(
      R"({"timezone": "Asia/Almaty", "utc_offset": "+05:00", "hours": )" + std::string(kGoodHours) +
          R"(, "fixed_holidays": [{"month": 3, "day": 15, "from_year": 2027, "to_year": 2030, "note": "law", )" +
          std::string(kName) + R"(}, {"month": 1, "day": 7, "moved": false, )" + std::string(kName) +
          R"(}], "lunar_holidays": [{"note": "lunar", "name": {"en": "Kurban Ait", "ru": "Курбан айт", "kk": "Құрбан айт"}}],
              "years": {"2027": {"source": "ahead", "provisional": true, "days_off": []},
                        "2026": {"source": "decree", "provisional": false, "days_off": []}}})",
      "test-holidays.json");
  REQUIRE(table.fixed_holidays.size() == 2);
  CHECK(table.fixed_holidays[0].month == March);
  CHECK(table.fixed_holidays[0].day == 15d);
  CHECK(table.fixed_holidays[0].from == 2027y);
  CHECK(table.fixed_holidays[0].until == 2030y);
  CHECK(table.fixed_holidays[0].moved);
  CHECK(table.fixed_holidays[0].name.kk == "Күн");
  CHECK_FALSE(table.fixed_holidays[1].moved);
  CHECK_FALSE(table.fixed_holidays[1].from);
  REQUIRE(table.lunar_holidays.size() == 1);
  CHECK(table.lunar_holidays[0].ru == "Курбан айт");
  CHECK(table.provisional_years == std::set<year>{2027y});
}

TEST_CASE("calendar: faults in the holiday rules name the entry and the problem") {
  CHECK(load_error(with_rules(fixed(R"("month": 13, "day": 1)"))) ==
        "test-holidays.json: fixed_holidays[0].month: 13 is not a whole number from 1 to 12");
  CHECK(load_error(with_rules(fixed(R"("month": "3", "day": 8)"))) ==
        "test-holidays.json: fixed_holidays[0].month: expected a whole number from 1 to 12");
  CHECK(load_error(with_rules(fixed(R"("month": 2, "day": 29)"))) ==
        "test-holidays.json: fixed_holidays[0]: month 2 has no day 29 in every year");
  CHECK(load_error(with_rules(fixed(R"("month": 4, "day": 31)"))) ==
        "test-holidays.json: fixed_holidays[0]: month 4 has no day 31 in every year");
  CHECK(load_error(with_rules(fixed(R"("month": 3, "day": 15, "from_year": 2027, "to_year": 2025)"))) ==
        "test-holidays.json: fixed_holidays[0]: from_year 2027 is after to_year 2025");
  CHECK(load_error(with_rules(fixed(R"("month": 3, "day": 15, "to_year": 20255)"))) ==
        "test-holidays.json: fixed_holidays[0].to_year: 20255 is not a whole number from 1900 to 9999");
  CHECK(load_error(with_rules(fixed(R"("month": 1, "day": 7, "moved": "no")"))) ==
        "test-holidays.json: fixed_holidays[0].moved: expected true or false");
  CHECK(load_error(with_rules(fixed(R"("month": 1, "day": 7, "move": false)"))) ==
        "test-holidays.json: fixed_holidays[0]: unknown key \"move\"");
  CHECK(load_error(with_rules(R"([{"month": 1, "day": 7}])")) ==
        "test-holidays.json: fixed_holidays[0]: missing key \"name\"");
  CHECK(load_error(with_rules("{}")) == "test-holidays.json: fixed_holidays: expected an array");
  // The same date twice is an error only in years both entries cover.
  const std::string twice = "[{" + std::string(R"("month": 8, "day": 30, "to_year": 2025, )") + std::string(kName) +
                            "}, {" + std::string(R"("month": 8, "day": 30, "from_year": 2025, )") + std::string(kName) +
                            "}]";
  CHECK(load_error(with_rules(twice)) ==
        "test-holidays.json: fixed_holidays[1]: the same date as fixed_holidays[0] in years both cover");
  const std::string in_turn = "[{" + std::string(R"("month": 8, "day": 30, "to_year": 2025, )") + std::string(kName) +
                              "}, {" + std::string(R"("month": 8, "day": 30, "from_year": 2030, )") +
                              std::string(kName) + "}]";
  CHECK(load_error(with_rules(in_turn)) == "(no error)");
  CHECK(load_error(with_rules("[]", R"([{"note": "lunar"}])")) ==
        "test-holidays.json: lunar_holidays[0]: missing key \"name\"");
  CHECK(load_error(with_rules("[]", R"([{"date": "2028-05-05", )" + std::string(kName) + "}]")) ==
        "test-holidays.json: lunar_holidays[0]: unknown key \"date\"");
  CHECK(load_error(document(R"({"2027": {"source": "x", "provisional": "yes", "days_off": []}})")) ==
        "test-holidays.json: years.2027.provisional: expected true or false");
}

}  // namespace kezek_unit_calendar_loader
