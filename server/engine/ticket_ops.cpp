// QueueService — tickets: issuing at the kiosk and reading a ticket back.
#include <algorithm>

#include "server/engine/queue_service.hpp"
#include "server/http/random_token.hpp"
#include "shared/domain/codes.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek::server {

namespace json = boost::json;
using domain::Ticket;
using domain::TicketStatus;
using domain::TicketTier;

std::string QueueService::new_status_token() {
  // 128 random bits from the OS (getrandom): the token is the only key to a
  // ticket's public status page, so it must not be guessable from the ticket
  // number or the time.
  return http::random_hex_token(16);
}

ApiReply QueueService::issue_ticket(const IssueRequest& request, Instant now) {
  const catalog::Service* service = catalog_.find_service(request.service);
  if (service == nullptr)
    return reply_error(404, "unknown_service", "no service with id \"" + request.service + "\"");
  if (request.tier == TicketTier::appointment)
    return reply_error(400, "bad_tier", "appointment tickets come from check-in, not from issuing");
  const auto tiers = service->tiers();
  const auto offered = request.tier == TicketTier::manager    ? catalog::Tier::manager
                       : request.tier == TicketTier::priority ? catalog::Tier::priority
                                                              : catalog::Tier::standard;
  if (std::find(tiers.begin(), tiers.end(), offered) == tiers.end())
    return reply_error(422, "tier_not_offered",
                       "the service \"" + request.service + "\" has no " +
                           std::string(domain::to_string(request.tier)) + " tier");
  const bool served_somewhere = std::any_of(
      state_.counters.begin(), state_.counters.end(), [&](const domain::CounterConfig& c) {
        return c.services.contains(request.service) &&
               (request.tier != TicketTier::manager || c.manager);
      });
  if (!served_somewhere)
    return reply_error(409, "not_served", "no counter serves this service and tier");
  if (auto refusal = refuse_when_closed(now, false)) return *refusal;
  if (static_cast<int>(state_.tickets.size()) >= config_.max_tickets_per_day)
    return reply_error(429, "day_full", "the day's ticket limit is reached");

  // Would this ticket be reached before closing? Ask before issuing, so a visitor
  // is never handed a ticket that cannot be served today.
  const domain::TicketForecast projected = domain::forecast_new_ticket(
      state_, request.service, request.tier, now, service_times_, config_.scheduling, calendar_);
  if (!projected.today) {
    json::object extra;
    if (auto slot = next_free_slot(request.service, now)) {
      json::object offer;
      offer["service"] = request.service;
      offer["start"] = format_iso8601(slot->start);
      offer["minutes"] = slot->minutes;
      extra["next_slot"] = std::move(offer);
    }
    return reply_error(409, "not_today",
                       "this service can no longer be served today; book the next free slot",
                       std::move(extra));
  }

  const catalog::Group& group = catalog_.group_of(*service);
  Ticket ticket;
  ticket.day = state_.day;
  ticket.number = domain::format_ticket_number(group.letter, sequences_.next(state_.day, group.letter));
  ticket.service = request.service;
  ticket.tier = request.tier;
  ticket.status = TicketStatus::waiting;
  ticket.lang = request.lang;
  ticket.issued_at = now;
  ticket.status_token = new_status_token();
  ticket.id = tickets_.insert(ticket);
  const Ticket& stored = state_.add_ticket(std::move(ticket));
  touch_queue();

  json::object payload;
  payload["ticket"] = ticket_json(stored, now, &projected);
  emit("ticket.issued", payload, now);
  json::object body;
  body["ticket"] = payload["ticket"];
  return reply_json(201, body);
}

ApiReply QueueService::ticket_by_id(domain::TicketId id, Instant now) {
  const Ticket* ticket = state_.find_ticket(id);
  if (ticket == nullptr) return reply_error(404, "unknown_ticket", "no ticket " + std::to_string(id) + " today");
  json::object body;
  body["ticket"] = ticket_json(*ticket, now);
  return reply_json(200, body);
}

std::optional<json::object> QueueService::ticket_status_by_token(std::string_view token, Instant now) {
  for (const Ticket& ticket : state_.tickets) {
    if (ticket.status_token == token) return ticket_json(ticket, now);
  }
  return std::nullopt;
}

}  // namespace kezek::server
