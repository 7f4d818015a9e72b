#pragma once
// The server's configuration: the counters and their skills, the share of
// capacity kept for walk-ins, scheduling and check-in rules, extra days off and
// MRP values. Every field has a default, so `kezek-server` runs with no file:
// a sensible Centre of 8 counters covering every service.

#include <filesystem>
#include <map>
#include <string_view>
#include <vector>

#include "server/http/server_limits.hpp"
#include "shared/calendar/opening_hours.hpp"
#include "shared/catalog/catalog.hpp"
#include "shared/domain/check_in.hpp"
#include "shared/domain/model.hpp"
#include "shared/domain/scheduler.hpp"
#include "shared/domain/slots.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::server {

struct ServerConfig {
  std::vector<domain::CounterConfig> counters;
  domain::SchedulingPolicy scheduling;
  domain::SlotPolicy slots;
  domain::CheckInWindow check_in;
  std::optional<OpeningHours> hours;     // replaces the calendar file's hours
  std::vector<Date> extra_days_off;      // added to the calendar's holidays
  std::vector<Date> extra_working_days;  // Saturdays made working by decree
  std::map<int, std::int64_t> mrp_kzt;   // overrides assets/catalog/mrp.json per year
  int max_tickets_per_day = 5000;
  // Bookings keep the portal's applicant reference only this long after their
  // slot; then it is blanked (personal data retention).
  int personal_data_days = 90;
  // Retention (server/store/retention.hpp): events are kept this many days (for
  // clients resuming and for looking back at a day's changes); tickets, bookings
  // and the audit log this many days. Then they are deleted.
  int event_days = 7;
  int record_days = 365;
  // Bookings on a provisional day (its year has no published decree of days
  // off yet) are taken only this many days ahead: far enough for the portal,
  // near enough that the decree is usually out.
  int provisional_booking_days = 90;
  // Requests per second (and burst) each kiosk token may send; 0 = no limit.
  double kiosk_requests_per_second = 20;
  double kiosk_burst = 60;
  http::ServerLimits limits;
};

// The default Centre: counters 1–7 by service group, counter 8 a personal manager
// for everything. Services are expanded from the catalog's groups.
ServerConfig default_config(const catalog::Catalog& catalog);

// Reads a JSON config (see docs/configuration.md). Counter skills may name
// services ("iin") or whole groups ("group:work_visa"). Throws std::runtime_error
// naming the file, the entry and the problem; unknown service ids are refused.
ServerConfig load_config(const std::filesystem::path& file, const catalog::Catalog& catalog);
ServerConfig parse_config(std::string_view json_text, std::string_view file_name, const catalog::Catalog& catalog);

}  // namespace kezek::server
