#pragma once
// On-screen keypads for a finger: the date pad (digits, for a visa's expiry
// date) and the code pad (the 25 symbols of booking codes, no look-alikes).
// Each key is a touch target registered as "digit:7" / "key:K", and
// "digit:back", "digit:clear", "key:back", "key:clear".

#include <functional>
#include <string>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

// 1–9, Clear, 0, ← in three columns across the available width.
Intents draw_date_pad(catalog::Lang lang, const Ui& ui);

// The code's symbols in `columns` columns, then ← and Clear.
Intents draw_code_pad(catalog::Lang lang, const Ui& ui, int columns);

// The code typed so far in six boxes, with the dash after the third.
void draw_code_boxes(const std::string& code, const Ui& ui);

// The two code screens' layout: the boxes and the pad, and beside them (on a
// wide screen) or under them `answer` — the server's answer and the buttons.
// Where the screen is narrow or short, a complete code puts the answer in the
// pad's place, keeping ← and Clear: the pad has done its work.
void draw_code_entry(const std::string& code, catalog::Lang lang, const Ui& ui, Intents& intents,
                     const std::function<void()>& answer);

}  // namespace kezek::kiosk
