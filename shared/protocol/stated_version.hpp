#pragma once
// The protocol version an answer states ("protocol" in GET /api/v1/status and
// in the snapshot frame), read on its own: a client must tell a server of
// another version from a broken answer, and an answer of another version may
// not decode as this version's StatusReply or SnapshotFrame at all.
//
// Threading: a pure function.
#include <boost/json/value.hpp>

#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

// 1 when the member is absent (a server from before it, see version.hpp);
// DecodeError when the answer is not an object or the member not an integer.
int stated_version(const boost::json::value& answer);

}  // namespace kezek::protocol
