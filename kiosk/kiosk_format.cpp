#include "kiosk/kiosk_format.hpp"

#include "kiosk/kiosk_strings.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek::kiosk {

std::string format_long_date(Date date, Lang lang) {
  const std::string year = std::to_string(static_cast<int>(date.year()));
  const std::string day_month = i18n::day_and_month(date, lang);
  switch (lang) {
    case Lang::en: return day_month + " " + year;
    case Lang::ru: return day_month + " " + year + " г.";
    case Lang::kk: return year + " ж. " + day_month;
  }
  return day_month;
}

std::string format_time(Instant t) { return format_hhmm(to_local(t).time_of_day); }

std::string format_date_time(Instant t, Lang lang) {
  return format_long_date(local_date(t), lang) + ", " + format_time(t);
}

std::string format_expiry_entry(const std::string& digits) {
  std::string out = "__.__.____";
  std::size_t at = 0;
  for (char c : digits) {
    while (at < out.size() && out[at] == '.') ++at;
    if (at >= out.size()) break;
    out[at++] = c;
  }
  return out;
}

std::optional<Date> parse_expiry_digits(const std::string& digits) {
  if (digits.size() != 8) return std::nullopt;
  const std::string iso = digits.substr(4, 4) + "-" + digits.substr(2, 2) + "-" + digits.substr(0, 2);
  return parse_date(iso);
}

std::string todays_hours(const WorkingCalendar& calendar, Date today, Lang lang) {
  const auto intervals = calendar.working_intervals(today);
  if (intervals.empty()) {
    std::string line(tr(S::closed_today, lang));
    if (const DayName* name = calendar.day_name(today)) {
      const std::string& holiday = lang == Lang::en ? name->en : lang == Lang::ru ? name->ru : name->kk;
      line.append(" (").append(holiday).append(")");
    }
    return line;
  }
  const OpeningHours& hours = calendar.hours();
  const auto hhmm = [](std::chrono::minutes m) { return format_hhmm(std::chrono::seconds(m)); };
  if (hours.lunch_start == hours.lunch_end) return hhmm(hours.open) + "–" + hhmm(hours.close);
  return trf(S::hours_line, lang,
             {hhmm(hours.open), hhmm(hours.close), hhmm(hours.lunch_start), hhmm(hours.lunch_end)});
}

std::string tier_name(catalog::Tier tier, Lang lang) {
  switch (tier) {
    case catalog::Tier::standard: return std::string(tr(S::tier_standard, lang));
    case catalog::Tier::priority: return std::string(tr(S::tier_priority, lang));
    case catalog::Tier::manager: return std::string(tr(S::tier_manager, lang));
  }
  return {};
}

}  // namespace kezek::kiosk
