#pragma once
// When a visa extension may be applied for.
//
// The guide: an application is accepted only "from 30 to 5 working days before
// the current visa expires". Read as: the window opens on the 30th working day
// before the expiry date and closes on the 5th, counting working days strictly
// before the expiry date (the expiry date itself is not counted). So
//   first = subtract_working_days(expiry, 30), last = subtract_working_days(expiry, 5),
// and a day is within when first <= day <= last (both ends included).
#include "shared/time/local_time.hpp"

namespace kezek {

inline constexpr int kExtensionOpensWorkingDaysBefore = 30;
inline constexpr int kExtensionClosesWorkingDaysBefore = 5;

struct ExtensionWindow {
  Date first;
  Date last;
};

// too_early: come back on window.first; too_late: after window.last, the
// extension can no longer be applied for here.
enum class ExtensionVerdict { too_early, within, too_late };

struct ExtensionCheck {
  ExtensionVerdict verdict;
  ExtensionWindow window;
};

}  // namespace kezek
