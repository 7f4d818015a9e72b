#pragma once
// The one shape of every error the server sends, whether the API layer or the transport
// produced it: {"error": {"code": "...", "message": "..."}}, Content-Type application/json,
// encoded by shared/protocol (protocol::Error).
//
// Codes the transport itself uses (docs/api.md): "bad_request" (400), "body_too_large"
// (413), "header_too_large" (431), "request_timeout" (408), "too_many_connections" (503),
// "internal" (500).

#include <string_view>

#include "server/http/http_types.hpp"
#include "shared/protocol/error_codes.hpp"

namespace kezek::http {

// Builds a complete response (payload prepared). Pure; callable from any thread.
Response json_error(unsigned status, protocol::ErrorCode code, std::string_view message, unsigned version,
                    bool keep_alive);
// By name (tests' stand-in handlers): throws std::logic_error for a name not in
// protocol::kAllErrorCodes.
Response json_error(unsigned status, std::string_view code, std::string_view message, unsigned version,
                    bool keep_alive);

}  // namespace kezek::http
