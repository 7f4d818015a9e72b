#include "server/config/server_calendar.hpp"

#include <utility>

#include "shared/calendar/holiday_table.hpp"

namespace kezek::server {

WorkingCalendar load_server_calendar(const std::filesystem::path& file, const ServerConfig& config) {
  HolidayTable table = read_holiday_table(file);
  for (Date d : config.extra_days_off) table.rules.days_off.insert(d);
  for (Date d : config.extra_working_days) table.rules.working_weekend_days.insert(d);
  if (config.hours) table.hours = *config.hours;
  return WorkingCalendar(std::move(table));
}

}  // namespace kezek::server
