// WorkingCalendar: the visa extension window (definition in extension_window.hpp).
#include "shared/calendar/extension_window.hpp"

#include "shared/calendar/working_calendar.hpp"

namespace kezek {

ExtensionWindow WorkingCalendar::extension_window(Date expiry) const {
  return {subtract_working_days(expiry, kExtensionOpensWorkingDaysBefore),
          subtract_working_days(expiry, kExtensionClosesWorkingDaysBefore)};
}

ExtensionCheck WorkingCalendar::check_extension(Date today, Date expiry) const {
  const ExtensionWindow window = extension_window(expiry);
  if (today < window.first) {
    return {ExtensionVerdict::too_early, window};
  }
  if (window.last < today) {
    return {ExtensionVerdict::too_late, window};
  }
  return {ExtensionVerdict::within, window};
}

}  // namespace kezek
