// parse_since: the ?since=N of a subscription.
#include <doctest/doctest.h>

#include "server/http/events_query.hpp"

namespace kezek::http {
namespace server_http_events_query {

TEST_CASE("http events query: since is parsed strictly") {
  CHECK(parse_since("/api/v1/events").valid);
  CHECK_FALSE(parse_since("/api/v1/events").since);
  CHECK(parse_since("/api/v1/events?").valid);
  CHECK(parse_since("/api/v1/events?since=0").since == 0);
  CHECK(parse_since("/api/v1/events?since=42").since == 42);
  CHECK(parse_since("/api/v1/events?lang=kk&since=7&x=y").since == 7);
  CHECK(parse_since("/api/v1/events?sinceX=7").valid);
  CHECK_FALSE(parse_since("/api/v1/events?sinceX=7").since);
  CHECK(parse_since("/api/v1/events?since=9223372036854775807").since == INT64_MAX);

  CHECK_FALSE(parse_since("/api/v1/events?since=").valid);
  CHECK_FALSE(parse_since("/api/v1/events?since").valid);
  CHECK_FALSE(parse_since("/api/v1/events?since=-1").valid);
  CHECK_FALSE(parse_since("/api/v1/events?since=12abc").valid);
  CHECK_FALSE(parse_since("/api/v1/events?since=1&since=2").valid);
  CHECK_FALSE(parse_since("/api/v1/events?since=99999999999999999999").valid);
}

}  // namespace server_http_events_query
}  // namespace kezek::http
