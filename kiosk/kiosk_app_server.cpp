// KioskApp, talking to kezek-server: keeping in touch (status while online,
// /healthz every few seconds while not), the catalog, issuing tickets, check-in
// and booking look-up, the visa-extension window, and printing what was issued.
// Every body is read and written through shared/protocol.
#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>

#include "kiosk/kiosk_app.hpp"
#include "kiosk/kiosk_format.hpp"
#include "kiosk/overloaded.hpp"
#include "kiosk/receipt.hpp"
#include "kiosk/status_answer.hpp"
#include "shared/domain/codes.hpp"
#include "shared/protocol/item_replies.hpp"

namespace kezek::kiosk {
namespace {

using namespace std::chrono_literals;

constexpr auto kStatusEvery = 30s;  // while online: also how a lost server is noticed
constexpr auto kHealthEvery = 3s;   // while offline: how soon it is back

template <typename Request>
std::string json_body(const Request& request) {
  return boost::json::serialize(boost::json::value_from(request));
}

domain::TicketTier ticket_tier(catalog::Tier tier) {
  switch (tier) {
    case catalog::Tier::standard: return domain::TicketTier::standard;
    case catalog::Tier::priority: return domain::TicketTier::priority;
    case catalog::Tier::manager: return domain::TicketTier::manager;
  }
  return domain::TicketTier::standard;
}

}  // namespace

// [section] Keeping in touch -------------------------------------------------------

void KioskApp::note_reply(const Reply& reply) {
  Connection& c = state_.connection;
  const bool was_online = c.online;
  const bool was_known = c.known;
  c.known = true;
  c.online = reply.reached();
  // While the server is away, ask /healthz again soon, whatever was scheduled.
  if (!c.online) next_poll_ = std::min(next_poll_, SteadyClock::now() + kHealthEvery);
  if (c.online == was_online && was_known) return;
  dirty_ = true;
  if (c.online && !was_online) {
    // Back: catch up at once with the catalog (if still the local one) and the status.
    if (!catalog_->from_server) fetch_catalog();
    next_poll_ = SteadyClock::now();
  }
}

void KioskApp::keep_in_touch() {
  if (!network_ || poll_in_flight_) return;
  // A status past its "until" is asked for again at once — but not more often
  // than a health check, should the server's clock disagree with ours.
  const auto& status = state_.connection.status;
  const bool stale = state_.connection.online && status && shell_.clock().now() >= status->until &&
                     SteadyClock::now() >= last_status_request_ + kHealthEvery;
  if (SteadyClock::now() < next_poll_ && !stale) return;
  if (state_.connection.online || !state_.connection.known) {
    fetch_status();
    return;
  }
  poll_in_flight_ = true;
  network_->get("/healthz", [this](const Reply& reply) {
    ++quiet_replies_;  // note_reply marks the screen dirty if the link changed
    poll_in_flight_ = false;
    next_poll_ = SteadyClock::now() + kHealthEvery;
    note_reply(reply);
  });
}

void KioskApp::fetch_status() {
  poll_in_flight_ = true;
  last_status_request_ = SteadyClock::now();
  next_poll_ = SteadyClock::now() + kStatusEvery;
  network_->get("/api/v1/status", [this](const Reply& reply) {
    ++quiet_replies_;  // redraws only through dirty_, when something shown changed
    poll_in_flight_ = false;
    note_reply(reply);
    if (!reply.ok()) return;
    on_status(reply);
  });
}

void KioskApp::on_status(const Reply& reply) {
  Connection& c = state_.connection;
  // What the screen shows of it (not "now", which changes with every answer).
  const auto shown = [&c] {
    return c.status ? std::make_tuple(c.status->state, c.status->until, c.status->text, c.status->day,
                                      c.server_protocol, c.status_problem)
                    : std::make_tuple(CentreState::closed, Instant{}, protocol::LocalizedText{},
                                      std::optional<protocol::StatusDay>{}, c.server_protocol, c.status_problem);
  };
  const auto was = shown();
  take_status_answer(c, reply.body);
  if (shown() != was) dirty_ = true;
}

void KioskApp::fetch_catalog() {
  network_->get_catalog(
      [this](const Reply& reply, std::shared_ptr<const ServedCatalog> catalog, const std::string& error) {
        note_reply(reply);
        if (catalog) {
          catalog_ = std::move(catalog);
        } else if (reply.reached()) {
          std::fprintf(stderr, "kezek-kiosk: the server's catalog is not usable, showing the local one: %s\n",
                       error.empty() ? reply.message.c_str() : error.c_str());
        }
      });
}

// [section] Tickets ---------------------------------------------------------------------

void KioskApp::issue_ticket(const std::string& service, catalog::Tier tier) {
  state_.busy = true;
  const protocol::IssueRequest request{service, ticket_tier(tier), std::string(catalog::to_string(state_.lang))};
  network_->post("/api/v1/tickets", json_body(request), [this, service](const Reply& reply) {
    state_.busy = false;
    note_reply(reply);
    if (!reply.reached()) return;  // nothing was issued; the banner says why, the card stays
    TicketResult result;
    result.service = service;
    result.server_message = reply.message;
    if (reply.ok()) {
      auto issued = read<protocol::TicketReply>(reply);
      if (auto* decoded = std::get_if<protocol::TicketReply>(&issued)) {
        show_ticket(std::move(decoded->ticket), std::nullopt);
        return;
      }
      // Issued but unreadable: the visitor is told so (and asks at the desk).
      result.server_message = std::get<std::string>(issued);
    }
    using protocol::ErrorCode;
    if (reply.refused(ErrorCode::not_today)) {
      result.refusal = IssueRefusal::not_today;
      result.next_slot = reply.extras.next_slot;
    } else if (reply.refused(ErrorCode::closed) || reply.refused(ErrorCode::lunch_break)) {
      result.refusal = IssueRefusal::closed;
    } else if (reply.refused(ErrorCode::day_full)) {
      result.refusal = IssueRefusal::day_full;
    } else {
      result.refusal = IssueRefusal::failed;
    }
    state_.ticket = std::move(result);
    state_.screen = Screen::ticket;
  });
}

void KioskApp::show_ticket(protocol::Ticket ticket, std::optional<Instant> appointment_start) {
  TicketResult result;
  result.service = ticket.service;
  result.qr = make_qr(ticket_status_url(options_.public_url, ticket.status_token));
  result.appointment_start = appointment_start;
  result.print = printer_->has_printer() ? PrintState::printing : PrintState::no_printer;
  result.ticket = std::move(ticket);
  state_.ticket = std::move(result);
  state_.screen = Screen::ticket;
  print_ticket();
}

void KioskApp::print_ticket() {
  const protocol::Ticket& t = *state_.ticket.ticket;
  TicketForReceipt input;
  input.ticket = t;
  input.lang = state_.lang;
  const catalog::Service* service = catalog_->catalog.find_service(t.service);
  input.service_name = service != nullptr ? service->name.in(state_.lang) : t.service;
  if (auto tier = paid_tier(t.tier)) input.tier_name = tier_name(*tier, state_.lang);
  input.appointment_start = state_.ticket.appointment_start;
  input.status_url = ticket_status_url(options_.public_url, t.status_token);
  const auto& status = state_.connection.status;
  input.lunch_end = status ? lunch_end_text(status->day, local_date(t.issued_at)) : std::string();
  const std::string stem = format_date(local_date(t.issued_at)) + "-" + t.number;
  printer_->print(build_ticket_receipt(input), stem, [this, id = t.id, number = t.number](const PrintOutcome& outcome) {
    TicketResult& shown = state_.ticket;
    if (!shown.ticket || shown.ticket->id != id || shown.ticket->number != number) return;  // the screen moved on
    shown.print = outcome.printed      ? PrintState::printed
                  : outcome.no_printer ? PrintState::no_printer
                                       : PrintState::failed;
    dirty_ = true;
  });
}

// [section] Booking codes --------------------------------------------------------------

void KioskApp::check_in(const std::string& code) {
  state_.busy = true;
  const protocol::CheckInRequest request{std::string(catalog::to_string(state_.lang))};
  network_->post("/api/v1/appointments/" + code + "/check-in", json_body(request), [this](const Reply& reply) {
    state_.busy = false;
    note_reply(reply);
    on_check_in(reply);
  });
}

void KioskApp::on_check_in(const Reply& reply) {
  CodeEntry& entry = state_.code;
  if (!reply.reached()) return;
  std::string unreadable_reply;
  if (reply.ok()) {
    auto checked_in = read<protocol::CheckInReply>(reply);
    if (auto* decoded = std::get_if<protocol::CheckInReply>(&checked_in)) {
      show_ticket(std::move(decoded->ticket), decoded->appointment.start);
      return;
    }
    unreadable_reply = std::get<std::string>(checked_in);
  }
  // An answer about a code the visitor has since changed is not theirs any more.
  if (state_.screen != Screen::appointment && state_.screen != Screen::booking) return;
  entry.server_message = unreadable_reply.empty() ? reply.message : unreadable_reply;
  entry.come_back_at = reply.extras.come_back_at;
  entry.offer_service.reset();
  if (reply.extras.offer) entry.offer_service = reply.extras.offer->service;
  if (reply.extras.appointment) entry.booking = reply.extras.appointment;
  using protocol::ErrorCode;
  const auto code = reply.error ? std::optional<ErrorCode>(reply.error->code) : std::nullopt;
  if (!code) {
    entry.verdict = CodeVerdict::failed;
    return;
  }
  switch (*code) {
    case ErrorCode::too_early: entry.verdict = CodeVerdict::too_early; break;
    case ErrorCode::too_late: entry.verdict = CodeVerdict::too_late; break;
    case ErrorCode::wrong_day: entry.verdict = CodeVerdict::wrong_day; break;
    case ErrorCode::already_checked_in: entry.verdict = CodeVerdict::already_checked_in; break;
    case ErrorCode::not_active: entry.verdict = CodeVerdict::not_active; break;
    case ErrorCode::unknown_appointment:
    case ErrorCode::bad_code: entry.verdict = CodeVerdict::unknown; break;
    case ErrorCode::closed:
    case ErrorCode::lunch_break: entry.verdict = CodeVerdict::closed; break;
    default: entry.verdict = CodeVerdict::failed; break;
  }
}

void KioskApp::look_up(const std::string& code) {
  state_.busy = true;
  network_->get("/api/v1/appointments/" + code, [this, code](const Reply& reply) {
    state_.busy = false;
    note_reply(reply);
    if (!reply.reached() || state_.screen != Screen::booking || state_.code.code != code) return;
    CodeEntry& entry = state_.code;
    entry.server_message = reply.message;
    if (reply.ok()) {
      auto found = read<protocol::AppointmentReply>(reply);
      if (auto* decoded = std::get_if<protocol::AppointmentReply>(&found)) {
        entry.booking = std::move(decoded->appointment);
        entry.verdict = CodeVerdict::none;
      } else {
        entry.booking.reset();
        entry.server_message = std::get<std::string>(found);
        entry.verdict = CodeVerdict::failed;
      }
    } else if (reply.refused(protocol::ErrorCode::unknown_appointment) ||
               reply.refused(protocol::ErrorCode::bad_code)) {
      entry.verdict = CodeVerdict::unknown;
    } else {
      entry.verdict = CodeVerdict::failed;
    }
  });
}

// [section] The visa-extension window -------------------------------------------------

void KioskApp::check_extension(Date expiry) {
  // Not `busy`: the card stays usable (the date can be changed) while it asks.
  network_->get("/api/v1/extension-window?expiry=" + format_date(expiry), [this, expiry](const Reply& reply) {
    note_reply(reply);
    auto& lookup = state_.choice.extension;
    if (!lookup || lookup->expiry != expiry) return;  // the visitor has typed another date since
    using Phase = ExtensionLookup::Phase;
    if (!reply.reached()) {
      lookup->phase = Phase::unreachable;
      return;
    }
    if (!reply.ok()) {
      lookup->phase = Phase::unreadable;
      lookup->problem = reply.message;
      return;
    }
    auto answer = read<protocol::ExtensionAnswer>(reply);
    std::visit(Overloaded{
                   [&](protocol::ExtensionAnswer& a) {
                     lookup->phase = Phase::answered;
                     lookup->answer = a;
                   },
                   [&](std::string& problem) {
                     lookup->phase = Phase::unreadable;
                     lookup->problem = std::move(problem);
                   },
               },
               answer);
  });
}

}  // namespace kezek::kiosk
