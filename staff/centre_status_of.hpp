#pragma once
// The server's protocol::Status as the CentreStatus the shared status texts
// (shared/i18n/centre_status_text.hpp) and the top bar's dot take.
//
// Threading: a pure function.

#include "shared/calendar/centre_status.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::staff {

inline CentreStatus centre_status_of(const protocol::Status& s) {
  return CentreStatus{s.state, s.until, s.next_opening};
}

}  // namespace kezek::staff
