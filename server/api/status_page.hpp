#pragma once
// The ticket's public status page, reached from the QR code on the printed
// ticket: plain HTML that works without JavaScript and refreshes itself.

#include <boost/json.hpp>

#include <string>

#include "shared/protocol/ticket.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::server::api {

// `ticket` is the ticket as the API sends it, or nullptr for an unknown token.
std::string render_status_page(const protocol::Ticket* ticket, Instant now);
// The same from the ticket's JSON (QueueService::ticket_status_by_token), decoded
// through shared/protocol; a ticket that does not decode is shown as unknown.
std::string render_status_page(const boost::json::object* ticket, Instant now);

// Escapes text for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace kezek::server::api
