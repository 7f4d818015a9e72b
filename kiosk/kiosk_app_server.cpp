// KioskApp, talking to kezek-server: keeping in touch (status while online,
// /healthz every few seconds while not), the catalog, issuing tickets, check-in
// and booking look-up, and printing what was issued.
#include "kiosk/kiosk_app.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "kiosk/receipt.hpp"
#include "kiosk/kiosk_format.hpp"
#include "shared/domain/codes.hpp"

namespace kezek::kiosk {
namespace {

using namespace std::chrono_literals;

constexpr auto kStatusEvery = 30s;     // while online: also how a lost server is noticed
constexpr auto kHealthEvery = 3s;      // while offline: how soon it is back

std::string json_body(std::initializer_list<std::pair<const char*, std::string>> members) {
  boost::json::object body;
  for (const auto& [key, value] : members) body[key] = value;
  return boost::json::serialize(body);
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
    if (auto status = read_status(reply.body)) {
      const auto& shown = state_.connection.status;
      if (!shown || shown->state != status->state || shown->until != status->until || shown->text != status->text)
        dirty_ = true;
      state_.connection.status = std::move(status);
    }
  });
}

void KioskApp::fetch_catalog() {
  network_->get_catalog([this](const Reply& reply, std::shared_ptr<const ServedCatalog> catalog, const std::string& error) {
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
  const std::string body = json_body({{"service", service},
                                      {"tier", std::string(catalog::to_string(tier))},
                                      {"lang", std::string(catalog::to_string(state_.lang))}});
  network_->post("/api/v1/tickets", body, [this, service](const Reply& reply) {
    state_.busy = false;
    note_reply(reply);
    if (!reply.reached()) return;  // nothing was issued; the banner says why, the card stays
    if (reply.ok()) {
      if (auto ticket = read_ticket(reply.body)) {
        show_ticket(std::move(*ticket), std::nullopt);
        return;
      }
    }
    TicketResult result;
    result.service = service;
    result.server_message = reply.message;
    if (reply.error_code == "not_today") {
      result.refusal = IssueRefusal::not_today;
      result.next_slot = read_next_slot(reply.body);
    } else if (reply.error_code == "closed" || reply.error_code == "lunch_break") {
      result.refusal = IssueRefusal::closed;
    } else if (reply.error_code == "day_full") {
      result.refusal = IssueRefusal::day_full;
    } else {
      result.refusal = IssueRefusal::failed;
    }
    state_.ticket = std::move(result);
    state_.screen = Screen::ticket;
  });
}

void KioskApp::show_ticket(IssuedTicket ticket, std::optional<Instant> appointment_start) {
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
  const IssuedTicket& t = *state_.ticket.ticket;
  TicketForReceipt input;
  input.ticket = t;
  input.lang = state_.lang;
  const catalog::Service* service = catalog_->catalog.find_service(t.service);
  input.service_name = service != nullptr ? service->name.in(state_.lang) : t.service;
  if (auto tier = catalog::parse_tier(t.tier); tier && *tier != catalog::Tier::standard) {
    input.tier_name = tier_name(*tier, state_.lang);
  }
  input.appointment_start = state_.ticket.appointment_start;
  input.status_url = ticket_status_url(options_.public_url, t.status_token);
  input.lunch_end = format_hhmm(std::chrono::seconds(shell_.calendar().hours().lunch_end));
  const std::string stem = format_date(local_date(t.issued_at)) + "-" + t.number;
  printer_->print(build_ticket_receipt(input), stem, [this, id = t.id, number = t.number](const PrintOutcome& outcome) {
    TicketResult& shown = state_.ticket;
    if (!shown.ticket || shown.ticket->id != id || shown.ticket->number != number) return;  // the screen moved on
    shown.print = outcome.printed ? PrintState::printed : outcome.no_printer ? PrintState::no_printer : PrintState::failed;
    dirty_ = true;
  });
}

// [section] Booking codes --------------------------------------------------------------

void KioskApp::check_in(const std::string& code) {
  state_.busy = true;
  const std::string body = json_body({{"lang", std::string(catalog::to_string(state_.lang))}});
  network_->post("/api/v1/appointments/" + code + "/check-in", body, [this](const Reply& reply) {
    state_.busy = false;
    note_reply(reply);
    on_check_in(reply);
  });
}

void KioskApp::on_check_in(const Reply& reply) {
  CodeEntry& entry = state_.code;
  if (!reply.reached()) return;
  if (reply.ok()) {
    if (auto ticket = read_ticket(reply.body)) {
      std::optional<Instant> start;
      if (auto booking = read_booking(reply.body)) start = booking->start;
      show_ticket(std::move(*ticket), start);
      return;
    }
  }
  // An answer about a code the visitor has since changed is not theirs any more.
  if (state_.screen != Screen::appointment && state_.screen != Screen::booking) return;
  entry.server_message = reply.message;
  entry.come_back_at.reset();
  entry.offer_service.reset();
  if (auto booking = read_booking(reply.body)) entry.booking = std::move(booking);
  const std::string& code = reply.error_code;
  if (code == "too_early") {
    entry.verdict = CodeVerdict::too_early;
    entry.come_back_at = read_instant(reply.body, "come_back_at");
  } else if (code == "too_late") {
    entry.verdict = CodeVerdict::too_late;
    entry.offer_service = read_offer_service(reply.body);
  } else if (code == "wrong_day") {
    entry.verdict = CodeVerdict::wrong_day;
  } else if (code == "already_checked_in") {
    entry.verdict = CodeVerdict::already_checked_in;
  } else if (code == "not_active") {
    entry.verdict = CodeVerdict::not_active;
  } else if (code == "unknown_appointment" || code == "bad_code") {
    entry.verdict = CodeVerdict::unknown;
  } else if (code == "closed" || code == "lunch_break") {
    entry.verdict = CodeVerdict::closed;
  } else {
    entry.verdict = CodeVerdict::failed;
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
      entry.booking = read_booking(reply.body);
      entry.verdict = entry.booking ? CodeVerdict::none : CodeVerdict::failed;
    } else if (reply.error_code == "unknown_appointment" || reply.error_code == "bad_code") {
      entry.verdict = CodeVerdict::unknown;
    } else {
      entry.verdict = CodeVerdict::failed;
    }
  });
}

}  // namespace kezek::kiosk
