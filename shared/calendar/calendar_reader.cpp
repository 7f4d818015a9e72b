#include "shared/calendar/calendar_reader.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace kezek {

namespace json = boost::json;

std::string CalendarReader::quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

void CalendarReader::fail(std::string_view where, std::string_view problem) const {
  std::string message(source_);
  if (!where.empty()) {
    message += ": ";
    message += where;
  }
  message += ": ";
  message += problem;
  throw std::runtime_error(message);
}

json::value CalendarReader::parse(std::string_view text) const {
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
    fail("", problem.str());
  }
  return parser.release();
}

const json::object& CalendarReader::object(const json::value& v, std::string_view where) const {
  if (!v.is_object()) {
    fail(where, "expected an object");
  }
  return v.get_object();
}

const json::array& CalendarReader::array(const json::value& v, std::string_view where) const {
  if (!v.is_array()) {
    fail(where, "expected an array");
  }
  return v.get_array();
}

std::string_view CalendarReader::string(const json::value& v, std::string_view where) const {
  if (!v.is_string()) {
    fail(where, "expected a string");
  }
  return v.get_string();
}

bool CalendarReader::boolean(const json::value& v, std::string_view where) const {
  if (!v.is_bool()) {
    fail(where, "expected true or false");
  }
  return v.get_bool();
}

int CalendarReader::integer(const json::value& v, std::string_view where, int low, int high) const {
  const std::string range = "a whole number from " + std::to_string(low) + " to " + std::to_string(high);
  if (!v.is_int64()) {
    fail(where, "expected " + range);
  }
  const std::int64_t n = v.get_int64();
  if (n < low || n > high) {
    fail(where, std::to_string(n) + " is not " + range);
  }
  return static_cast<int>(n);
}

Date CalendarReader::date(const json::value& v, std::string_view where) const {
  const std::string_view text = string(v, where);
  const auto parsed = parse_date(text);
  if (!parsed) {
    fail(where, "bad date " + quoted(text) + ", expected a real date as YYYY-MM-DD");
  }
  return *parsed;
}

std::chrono::minutes CalendarReader::hhmm(const json::value& v, std::string_view where) const {
  const std::string_view text = string(v, where);
  const auto parsed = parse_hhmm(text);
  if (!parsed) {
    fail(where, "bad time " + quoted(text) + ", expected HH:MM");
  }
  return *parsed;
}

DayName CalendarReader::name(const json::value& v, const std::string& where) const {
  const json::object& o = object(v, where);
  only_keys(o, where, {"en", "ru", "kk"});
  return DayName{std::string(string(required(o, "en", where), where + ".en")),
                 std::string(string(required(o, "ru", where), where + ".ru")),
                 std::string(string(required(o, "kk", where), where + ".kk"))};
}

void CalendarReader::only_keys(const json::object& o, std::string_view where,
                               std::initializer_list<std::string_view> allowed) const {
  for (const auto& item : o) {
    if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
      fail(where, "unknown key " + quoted(item.key()));
    }
  }
}

const json::value& CalendarReader::required(const json::object& o, std::string_view key, std::string_view where) const {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) {
    fail(where, "missing key " + quoted(key));
  }
  return *v;
}

}  // namespace kezek
