#pragma once
// The Centre's status (GET /api/v1/status, and the "status" member of the
// board, the counter view, the centre.status event and the closed/lunch
// refusals): the state now, until when, the banner text, and the day's
// calendar so clients need no calendar file of their own.
//
// Wire (docs/api.md):
//   {"state": "open"|"lunch"|"closed", "now", "until", "next_opening",
//    "text": {"en","ru","kk"},
//    "day": {"date", "working_day", "open", "close", "lunch_start", "lunch_end",
//            "next_working_day"}}            ("day": protocol 1; optional on decode)
// GET /api/v1/status answers StatusReply: {"status": {...}, "protocol": N}.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <chrono>
#include <optional>
#include <string_view>

#include "shared/calendar/centre_status.hpp"
#include "shared/protocol/localized_text.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::protocol {

std::string_view to_string(CentreState state);
std::optional<CentreState> parse_centre_state(std::string_view name);

// The local day `now` falls on, as the server's calendar has it. Times of day
// are "HH:MM" on the wire.
struct StatusDay {
  Date date{};
  bool working_day = false;
  std::chrono::minutes open{}, close{}, lunch_start{}, lunch_end{};
  Date next_working_day{};
  bool operator==(const StatusDay&) const = default;
};

struct Status {
  CentreState state = CentreState::closed;
  Instant now{}, until{}, next_opening{};
  LocalizedText text;
  std::optional<StatusDay> day;
  bool operator==(const Status&) const = default;
};

struct StatusReply {
  Status status;
  int protocol = 1;  // absent on the wire = 1 (servers from before the member)
  bool operator==(const StatusReply&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const StatusDay& day);
StatusDay tag_invoke(boost::json::value_to_tag<StatusDay>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Status& status);
Status tag_invoke(boost::json::value_to_tag<Status>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const StatusReply& reply);
StatusReply tag_invoke(boost::json::value_to_tag<StatusReply>, const boost::json::value& jv);

}  // namespace kezek::protocol
