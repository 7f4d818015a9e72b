#pragma once
// The ticket's public status page, reached from the QR code on the printed
// ticket: plain HTML that works without JavaScript and refreshes itself.

#include <string>

#include "shared/protocol/ticket.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::server::api {

// `ticket` is the ticket as the API sends it, or nullptr for an unknown token.
std::string render_status_page(const protocol::Ticket* ticket, Instant now);

// Escapes text for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace kezek::server::api
