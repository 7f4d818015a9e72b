#pragma once
// The "protocol" member alone, read before the rest of an answer: a server of
// another version may send a status this client cannot decode, and the client
// must still be able to say "wrong version" rather than "unreadable answer".
//   {"protocol": N, ...}   (absent = 1, version.hpp)
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

struct VersionMember {
  int protocol = 1;
  bool operator==(const VersionMember&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const VersionMember& v);
// Other members are ignored; "protocol" must be an integer when present.
VersionMember tag_invoke(boost::json::value_to_tag<VersionMember>, const boost::json::value& jv);

}  // namespace kezek::protocol
