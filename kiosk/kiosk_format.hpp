#pragma once
// Dates, times and prices as the kiosk shows them in each language. Dates are
// written so that they stand alone after a colon ("Come back on: 5 January
// 2027"), never inflected by the words around them.

#include <optional>
#include <string>

#include "shared/catalog/catalog.hpp"
#include "shared/domain/model.hpp"
#include "shared/protocol/status.hpp"
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

// Today's hours from the server's word about the day (its Status "day"):
// "09:00–18:00, lunch break 13:00–14:00", or "closed"; "not known yet" when
// the kiosk has no word about `today` (never reached the server since midnight).
std::string todays_hours(const std::optional<protocol::StatusDay>& day, Date today, catalog::Lang lang);

// "14:00": when the lunch break ends by the server's word about `today`; empty
// when the kiosk has none.
std::string lunch_end_text(const std::optional<protocol::StatusDay>& day, Date today);

// "You will be served after the lunch break. The break ends at 14:00." — the
// time left out when `lunch_end` is empty.
std::string after_lunch_line(const std::string& lunch_end, catalog::Lang lang);

// The catalog's tier a ticket was sold in, when it is a paid one (priority,
// manager); nullopt for standard and appointment tickets.
std::optional<catalog::Tier> paid_tier(domain::TicketTier tier);

// A tier's name: "Standard", "Walk-in: priority submission", "Personal manager".
std::string tier_name(catalog::Tier tier, catalog::Lang lang);

}  // namespace kezek::kiosk
