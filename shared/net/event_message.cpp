#include "shared/net/event_message.hpp"

#include <boost/json/parse.hpp>

namespace kezek::net {

std::optional<EventMessage> decode_event_message(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(text, ec);
  if (ec || !value.is_object()) return std::nullopt;
  EventMessage decoded{std::move(value.get_object()), std::nullopt};
  if (const boost::json::value* seq = decoded.message.if_contains("seq"); seq != nullptr && seq->is_int64()) {
    // A uint64 above INT64_MAX is not an int64; a negative number is no sequence number.
    if (seq->get_int64() >= 0) decoded.seq = seq->get_int64();
  }
  return decoded;
}

}  // namespace kezek::net
