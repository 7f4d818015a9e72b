// Loading the calendar data: a valid file, and every fault naming the file,
// the entry and the problem.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "shared/calendar/working_calendar.hpp"

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
