// reply_error and json_error send only the codes of shared/protocol's list: the
// typed form cannot name another, and the by-name form (still used by the
// engine's ops files) refuses a name outside the list.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <stdexcept>

#include "server/engine/api_reply.hpp"
#include "server/http/json_error.hpp"
#include "shared/protocol/error.hpp"

namespace kezek_server_api_reply_codes {

using namespace kezek;
using namespace kezek::server;
namespace json = boost::json;

TEST_CASE("reply_error by name accepts every listed code and encodes it as protocol::Error") {
  protocol::RefusalExtras until;
  until.until = parse_iso8601("2026-11-24T14:00:00+05:00");
  for (const protocol::ErrorCodeName& entry : protocol::kAllErrorCodes) {
    CAPTURE(entry.name);
    const ApiReply reply = reply_error(409, entry.name, "why", until);
    const auto error = protocol::decode<protocol::Error>(json::parse(reply.body));
    CHECK(error.code == entry.code);
    CHECK(error.message == "why");
    CHECK(error.extra.at("until") == "2026-11-24T14:00:00+05:00");
    CHECK(reply.body == reply_error(409, entry.code, "why", until).body);
  }
}

TEST_CASE("reply_error and json_error refuse a code outside the list") {
  CHECK_THROWS_AS(reply_error(500, "internal_error", "x"), std::logic_error);
  CHECK_THROWS_AS(reply_error(413, "payload_too_large", "x"), std::logic_error);
  CHECK_THROWS_AS(http::json_error(503, "server_busy", "x", 11, false), std::logic_error);
  const auto response = http::json_error(503, protocol::ErrorCode::too_many_connections, "x", 11, false);
  CHECK(protocol::decode<protocol::Error>(json::parse(response.body())).code ==
        protocol::ErrorCode::too_many_connections);
}

}  // namespace kezek_server_api_reply_codes
