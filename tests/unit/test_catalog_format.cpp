// Prices and processing times as the kiosk prints them in all three languages.
#include "shared/catalog/money_format.hpp"
#include "shared/catalog/processing_format.hpp"

#include <doctest/doctest.h>

#include <string>

namespace kezek_unit_catalog_format {

using namespace kezek::catalog;

namespace {

// U+00A0 NO-BREAK SPACE and the tenge sign, spelled out so that a plain space
// sneaking into the output fails the test.
const std::string nb = "\u00A0";
const std::string tenge = "\u20B8";

std::string days(int min, int max, Lang lang) { return format_duration(ProcessingUnit::working_days, min, max, lang); }
std::string minutes(int min, int max, Lang lang) { return format_duration(ProcessingUnit::minutes, min, max, lang); }

}  // namespace

TEST_CASE("format: tenge amounts are grouped by three with no-break spaces") {
  for (Lang lang : kAllLangs) {
    CHECK(format_kzt(730000, lang) == "730" + nb + "000" + nb + tenge);
    CHECK(format_kzt(1966, lang) == "1" + nb + "966" + nb + tenge);
    CHECK(format_kzt(117960, lang) == "117" + nb + "960" + nb + tenge);
    CHECK(format_kzt(1234567, lang) == "1" + nb + "234" + nb + "567" + nb + tenge);
    CHECK(format_kzt(999, lang) == "999" + nb + tenge);
    CHECK(format_kzt(0, lang) == "0" + nb + tenge);
    CHECK(format_kzt(-20000, lang) == "-20" + nb + "000" + nb + tenge);
  }
  CHECK(format_kzt(730000, Lang::ru) == "730\u00A0000\u00A0₸");
}

TEST_CASE("format: MRP counts use the language's decimal sign and abbreviation") {
  CHECK(format_mrp(0.5, Lang::en) == "0.5" + nb + "MRP");
  CHECK(format_mrp(0.5, Lang::ru) == "0,5" + nb + "МРП");
  CHECK(format_mrp(0.5, Lang::kk) == "0,5" + nb + "АЕК");
  CHECK(format_mrp(30, Lang::en) == "30" + nb + "MRP");
  CHECK(format_mrp(4, Lang::kk) == "4" + nb + "АЕК");
  CHECK(format_mrp(0.25, Lang::ru) == "0,25" + nb + "МРП");
}

TEST_CASE("format: working days in English") {
  CHECK(days(5, 5, Lang::en) == "5 working days");
  CHECK(days(1, 1, Lang::en) == "1 working day");
  CHECK(days(3, 5, Lang::en) == "3\u20135 working days");
  CHECK(days(45, 45, Lang::en) == "45 working days");
}

TEST_CASE("format: working days in Russian take the plural form of the last number") {
  CHECK(days(1, 1, Lang::ru) == "1 рабочий день");
  CHECK(days(2, 2, Lang::ru) == "2 рабочих дня");
  CHECK(days(4, 4, Lang::ru) == "4 рабочих дня");
  CHECK(days(5, 5, Lang::ru) == "5 рабочих дней");
  CHECK(days(11, 11, Lang::ru) == "11 рабочих дней");
  CHECK(days(12, 12, Lang::ru) == "12 рабочих дней");
  CHECK(days(21, 21, Lang::ru) == "21 рабочий день");
  CHECK(days(22, 22, Lang::ru) == "22 рабочих дня");
  CHECK(days(45, 45, Lang::ru) == "45 рабочих дней");
  CHECK(days(111, 111, Lang::ru) == "111 рабочих дней");
  CHECK(days(3, 5, Lang::ru) == "3\u20135 рабочих дней");
  CHECK(days(1, 2, Lang::ru) == "1\u20132 рабочих дня");
}

TEST_CASE("format: working days in Kazakh do not inflect after numerals") {
  CHECK(days(5, 5, Lang::kk) == "5 жұмыс күні");
  CHECK(days(1, 1, Lang::kk) == "1 жұмыс күні");
  CHECK(days(3, 5, Lang::kk) == "3\u20135 жұмыс күні");
  CHECK(days(45, 45, Lang::kk) == "45 жұмыс күні");
}

TEST_CASE("format: minutes in all three languages") {
  CHECK(minutes(20, 30, Lang::en) == "20\u201330 minutes");
  CHECK(minutes(1, 1, Lang::en) == "1 minute");
  CHECK(minutes(20, 30, Lang::ru) == "20\u201330 минут");
  CHECK(minutes(21, 21, Lang::ru) == "21 минута");
  CHECK(minutes(2, 2, Lang::ru) == "2 минуты");
  CHECK(minutes(20, 30, Lang::kk) == "20\u201330 минут");
  CHECK(minutes(30, 30, Lang::kk) == "30 минут");
}

TEST_CASE("format: processing time and its possible extension") {
  Processing processing{ProcessingUnit::working_days, 5, 5, 30};
  CHECK(format_processing(processing, Lang::en) == "5 working days");
  CHECK(format_processing_extension(processing, Lang::en) == "up to 30 calendar days");
  CHECK(format_processing_extension(processing, Lang::ru) == "до 30 календарных дней");
  CHECK(format_processing_extension(processing, Lang::kk) == "30 күнтізбелік күнге дейін");
  processing.may_extend_to_calendar_days = 21;
  CHECK(format_processing_extension(processing, Lang::ru) == "до 21 календарного дня");
  processing.may_extend_to_calendar_days.reset();
  CHECK_FALSE(format_processing_extension(processing, Lang::ru).has_value());
}

TEST_CASE("format: Russian plural forms") {
  CHECK(ru_plural(0, "one", "few", "many") == "many");
  CHECK(ru_plural(1, "one", "few", "many") == "one");
  CHECK(ru_plural(3, "one", "few", "many") == "few");
  CHECK(ru_plural(13, "one", "few", "many") == "many");
  CHECK(ru_plural(101, "one", "few", "many") == "one");
  CHECK(ru_plural(114, "one", "few", "many") == "many");
  CHECK(ru_plural(-2, "one", "few", "many") == "few");
}

}  // namespace kezek_unit_catalog_format
