#pragma once
// The strict walker over the calendar file's JSON (holiday_table.hpp): every
// check that fails throws std::runtime_error with the source name and the
// path of the entry ("years.2026.days_off[3].date: ..."), because a silently
// wrong calendar sells tickets on a holiday. Internal to the calendar loaders.
#include <boost/json.hpp>

#include <chrono>
#include <initializer_list>
#include <string>
#include <string_view>

#include "shared/calendar/day_name.hpp"
#include "shared/time/local_time.hpp"

namespace kezek {

class CalendarReader {
 public:
  explicit CalendarReader(std::string_view source) : source_(source) {}

  // "text" with its quotes, for naming a value in a message.
  static std::string quoted(std::string_view s);

  // Throws std::runtime_error("<source>: <where>: <problem>").
  [[noreturn]] void fail(std::string_view where, std::string_view problem) const;

  // The whole text as JSON; a syntax error names its line and column.
  boost::json::value parse(std::string_view text) const;

  const boost::json::object& object(const boost::json::value& v, std::string_view where) const;
  const boost::json::array& array(const boost::json::value& v, std::string_view where) const;
  std::string_view string(const boost::json::value& v, std::string_view where) const;
  bool boolean(const boost::json::value& v, std::string_view where) const;
  // A whole number from `low` to `high`, both included.
  int integer(const boost::json::value& v, std::string_view where, int low, int high) const;
  Date date(const boost::json::value& v, std::string_view where) const;
  std::chrono::minutes hhmm(const boost::json::value& v, std::string_view where) const;
  // {"en", "ru", "kk"}, all three: the kiosk shows whichever language the
  // visitor picked.
  DayName name(const boost::json::value& v, const std::string& where) const;

  // Rejects keys the format does not know: a misspelt "dat" must not pass
  // as an entry without a date.
  void only_keys(const boost::json::object& o, std::string_view where,
                 std::initializer_list<std::string_view> allowed) const;
  const boost::json::value& required(const boost::json::object& o, std::string_view key, std::string_view where) const;

 private:
  std::string_view source_;
};

}  // namespace kezek
