#include "server/http/events_query.hpp"

#include <charconv>

namespace kezek::http {

SinceQuery parse_since(std::string_view target) {
  SinceQuery result;
  const auto question = target.find('?');
  if (question == std::string_view::npos) return result;
  std::string_view query = target.substr(question + 1);
  if (const auto fragment = query.find('#'); fragment != std::string_view::npos) {
    query = query.substr(0, fragment);
  }
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);

    const auto equals = pair.find('=');
    if (pair.substr(0, equals) != "since") continue;
    if (result.since || equals == std::string_view::npos) return SinceQuery{false, {}};
    const std::string_view digits = pair.substr(equals + 1);
    std::int64_t value = 0;
    const auto* end = digits.data() + digits.size();
    const auto parsed = std::from_chars(digits.data(), end, value);
    // from_chars accepts a leading '-'; sequence numbers are never negative.
    if (digits.empty() || digits.front() == '-' || parsed.ec != std::errc{} || parsed.ptr != end) {
      return SinceQuery{false, {}};
    }
    result.since = value;
  }
  return result;
}

}  // namespace kezek::http
