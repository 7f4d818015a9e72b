#pragma once
// The Centre's working calendar: which days it works, when it is open, and
// counting in working days (processing times, visa-extension windows).
//
// Pure: every question takes the date or instant as an argument; the only I/O
// is load(). Dates are local (Asia/Almaty, see local_time.hpp).
//
// A year the data lists takes its days off from the list. Any other year takes
// them from the holidays fixed by law by the Labour Code's rule
// (fixed_holidays.hpp): no decree moves, and no lunar holiday, whose date only
// a list gives. is_provisional() tells such days (and a list made before its
// decree) from those a published decree stands behind.
//
// Threading: immutable after construction, so const members may be called from
// any number of threads at once.
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "shared/calendar/centre_status.hpp"
#include "shared/calendar/day_rules.hpp"
#include "shared/calendar/extension_window.hpp"
#include "shared/calendar/fixed_holidays.hpp"
#include "shared/calendar/holiday_table.hpp"
#include "shared/calendar/opening_hours.hpp"

namespace kezek {

class WorkingCalendar {
 public:
  // Both throw std::invalid_argument unless hours_in_order(hours).
  WorkingCalendar(OpeningHours hours, DayRules rules);
  explicit WorkingCalendar(HolidayTable table);

  // Throw std::runtime_error naming the file (or source_name), the entry
  // and the problem; see holiday_table.hpp for the format.
  static WorkingCalendar load(const std::filesystem::path& file);
  static WorkingCalendar from_json(std::string_view json_text, std::string_view source_name);

  const OpeningHours& hours() const { return table_.hours; }
  // The listed years' dates (and whatever was added to them); the years the
  // rule generates are not in it.
  const DayRules& rules() const { return table_.rules; }
  // The name of a day off or working weekend day: the listed one, or in a
  // year without a list the holiday's (also on the weekday it moved to);
  // nullptr if none.
  const DayName* day_name(Date date) const;
  // Whether the loaded data has a list for the year (provisional or not).
  bool covers(std::chrono::year year) const;
  // True when no published decree stands behind the date's day: its year has
  // no list, or a list marked provisional.
  bool is_provisional(Date date) const;
  // The last year whose list is not provisional; nullopt if there is none.
  std::optional<std::chrono::year> last_decreed_year() const;
  // The holidays only a year's list can date (Kurban Ait): unknown in a year
  // without one.
  const std::vector<DayName>& lunar_holidays() const { return table_.lunar_holidays; }

  // --- days ---------------------------------------------------------------
  // Closed on days_off and on the days off the rule gives in a year without a
  // list, and on Saturdays and Sundays unless listed in working_weekend_days;
  // open otherwise.
  bool is_working_day(Date date) const;
  // The first working day strictly after `date`.
  Date next_working_day(Date date) const;
  // The n-th working day after `from`, not counting `from` itself: the
  // "ready by" date of an n-working-day service applied for on `from`.
  // n == 0 gives `from`; a negative n counts backwards.
  Date add_working_days(Date from, int n) const;
  // The n-th working day strictly before `from`; n == 0 gives `from`.
  Date subtract_working_days(Date from, int n) const;
  // For a <= b: the number of working days d with a < d <= b. For b < a:
  // minus the number of working days d with b <= d < a. Either way
  // add_working_days(a, working_days_between(a, b)) == b for a working day b.
  int working_days_between(Date a, Date b) const;

  // --- hours --------------------------------------------------------------
  // [open, lunch_start) and [lunch_end, close) on a working day (one
  // interval if there is no lunch break); empty on a closed day.
  std::vector<Interval> working_intervals(Date date) const;
  CentreStatus status_at(Instant t) const;
  // The first instant at or after t when the Centre is open (t itself if it
  // is open at t). Searches kOpeningSearchDays days ahead; nullopt if the
  // rules close every one of them.
  std::optional<Instant> next_opening(Instant t) const;
  static constexpr int kOpeningSearchDays = 400;

  // --- visa extension (extension_window.hpp) -------------------------------
  ExtensionWindow extension_window(Date expiry) const;
  ExtensionCheck check_extension(Date today, Date expiry) const;

 private:
  // The rule's day off on `date` when its year has no list.
  std::optional<GeneratedDayOff> generated_day_off(Date date) const;

  HolidayTable table_;
};

}  // namespace kezek
