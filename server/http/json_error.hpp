#pragma once
// The one shape of every error the server sends, whether the API layer or the transport
// produced it: {"error": {"code": "...", "message": "..."}}, Content-Type application/json.
//
// Codes the transport itself uses: "bad_request" (400), "payload_too_large" (413),
// "header_too_large" (431), "request_timeout" (408), "server_busy" (503),
// "internal_error" (500).

#include <string_view>

#include "server/http/http_types.hpp"

namespace kezek::http {

// Builds a complete response (payload prepared). Pure; callable from any thread.
Response json_error(unsigned status, std::string_view code, std::string_view message,
                    unsigned version, bool keep_alive);

}  // namespace kezek::http
