#pragma once
// Canned states for drawing any screen without a server: `--screen NAME`
// renders NAME from the catalog in assets/ and a made-up ticket or booking,
// for the screenshot tests and for looking at a screen while designing it.

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/kiosk_state.hpp"
#include "kiosk/served_catalog.hpp"
#include "shared/calendar/working_calendar.hpp"

namespace kezek::kiosk {

// The names --screen accepts.
std::vector<std::string> demo_screen_names();

// The state for `name` at `now`; throws std::invalid_argument for an unknown name.
KioskState demo_state(std::string_view name, catalog::Lang lang, const ServedCatalog& catalog,
                      const WorkingCalendar& calendar, Instant now, const std::string& public_url);

}  // namespace kezek::kiosk
