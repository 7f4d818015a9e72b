#pragma once
// How far the calendar data reaches, in words for people: the server's
// start-up warning and GET /healthz's "warnings" as the last year with a
// published decree nears its end, and the note that goes with a provisional
// day (GET /api/v1/slots, the 409 provisional_day refusal).
//
// Threading: pure functions over their arguments.
#include <optional>
#include <string>

#include "shared/calendar/working_calendar.hpp"

namespace kezek {

// Warn this many days before the data runs out: time to get the next year's
// decree into the file before bookings reach that year.
inline constexpr int kHorizonWarningDays = 60;

// The first day no published decree covers: 1 January after the last decreed
// year; nullopt when no year has one.
std::optional<Date> decrees_run_out(const WorkingCalendar& calendar);

// A warning from kHorizonWarningDays before decrees_run_out() on (and always
// when no year has a decree); nullopt before that.
std::optional<std::string> horizon_warning(const WorkingCalendar& calendar, Date today);

// Why `date`'s day is provisional, naming the lunar holidays a year without
// a list cannot date; empty when it is not provisional.
std::string provisional_note(const WorkingCalendar& calendar, Date date);

}  // namespace kezek
