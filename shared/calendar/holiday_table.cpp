#include "shared/calendar/holiday_table.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace kezek {
namespace {

namespace json = boost::json;
using namespace std::chrono;

constexpr std::string_view kTimezone = "Asia/Almaty";

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Walks the parsed document; every check that fails throws with the source
// name and the path of the entry ("years.2026.days_off[3].date").
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  [[noreturn]] void fail(std::string_view where, std::string_view problem) const {
    std::string message(source_);
    if (!where.empty()) {
      message += ": ";
      message += where;
    }
    message += ": ";
    message += problem;
    throw std::runtime_error(message);
  }

  const json::object& object(const json::value& v, std::string_view where) const {
    if (!v.is_object()) {
      fail(where, "expected an object");
    }
    return v.get_object();
  }

  const json::array& array(const json::value& v, std::string_view where) const {
    if (!v.is_array()) {
      fail(where, "expected an array");
    }
    return v.get_array();
  }

  std::string_view string(const json::value& v, std::string_view where) const {
    if (!v.is_string()) {
      fail(where, "expected a string");
    }
    return v.get_string();
  }

  Date date(const json::value& v, std::string_view where) const {
    const std::string_view text = string(v, where);
    const auto parsed = parse_date(text);
    if (!parsed) {
      fail(where, "bad date " + in_quotes(text) + ", expected a real date as YYYY-MM-DD");
    }
    return *parsed;
  }

  minutes hhmm(const json::value& v, std::string_view where) const {
    const std::string_view text = string(v, where);
    const auto parsed = parse_hhmm(text);
    if (!parsed) {
      fail(where, "bad time " + in_quotes(text) + ", expected HH:MM");
    }
    return *parsed;
  }

  // Rejects keys the format does not know: a misspelt "dat" must not pass
  // as an entry without a date.
  void only_keys(const json::object& o, std::string_view where, std::initializer_list<std::string_view> allowed) const {
    for (const auto& item : o) {
      if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
        fail(where, "unknown key " + in_quotes(item.key()));
      }
    }
  }

  const json::value& required(const json::object& o, std::string_view key, std::string_view where) const {
    const json::value* v = o.if_contains(key);
    if (v == nullptr) {
      fail(where, "missing key " + in_quotes(key));
    }
    return *v;
  }

 private:
  std::string_view source_;
};

json::value parse_document(std::string_view text, const Reader& reader) {
  json::stream_parser parser;
  boost::system::error_code ec;
  const std::size_t consumed = parser.write(text.data(), text.size(), ec);
  if (!ec) {
    parser.finish(ec);
  }
  if (ec) {
    const std::string_view before = text.substr(0, std::min(consumed, text.size()));
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto line_start = before.rfind('\n');
    const auto column = 1 + before.size() - (line_start == std::string_view::npos ? 0 : line_start + 1);
    std::ostringstream problem;
    problem << "malformed JSON at line " << line << ", column " << column << ": " << ec.message();
    reader.fail("", problem.str());
  }
  return parser.release();
}

OpeningHours read_hours(const json::value& v, const Reader& r) {
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

DayName read_name(const json::value& v, const std::string& where, const Reader& r) {
  const json::object& o = r.object(v, where);
  r.only_keys(o, where, {"en", "ru", "kk"});
  // All three: the kiosk shows whichever language the visitor picked.
  return DayName{std::string(r.string(r.required(o, "en", where), where + ".en")),
                 std::string(r.string(r.required(o, "ru", where), where + ".ru")),
                 std::string(r.string(r.required(o, "kk", where), where + ".kk"))};
}

enum class ListKind { days_off, working_days };

// The table being filled, and where each date was first listed so that a
// duplicate names both places.
struct Loading {
  HolidayTable table;
  std::map<Date, std::string> seen;
};

void read_entries(const json::value& v, const std::string& where, year y, ListKind kind, Loading& out,
                  const Reader& r) {
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
      out.table.names.emplace(d, read_name(*name, at + ".name", r));
    }
    out.seen.emplace(d, at);
    into.insert(d);
  }
}

void read_years(const json::value& v, Loading& out, const Reader& r) {
  const json::object& years = r.object(v, "years");
  for (const auto& item : years) {
    const std::string where = "years." + std::string(item.key());
    const auto number = parse_date(std::string(item.key()) + "-01-01");
    if (!number) {
      r.fail(where, "year key must be four digits");
    }
    const year y = number->year();
    const json::object& o = r.object(item.value(), where);
    r.only_keys(o, where, {"source", "note", "days_off", "working_days"});
    out.table.sources[y] = std::string(r.string(r.required(o, "source", where), where + ".source"));
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
  const Reader r(source_name);
  const json::value doc = parse_document(json_text, r);
  const json::object& top = r.object(doc, "top level");
  r.only_keys(top, "top level", {"about", "timezone", "utc_offset", "hours", "years"});
  // The code keeps a fixed offset (local_time.hpp); a file that says
  // otherwise would be read wrongly, so it is refused rather than ignored.
  if (r.string(r.required(top, "timezone", "top level"), "timezone") != kTimezone) {
    r.fail("timezone", "only " + in_quotes(kTimezone) + " is supported");
  }
  const std::string offset = "+" + format_hhmm(kUtcOffset);
  if (r.string(r.required(top, "utc_offset", "top level"), "utc_offset") != offset) {
    r.fail("utc_offset", "only " + in_quotes(offset) + " is supported");
  }
  if (const json::value* about = top.if_contains("about")) {
    r.string(*about, "about");
  }
  Loading out;
  out.table.hours = read_hours(r.required(top, "hours", "top level"), r);
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
