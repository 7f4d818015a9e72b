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

std::string todays_hours(const std::optional<protocol::StatusDay>& day, Date today, Lang lang) {
  if (!day || day->date != today) return std::string(tr(S::hours_unknown, lang));
  if (!day->working_day) return std::string(tr(S::closed_today, lang));
  // minutes convert to format_hhmm's seconds exactly, with no cast.
  if (day->lunch_start == day->lunch_end) return format_hhmm(day->open) + "–" + format_hhmm(day->close);
  return trf(
      S::hours_line, lang,
      {format_hhmm(day->open), format_hhmm(day->close), format_hhmm(day->lunch_start), format_hhmm(day->lunch_end)});
}

std::string lunch_end_text(const std::optional<protocol::StatusDay>& day, Date today) {
  if (!day || day->date != today || day->lunch_start == day->lunch_end) return {};
  return format_hhmm(day->lunch_end);
}

std::string after_lunch_line(const std::string& lunch_end, Lang lang) {
  if (lunch_end.empty()) return std::string(tr(S::after_lunch_no_time, lang));
  return trf(S::after_lunch, lang, {lunch_end});
}

std::optional<catalog::Tier> paid_tier(domain::TicketTier tier) {
  switch (tier) {
    case domain::TicketTier::priority: return catalog::Tier::priority;
    case domain::TicketTier::manager: return catalog::Tier::manager;
    case domain::TicketTier::standard:
    case domain::TicketTier::appointment: return std::nullopt;
  }
  return std::nullopt;
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
