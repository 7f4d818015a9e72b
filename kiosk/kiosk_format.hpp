#pragma once
// Dates, times and prices as the kiosk shows them in each language. Dates are
// written so that they stand alone after a colon ("Come back on: 5 January
// 2027"), never inflected by the words around them.

#include <optional>
#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::kiosk {

// "5 January 2027" / "5 января 2027 г." / "2027 ж. 5 қаңтар".
std::string format_long_date(Date date, catalog::Lang lang);

// "25 November 2026, 10:00" (the same date form, then the local time).
std::string format_date_time(Instant t, catalog::Lang lang);

// "10:25": the local time of day.
std::string format_time(Instant t);

// The visa-expiry entry as typed so far, DDMMYYYY digits shown as
// "24.12.2_" with the rest of "__.__.____" as placeholders.
std::string format_expiry_entry(const std::string& digits);

// The date the 8 digits DDMMYYYY name; nullopt while incomplete or when no
// such day exists (31.02.2027).
std::optional<Date> parse_expiry_digits(const std::string& digits);

// Today's hours: "09:00–18:00, lunch break 13:00–14:00", or "closed" with the
// holiday's name when the calendar knows it.
std::string todays_hours(const WorkingCalendar& calendar, Date today, catalog::Lang lang);

// A tier's name: "Standard", "Walk-in: priority submission", "Personal manager".
std::string tier_name(catalog::Tier tier, catalog::Lang lang);

}  // namespace kezek::kiosk
