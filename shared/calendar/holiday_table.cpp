#include "shared/calendar/holiday_table.hpp"

#include <boost/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "shared/calendar/calendar_reader.hpp"
#include "shared/calendar/holiday_rules_reader.hpp"

namespace kezek {
namespace {

namespace json = boost::json;
using namespace std::chrono;

constexpr std::string_view kTimezone = "Asia/Almaty";

OpeningHours read_hours(const json::value& v, const CalendarReader& r) {
  const json::object& o = r.object(v, "hours");
  r.only_keys(o, "hours", {"open", "close", "lunch_start", "lunch_end"});
  OpeningHours h;
  h.open = r.hhmm(r.required(o, "open", "hours"), "hours.open");
  h.close = r.hhmm(r.required(o, "close", "hours"), "hours.close");
  h.lunch_start = r.hhmm(r.required(o, "lunch_start", "hours"), "hours.lunch_start");
  h.lunch_end = r.hhmm(r.required(o, "lunch_end", "hours"), "hours.lunch_end");
  if (!hours_in_order(h)) {
    r.fail("hours", "out of order: need open < lunch_start <= lunch_end < close, got " + format_hhmm(h.open) + ", " +
                        format_hhmm(h.lunch_start) + ", " + format_hhmm(h.lunch_end) + ", " + format_hhmm(h.close));
  }
  return h;
}

enum class ListKind { days_off, working_days };

// The table being filled, and where each date was first listed so that a
// duplicate names both places.
struct Loading {
  HolidayTable table;
  std::map<Date, std::string> seen;
};

void read_entries(const json::value& v, const std::string& where, year y, ListKind kind, Loading& out,
                  const CalendarReader& r) {
  const bool working = kind == ListKind::working_days;
  std::set<Date>& into = working ? out.table.rules.working_weekend_days : out.table.rules.days_off;
  const json::array& entries = r.array(v, where);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string at = where + "[" + std::to_string(i) + "]";
    const json::object& o = r.object(entries[i], at);
    r.only_keys(o, at, {"date", "name", "moved_from"});
    const Date d = r.date(r.required(o, "date", at), at + ".date");
    const std::string where_date = at + " (" + format_date(d) + ")";
    if (d.year() != y) {
      r.fail(where_date, "date is not in year " + std::to_string(int(y)));
    }
    if (const auto previous = out.seen.find(d); previous != out.seen.end()) {
      r.fail(where_date, "duplicate date, already listed at " + previous->second);
    }
    if (!working && is_weekend(d)) {
      r.fail(where_date, "day off on a weekend; list the weekday it moves to instead");
    }
    if (working && !is_weekend(d)) {
      r.fail(where_date, "working day on a weekday; only Saturdays and Sundays belong here");
    }
    if (const json::value* moved = o.if_contains("moved_from")) {
      r.date(*moved, at + ".moved_from");  // for the reader only, but must be a date
    }
    if (const json::value* name = o.if_contains("name")) {
      out.table.names.emplace(d, r.name(*name, at + ".name"));
    }
    out.seen.emplace(d, at);
    into.insert(d);
  }
}

void read_years(const json::value& v, Loading& out, const CalendarReader& r) {
  const json::object& years = r.object(v, "years");
  for (const auto& item : years) {
    const std::string where = "years." + std::string(item.key());
    const auto number = parse_date(std::string(item.key()) + "-01-01");
    if (!number) {
      r.fail(where, "year key must be four digits");
    }
    const year y = number->year();
    const json::object& o = r.object(item.value(), where);
    r.only_keys(o, where, {"source", "note", "provisional", "days_off", "working_days"});
    out.table.sources[y] = std::string(r.string(r.required(o, "source", where), where + ".source"));
    if (const json::value* provisional = o.if_contains("provisional");
        provisional != nullptr && r.boolean(*provisional, where + ".provisional")) {
      out.table.provisional_years.insert(y);
    }
    if (const json::value* note = o.if_contains("note")) {
      r.string(*note, where + ".note");
    }
    read_entries(r.required(o, "days_off", where), where + ".days_off", y, ListKind::days_off, out, r);
    if (const json::value* working = o.if_contains("working_days")) {
      read_entries(*working, where + ".working_days", y, ListKind::working_days, out, r);
    }
  }
}

}  // namespace

HolidayTable parse_holiday_table(std::string_view json_text, std::string_view source_name) {
  const CalendarReader r(source_name);
  const json::value doc = r.parse(json_text);
  const json::object& top = r.object(doc, "top level");
  r.only_keys(top, "top level",
              {"about", "timezone", "utc_offset", "hours", "fixed_holidays", "lunar_holidays", "years"});
  // The code keeps a fixed offset (local_time.hpp); a file that says
  // otherwise would be read wrongly, so it is refused rather than ignored.
  if (r.string(r.required(top, "timezone", "top level"), "timezone") != kTimezone) {
    r.fail("timezone", "only " + CalendarReader::quoted(kTimezone) + " is supported");
  }
  const std::string offset = "+" + format_hhmm(kUtcOffset);
  if (r.string(r.required(top, "utc_offset", "top level"), "utc_offset") != offset) {
    r.fail("utc_offset", "only " + CalendarReader::quoted(offset) + " is supported");
  }
  if (const json::value* about = top.if_contains("about")) {
    r.string(*about, "about");
  }
  Loading out;
  out.table.hours = read_hours(r.required(top, "hours", "top level"), r);
  if (const json::value* fixed = top.if_contains("fixed_holidays")) {
    out.table.fixed_holidays = read_fixed_holidays(*fixed, r);
  }
  if (const json::value* lunar = top.if_contains("lunar_holidays")) {
    out.table.lunar_holidays = read_lunar_holidays(*lunar, r);
  }
  read_years(r.required(top, "years", "top level"), out, r);
  return std::move(out.table);
}

HolidayTable read_holiday_table(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw std::runtime_error(file.string() + ": cannot open: " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    throw std::runtime_error(file.string() + ": cannot read");
  }
  return parse_holiday_table(text.str(), file.string());
}

}  // namespace kezek
