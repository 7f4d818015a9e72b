#include "shared/calendar/calendar_horizon.hpp"

namespace kezek {
namespace {

using namespace std::chrono;

constexpr const char* kHowToAdd = " (docs/operations.md, \"The calendar's horizon\")";

std::string year_text(year y) { return std::to_string(int(y)); }

// "Kurban Ait", "A and B", "A, B and C".
std::string joined_english(const std::vector<DayName>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i].en;
  }
  return out;
}

}  // namespace

std::optional<Date> decrees_run_out(const WorkingCalendar& calendar) {
  const auto last = calendar.last_decreed_year();
  if (!last) return std::nullopt;
  return Date{*last + years{1}, January, day{1}};
}

std::optional<std::string> horizon_warning(const WorkingCalendar& calendar, Date today) {
  const auto runs_out = decrees_run_out(calendar);
  if (!runs_out) {
    return std::string("the calendar data has no year with a published decree: every day off is provisional") +
           kHowToAdd;
  }
  const int days_left = static_cast<int>((sys_days{*runs_out} - sys_days{today}).count());
  if (days_left > kHorizonWarningDays) return std::nullopt;
  const std::string when = days_left > 0    ? "in " + std::to_string(days_left) + " days"
                           : days_left == 0 ? "today"
                                            : std::to_string(-days_left) + " days ago";
  const year next = runs_out->year();
  return "the calendar data's last year with a published decree is " + year_text(next - years{1}) + ": days off from " +
         format_date(*runs_out) + " (" + when + ") are provisional; add " + year_text(next) +
         "'s decree to the calendar file" + kHowToAdd;
}

std::string provisional_note(const WorkingCalendar& calendar, Date date) {
  if (!calendar.is_provisional(date)) return {};
  const std::string y = year_text(date.year());
  if (calendar.covers(date.year())) {
    return y + " has no published decree yet: its days off are the calendar file's list made ahead of it, and " +
           "a decree may still move them";
  }
  std::string note = y + " has no published decree yet: its days off are generated from the holidays fixed by " +
                     "law, and a decree may still move them";
  const std::vector<DayName>& lunar = calendar.lunar_holidays();
  if (!lunar.empty()) {
    note += lunar.size() == 1 ? "; the date of " : "; the dates of ";
    note += joined_english(lunar) + " in " + y + (lunar.size() == 1 ? " is" : " are") + " not known";
  }
  return note;
}

}  // namespace kezek
