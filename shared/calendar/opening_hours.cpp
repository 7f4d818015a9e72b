#include "shared/calendar/opening_hours.hpp"

namespace kezek {

using namespace std::chrono_literals;

bool hours_in_order(const OpeningHours& h) {
  return 0min <= h.open && h.open < h.lunch_start && h.lunch_start <= h.lunch_end && h.lunch_end < h.close &&
         h.close <= 24h;
}

}  // namespace kezek
