#pragma once
// The query of a subscription, GET /api/v1/events?since=N: the last event sequence number
// the client has already applied. Absent means "I have nothing: send a snapshot".

#include <cstdint>
#include <optional>
#include <string_view>

namespace kezek::http {

struct SinceQuery {
  bool valid = true;                  // false: answer 400
  std::optional<std::int64_t> since;  // set when the query names since=N
};

// `target` is the request target ("/api/v1/events?since=42"). N must be a non-negative
// decimal integer that fits in int64 and appear at most once; other parameters are
// ignored. Pure.
SinceQuery parse_since(std::string_view target);

}  // namespace kezek::http
