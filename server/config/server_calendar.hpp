#pragma once
// The calendar the server runs on: the calendar file (holiday_table.hpp) with
// the configuration's additions — extra days off and working days for a
// decree not yet in the file, and other opening hours. The file's rules for
// years it does not list, its provisional years and its names are kept.
#include <filesystem>

#include "server/config/server_config.hpp"
#include "shared/calendar/working_calendar.hpp"

namespace kezek::server {

// Throws std::runtime_error naming the file, the entry and the problem.
WorkingCalendar load_server_calendar(const std::filesystem::path& file, const ServerConfig& config);

}  // namespace kezek::server
