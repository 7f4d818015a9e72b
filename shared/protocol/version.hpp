#pragma once
// The protocol's version: one integer the server sends as "protocol" in
// GET /api/v1/status and in the WebSocket snapshot frame (docs/api.md).
//
// Rule: adding a member never changes the version (readers ignore members they
// do not know); renaming or removing a member, changing its type or meaning, or
// changing an error code's name does. A client built for version N talks to a
// server that says N; an answer without "protocol" comes from a server older
// than the member (version 1's wire format, which had no number yet).
//
// Threading: constants and a pure function.

namespace kezek::protocol {

inline constexpr int kProtocolVersion = 1;

// Whether a client built against kProtocolVersion understands a server that
// says `server_version`. A missing member (nullopt at the caller) is version 1.
constexpr bool compatible(int server_version) { return server_version == kProtocolVersion; }

}  // namespace kezek::protocol
