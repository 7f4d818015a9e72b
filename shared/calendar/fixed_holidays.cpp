#include "shared/calendar/fixed_holidays.hpp"

#include <algorithm>

#include "shared/calendar/day_rules.hpp"

namespace kezek {
namespace {

using namespace std::chrono;

bool taken(const std::vector<GeneratedDayOff>& off, Date date) {
  return std::any_of(off.begin(), off.end(), [date](const GeneratedDayOff& d) { return d.date == date; });
}

}  // namespace

bool in_force(const FixedHoliday& holiday, year y) {
  return (!holiday.from || *holiday.from <= y) && (!holiday.until || y <= *holiday.until);
}

std::vector<GeneratedDayOff> generate_days_off(const std::vector<FixedHoliday>& holidays, year y) {
  std::vector<GeneratedDayOff> on_their_dates;
  for (const FixedHoliday& h : holidays) {
    const Date date{y, h.month, h.day};
    // A date that is not in this year (29 February) gives no day off.
    if (in_force(h, y) && date.ok()) on_their_dates.push_back({date, date, &h});
  }
  std::sort(on_their_dates.begin(), on_their_dates.end(),
            [](const GeneratedDayOff& a, const GeneratedDayOff& b) { return sys_days{a.date} < sys_days{b.date}; });

  // First the holidays on weekdays, so that a move never lands on one.
  std::vector<GeneratedDayOff> off;
  for (const GeneratedDayOff& d : on_their_dates)
    if (!is_weekend(d.date)) off.push_back(d);
  for (const GeneratedDayOff& d : on_their_dates) {
    if (!is_weekend(d.date) || !d.holiday->moved) continue;
    Date to = d.date;
    do {
      to = Date{sys_days{to} + days{1}};
    } while (is_weekend(to) || taken(off, to));
    off.push_back({to, d.date, d.holiday});
  }
  std::sort(off.begin(), off.end(),
            [](const GeneratedDayOff& a, const GeneratedDayOff& b) { return sys_days{a.date} < sys_days{b.date}; });
  return off;
}

}  // namespace kezek
