#pragma once
// The ticket's public status page, reached from the QR code on the printed
// ticket: plain HTML that works without JavaScript and refreshes itself.

#include <boost/json.hpp>

#include <string>

#include "shared/time/local_time.hpp"

namespace kezek::server::api {

// `ticket` is the ticket's JSON (as in the API) or nullptr for an unknown token.
std::string render_status_page(const boost::json::object* ticket, Instant now);

// Escapes text for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace kezek::server::api
