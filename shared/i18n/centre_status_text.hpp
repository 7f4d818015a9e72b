#pragma once
// The Centre's state in words, for the kiosk, the wall display and the staff
// console: "Open until 13:00", "Обеденный перерыв до 14:00",
// "Жабық — дүйсенбі күні 09:00-де ашылады".

#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::i18n {

// One short line: the state and until when (or when it opens next).
std::string describe_status(const CentreStatus& status, Instant now, catalog::Lang lang);

// The state's name alone: "Open" / "Открыто" / "Ашық".
std::string state_name(CentreState state, catalog::Lang lang);

// "Monday" in the form used after "opens": понедельник / дүйсенбі.
std::string weekday_name(std::chrono::weekday day, catalog::Lang lang);

// "5 January" / "5 января" / "5 қаңтар".
std::string day_and_month(Date date, catalog::Lang lang);

}  // namespace kezek::i18n
