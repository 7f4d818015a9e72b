#pragma once
// Helpers for the shared/protocol suites: round trips and decoding errors.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "shared/protocol/decode_error.hpp"
#include "shared/protocol/status.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::protocol::test {

// value_from then value_to (through the JSON text, as on the wire) gives `message` back.
template <typename T>
T round_trip(const T& message) {
  const std::string text = boost::json::serialize(boost::json::value_from(message));
  return decode<T>(boost::json::parse(text));
}

// Decoding `json_text` as T fails with `code` at `field`.
template <typename T>
void check_refused(std::string_view json_text, ErrorCode code, std::string_view field) {
  CAPTURE(json_text);
  try {
    (void)decode<T>(boost::json::parse(json_text));
    FAIL("decoded without error");
  } catch (const DecodeError& e) {
    CHECK(to_string(e.code()) == to_string(code));
    CHECK(e.field() == field);
    CHECK(std::string(e.what()).size() > 0);
  }
}

inline Instant at(std::string_view iso) { return *parse_iso8601(iso); }
inline Date day(std::string_view text) { return *parse_date(text); }

// The status the server sends at 10:00 on Tuesday 24 November 2026: open until
// lunch (13:00-14:00), closing at 18:00, Wednesday the next working day.
inline Status tuesday_morning_status() {
  using std::chrono::hours;
  Status s;
  s.state = CentreState::open;
  s.now = at("2026-11-24T10:00:00+05:00");
  s.until = at("2026-11-24T13:00:00+05:00");
  s.next_opening = s.now;
  s.text = LocalizedText{"Open until 13:00", "Открыто до 13:00", "13:00 дейін ашық"};
  s.day = StatusDay{day("2026-11-24"), true, hours(9), hours(18), hours(13), hours(14), day("2026-11-25")};
  return s;
}

}  // namespace kezek::protocol::test
