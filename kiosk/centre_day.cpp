#include "kiosk/centre_day.hpp"

namespace kezek::kiosk {

std::optional<CentreStatus> status_on(const protocol::StatusDay& day, Instant now) {
  if (local_date(now) != day.date) return std::nullopt;
  const auto at = [&](std::chrono::minutes m) {
    return from_local(day.date, std::chrono::seconds(m));
  };
  const Instant next_day_opens = from_local(day.next_working_day, std::chrono::seconds(day.open));
  const auto closed_until = [](Instant until) {
    return CentreStatus{CentreState::closed, until, until};
  };
  if (!day.working_day || now >= at(day.close)) return closed_until(next_day_opens);
  if (now < at(day.open)) return closed_until(at(day.open));
  const bool has_lunch = day.lunch_start < day.lunch_end;
  if (has_lunch && now < at(day.lunch_start))
    return CentreStatus{CentreState::open, at(day.lunch_start), now};
  if (has_lunch && now < at(day.lunch_end))
    return CentreStatus{CentreState::lunch, at(day.lunch_end), at(day.lunch_end)};
  return CentreStatus{CentreState::open, at(day.close), now};
}

}  // namespace kezek::kiosk
