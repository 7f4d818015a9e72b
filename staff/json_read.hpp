#pragma once
// Lenient readers for the server's JSON answers: a member that is missing or of
// the wrong type reads as the fallback, so one odd field never hides the rest of
// a view. The views check what they cannot do without.

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/calendar/centre_status.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::staff::json_read {

inline const boost::json::value* member(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v == nullptr || v->is_null() ? nullptr : v;
}

inline std::string str(const boost::json::object& o, std::string_view key, std::string fallback = {}) {
  const boost::json::value* v = member(o, key);
  return v != nullptr && v->is_string() ? std::string(v->as_string()) : fallback;
}

inline std::int64_t integer(const boost::json::object& o, std::string_view key, std::int64_t fallback = 0) {
  const boost::json::value* v = member(o, key);
  if (v == nullptr) return fallback;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->as_uint64());
  if (v->is_double()) return static_cast<std::int64_t>(v->as_double());
  return fallback;
}

inline std::optional<std::int64_t> opt_integer(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = member(o, key);
  if (v == nullptr || !(v->is_int64() || v->is_uint64() || v->is_double())) return std::nullopt;
  return integer(o, key);
}

inline bool boolean(const boost::json::object& o, std::string_view key, bool fallback = false) {
  const boost::json::value* v = member(o, key);
  return v != nullptr && v->is_bool() ? v->as_bool() : fallback;
}

inline std::optional<Instant> instant(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = member(o, key);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  return parse_iso8601(std::string_view(v->as_string()));
}

inline const boost::json::object* object(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = member(o, key);
  return v != nullptr && v->is_object() ? &v->as_object() : nullptr;
}

inline const boost::json::array* array(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = member(o, key);
  return v != nullptr && v->is_array() ? &v->as_array() : nullptr;
}

// The server's {"state", "until", "next_opening"}; nullopt when incomplete.
inline std::optional<CentreStatus> centre_status(const boost::json::object* o) {
  if (o == nullptr) return std::nullopt;
  const std::string state = str(*o, "state");
  const auto until = instant(*o, "until");
  const auto next = instant(*o, "next_opening");
  if (!until || !next) return std::nullopt;
  if (state == "open") return CentreStatus{CentreState::open, *until, *next};
  if (state == "lunch") return CentreStatus{CentreState::lunch, *until, *next};
  if (state == "closed") return CentreStatus{CentreState::closed, *until, *next};
  return std::nullopt;
}

}  // namespace kezek::staff::json_read
