#include "shared/calendar/holiday_rules_reader.hpp"

#include <string>

namespace kezek {
namespace {

namespace json = boost::json;
using namespace std::chrono;

// Years a validity range may name: wide enough for any law, narrow enough
// that a typo ("20277") is caught.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

bool overlap(const FixedHoliday& a, const FixedHoliday& b) {
  const year a_from = a.from.value_or(year{kFirstYear});
  const year a_until = a.until.value_or(year{kLastYear});
  const year b_from = b.from.value_or(year{kFirstYear});
  const year b_until = b.until.value_or(year{kLastYear});
  return a_from <= b_until && b_from <= a_until;
}

FixedHoliday read_one(const json::object& o, const std::string& at, const CalendarReader& r) {
  r.only_keys(o, at, {"month", "day", "name", "moved", "from_year", "to_year", "note"});
  FixedHoliday h;
  const int m = r.integer(r.required(o, "month", at), at + ".month", 1, 12);
  const int d = r.integer(r.required(o, "day", at), at + ".day", 1, 31);
  h.month = month{static_cast<unsigned>(m)};
  h.day = day{static_cast<unsigned>(d)};
  // 2001 is not a leap year: a holiday must fall in every year.
  if (!(year{2001} / h.month / h.day).ok()) {
    r.fail(at, "month " + std::to_string(m) + " has no day " + std::to_string(d) + " in every year");
  }
  h.name = r.name(r.required(o, "name", at), at + ".name");
  if (const json::value* moved = o.if_contains("moved")) {
    h.moved = r.boolean(*moved, at + ".moved");
  }
  if (const json::value* from = o.if_contains("from_year")) {
    h.from = year{r.integer(*from, at + ".from_year", kFirstYear, kLastYear)};
  }
  if (const json::value* until = o.if_contains("to_year")) {
    h.until = year{r.integer(*until, at + ".to_year", kFirstYear, kLastYear)};
  }
  if (h.from && h.until && *h.until < *h.from) {
    r.fail(at, "from_year " + std::to_string(int(*h.from)) + " is after to_year " + std::to_string(int(*h.until)));
  }
  if (const json::value* note = o.if_contains("note")) {
    r.string(*note, at + ".note");
  }
  return h;
}

}  // namespace

std::vector<FixedHoliday> read_fixed_holidays(const json::value& v, const CalendarReader& r) {
  const json::array& entries = r.array(v, "fixed_holidays");
  std::vector<FixedHoliday> holidays;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string at = "fixed_holidays[" + std::to_string(i) + "]";
    FixedHoliday h = read_one(r.object(entries[i], at), at, r);
    for (std::size_t j = 0; j < holidays.size(); ++j) {
      const FixedHoliday& earlier = holidays[j];
      if (earlier.month == h.month && earlier.day == h.day && overlap(earlier, h)) {
        r.fail(at, "the same date as fixed_holidays[" + std::to_string(j) + "] in years both cover");
      }
    }
    holidays.push_back(std::move(h));
  }
  return holidays;
}

std::vector<DayName> read_lunar_holidays(const json::value& v, const CalendarReader& r) {
  const json::array& entries = r.array(v, "lunar_holidays");
  std::vector<DayName> names;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string at = "lunar_holidays[" + std::to_string(i) + "]";
    const json::object& o = r.object(entries[i], at);
    r.only_keys(o, at, {"name", "note"});
    if (const json::value* note = o.if_contains("note")) {
      r.string(*note, at + ".note");
    }
    names.push_back(r.name(r.required(o, "name", at), at + ".name"));
  }
  return names;
}

}  // namespace kezek
