#pragma once
// Canned states for drawing any screen without a server: `--screen NAME`
// renders NAME from the catalog in assets/ and a made-up ticket or booking,
// for the screenshot tests and for looking at a screen while designing it.
// What the server would have said (the status and its day, an extension
// answer) is made up here too: a working day 09:00–18:00, lunch 13:00–14:00.

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/kiosk_state.hpp"
#include "kiosk/served_catalog.hpp"

namespace kezek::kiosk {

// The names --screen accepts.
std::vector<std::string> demo_screen_names();

// The state for `name` at `now`; throws std::invalid_argument for an unknown name.
KioskState demo_state(std::string_view name, catalog::Lang lang, const ServedCatalog& catalog, Instant now,
                      const std::string& public_url);

}  // namespace kezek::kiosk
