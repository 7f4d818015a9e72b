// QueueService — tickets: issuing at the kiosk and reading a ticket back.
#include "server/engine/queue_service.hpp"
#include "shared/protocol/item_replies.hpp"
#include "shared/protocol/refusal_extras.hpp"

namespace kezek::server {

using domain::Refusal;
using domain::Ticket;

ApiReply QueueService::issue_ticket(const IssueRequest& request, Instant now) {
  const domain::QueueResult result =
      queue_.apply(domain::IssueTicket{request.service, request.tier, request.lang}, now, supply_);
  if (const auto& refusal = result.refusal) {
    switch (refusal->reason) {
      case Refusal::unknown_service:
        return reply_error(404, "unknown_service", "no service with id \"" + request.service + "\"");
      case Refusal::bad_tier:
        return reply_error(400, "bad_tier", "appointment tickets come from check-in, not from issuing");
      case Refusal::tier_not_offered:
        return reply_error(
            422, "tier_not_offered",
            "the service \"" + request.service + "\" has no " + std::string(domain::to_string(request.tier)) + " tier");
      case Refusal::not_served: return reply_error(409, "not_served", "no counter serves this service and tier");
      case Refusal::closed:
      case Refusal::lunch_break:
        if (auto closed = refuse_when_closed(now, false)) return *closed;
        break;
      case Refusal::day_full: return reply_error(429, "day_full", "the day's ticket limit is reached");
      case Refusal::not_today: {
        protocol::RefusalExtras extra;
        if (auto slot = next_free_slot(refusal->next_slot_service, now))
          extra.next_slot = protocol::NextSlot{refusal->next_slot_service, slot->start, slot->minutes};
        return reply_error(409, "not_today", "this service can no longer be served today; book the next free slot",
                           extra);
      }
      default: break;
    }
    return reply_error(409, domain::to_string(refusal->reason), "the ticket cannot be issued");
  }
  apply_result(result, now);
  const domain::TicketForecast* known = result.forecast ? &*result.forecast : nullptr;
  return reply_message(201, protocol::TicketReply{ticket_view(*state_.find_ticket(*result.ticket), now, known)});
}

ApiReply QueueService::ticket_by_id(domain::TicketId id, Instant now) {
  if (const Ticket* ticket = state_.find_ticket(id))
    return reply_message(200, protocol::TicketReply{ticket_view(*ticket, now)});
  // An earlier day's ticket is final: the store's row says how it ended
  // (e.g. close_reason "day_ended").
  if (const std::optional<Ticket> earlier = tickets_.find(id))
    return reply_message(200, protocol::TicketReply{ticket_view(*earlier, now)});
  return reply_error(404, "unknown_ticket", "no ticket " + std::to_string(id));
}

std::optional<protocol::Ticket> QueueService::ticket_status_by_token(std::string_view token, Instant now) {
  for (const Ticket& ticket : state_.tickets) {
    if (ticket.status_token == token) return ticket_view(ticket, now);
  }
  // Yesterday's printed ticket scanned this morning: its page says it closed.
  if (const std::optional<Ticket> earlier = tickets_.find_by_status_token(token)) return ticket_view(*earlier, now);
  return std::nullopt;
}

}  // namespace kezek::server
