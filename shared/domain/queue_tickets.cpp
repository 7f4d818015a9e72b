// domain::Queue — tickets: issuing a walk-in ticket at the kiosk.
#include <algorithm>

#include "shared/domain/queue.hpp"

namespace kezek::domain {

namespace {

catalog::Tier catalog_tier(TicketTier tier) {
  return tier == TicketTier::manager    ? catalog::Tier::manager
         : tier == TicketTier::priority ? catalog::Tier::priority
                                        : catalog::Tier::standard;
}

}  // namespace

QueueResult Queue::apply(const IssueTicket& command, Instant now, QueueSupply& supply) {
  const catalog::Service* service = catalog_.find_service(command.service);
  if (service == nullptr) return refuse(Refusal::unknown_service);
  if (command.tier == TicketTier::appointment) return refuse(Refusal::bad_tier);
  const auto tiers = service->tiers();
  if (std::find(tiers.begin(), tiers.end(), catalog_tier(command.tier)) == tiers.end())
    return refuse(Refusal::tier_not_offered);
  // A walk-in of this service and tier, as the counters would see it.
  Ticket probe;
  probe.service = command.service;
  probe.tier = command.tier;
  const bool served_somewhere = std::any_of(day_.counters.begin(), day_.counters.end(),
                                            [&](const CounterConfig& c) { return can_serve(c, probe); });
  if (!served_somewhere) return refuse(Refusal::not_served);
  if (auto refusal = refuse_when_closed(now, false)) return refuse(std::move(*refusal));
  if (static_cast<int>(day_.tickets.size()) >= rules_.max_tickets_per_day) return refuse(Refusal::day_full);

  // Would this ticket be reached before closing? Ask before issuing, so a visitor
  // is never handed a ticket that cannot be served today.
  std::optional<TicketForecast> projected;
  if (rules_.refuse_not_today) {
    projected = forecast_new_ticket(day_, command.service, command.tier, now, times_, rules_.scheduling, calendar_);
    if (!projected->today)
      return refuse(QueueRefusal{.reason = Refusal::not_today, .next_slot_service = command.service});
  }

  Ticket ticket;
  ticket.service = command.service;
  ticket.tier = command.tier;
  ticket.lang = command.lang;
  ticket.issued_at = now;
  QueueResult result;
  const Ticket& stored = add_ticket(std::move(ticket), supply, result);
  result.forecast = projected;
  result.events.push_back(QueueEvent{.kind = QueueEventKind::ticket_issued, .ticket = stored.id});
  return result;
}

}  // namespace kezek::domain
