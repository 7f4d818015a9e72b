// WorkingCalendar: construction, loading and the questions about days. The
// questions about hours are in working_hours.cpp, the visa extension window
// in extension_window.cpp.
#include "shared/calendar/working_calendar.hpp"

#include <stdexcept>
#include <utility>

namespace kezek {
namespace {

using namespace std::chrono;

Date plus_days(Date d, int n) { return Date{sys_days{d} + days{n}}; }

HolidayTable checked(HolidayTable table) {
  if (!hours_in_order(table.hours)) {
    throw std::invalid_argument(
        "WorkingCalendar: opening hours out of order (need open < lunch_start <= "
        "lunch_end < close)");
  }
  return table;
}

HolidayTable rules_only(OpeningHours hours, DayRules rules) {
  HolidayTable table;
  table.hours = hours;
  table.rules = std::move(rules);
  return table;
}

}  // namespace

WorkingCalendar::WorkingCalendar(OpeningHours hours, DayRules rules)
    : table_(checked(rules_only(hours, std::move(rules)))) {}

WorkingCalendar::WorkingCalendar(HolidayTable table) : table_(checked(std::move(table))) {}

WorkingCalendar WorkingCalendar::load(const std::filesystem::path& file) {
  return WorkingCalendar(read_holiday_table(file));
}

WorkingCalendar WorkingCalendar::from_json(std::string_view json_text, std::string_view source_name) {
  return WorkingCalendar(parse_holiday_table(json_text, source_name));
}

const DayName* WorkingCalendar::day_name(Date date) const {
  if (const auto found = table_.names.find(date); found != table_.names.end()) {
    return &found->second;
  }
  if (const auto generated = generated_day_off(date)) {
    return &generated->holiday->name;
  }
  return nullptr;
}

bool WorkingCalendar::covers(year y) const { return table_.sources.contains(y); }

bool WorkingCalendar::is_provisional(Date date) const {
  return !covers(date.year()) || table_.provisional_years.contains(date.year());
}

std::optional<year> WorkingCalendar::last_decreed_year() const {
  for (auto it = table_.sources.rbegin(); it != table_.sources.rend(); ++it) {
    if (!table_.provisional_years.contains(it->first)) {
      return it->first;
    }
  }
  return std::nullopt;
}

std::optional<GeneratedDayOff> WorkingCalendar::generated_day_off(Date date) const {
  // A list is the authority for its year: the rule fills only the others.
  if (covers(date.year())) {
    return std::nullopt;
  }
  const auto find_in = [&](year y) -> std::optional<GeneratedDayOff> {
    for (const GeneratedDayOff& d : generate_days_off(table_.fixed_holidays, y)) {
      if (d.date == date) {
        return d;
      }
    }
    return std::nullopt;
  };
  if (auto found = find_in(date.year())) {
    return found;
  }
  // A holiday on a late-December weekend may move into January.
  if (date.month() == January && !covers(date.year() - years{1})) {
    return find_in(date.year() - years{1});
  }
  return std::nullopt;
}

bool WorkingCalendar::is_working_day(Date date) const {
  if (table_.rules.days_off.contains(date) || generated_day_off(date)) {
    return false;
  }
  return !is_weekend(date) || table_.rules.working_weekend_days.contains(date);
}

Date WorkingCalendar::next_working_day(Date date) const {
  // Ends: the rules list finitely many days off, so weekdays come back.
  Date d = plus_days(date, 1);
  while (!is_working_day(d)) {
    d = plus_days(d, 1);
  }
  return d;
}

Date WorkingCalendar::add_working_days(Date from, int n) const {
  // Walks one day at a time towards the sign of n (no negation, so INT_MIN
  // cannot overflow).
  const int step = n < 0 ? -1 : 1;
  Date d = from;
  for (int left = n; left != 0;) {
    d = plus_days(d, step);
    if (is_working_day(d)) {
      left -= step;
    }
  }
  return d;
}

Date WorkingCalendar::subtract_working_days(Date from, int n) const {
  const int step = n < 0 ? 1 : -1;
  Date d = from;
  for (int left = n; left != 0;) {
    d = plus_days(d, step);
    if (is_working_day(d)) {
      left += step;
    }
  }
  return d;
}

int WorkingCalendar::working_days_between(Date a, Date b) const {
  if (sys_days{b} < sys_days{a}) {
    // Count [b, a) so that add_working_days(a, result) lands on b.
    int count = 0;
    for (Date d = b; sys_days{d} < sys_days{a}; d = plus_days(d, 1)) {
      count += is_working_day(d) ? 1 : 0;
    }
    return -count;
  }
  int count = 0;
  for (Date d = plus_days(a, 1); sys_days{d} <= sys_days{b}; d = plus_days(d, 1)) {
    count += is_working_day(d) ? 1 : 0;
  }
  return count;
}

}  // namespace kezek
