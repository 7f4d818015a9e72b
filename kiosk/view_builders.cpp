// Sections: chrome and home | catalog browsing | the service card | ticket |
// booking codes.
#include "kiosk/view_builders.hpp"

#include "shared/protocol/status_at.hpp"

#include "kiosk/kiosk_format.hpp"
#include "kiosk/kiosk_strings.hpp"
#include "shared/catalog/money_format.hpp"
#include "shared/catalog/processing_format.hpp"
#include "shared/domain/codes.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek::kiosk {
namespace {

const catalog::Service* chosen_service(const ViewInputs& in) {
  return in.catalog.catalog.find_service(in.state.choice.service);
}

std::string service_name(const ViewInputs& in, const std::string& id) {
  const catalog::Service* service = in.catalog.catalog.find_service(id);
  return service != nullptr ? service->name.in(in.state.lang) : id;
}

std::string join(const std::string& a, const std::string& b, const char* between) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + between + b;
}

}  // namespace

// [section] Chrome and home ------------------------------------------------------

namespace {

const protocol::Status* fresh_status(const ViewInputs& in) {
  const auto& status = in.state.connection.status;
  return in.state.connection.online && status && in.now < status->until ? &*status : nullptr;
}

std::optional<CentreStatus> status_from_day(const ViewInputs& in) {
  const auto& status = in.state.connection.status;
  if (!status || !status->day) return std::nullopt;
  // Beyond the days the server described the kiosk does not guess (until unknown).
  const CentreStatus at_now = protocol::centre_status_at(*status, in.now);
  if (at_now.until == Instant::max()) return std::nullopt;
  return at_now;
}

const std::optional<protocol::StatusDay>& known_day(const ViewInputs& in) {
  static const std::optional<protocol::StatusDay> kNone;
  return in.state.connection.status ? in.state.connection.status->day : kNone;
}

}  // namespace

CentreState centre_state(const ViewInputs& in) {
  if (const protocol::Status* status = fresh_status(in)) return status->state;
  if (auto from_day = status_from_day(in)) return from_day->state;
  return CentreState::closed;
}

std::string centre_status_line(const ViewInputs& in) {
  if (const protocol::Status* status = fresh_status(in)) return status->text.in(in.state.lang);
  if (auto from_day = status_from_day(in)) return i18n::describe_status(*from_day, in.now, in.state.lang);
  return {};
}

std::string protocol_problem(const ViewInputs& in) {
  const Connection& c = in.state.connection;
  if (c.speaks_server_protocol()) return {};
  return trf(S::protocol_mismatch, in.state.lang,
             {std::to_string(*c.server_protocol), std::to_string(protocol::kProtocolVersion)});
}

HeaderView header_view(const ViewInputs& in) {
  HeaderView view;
  view.lang = in.state.lang;
  view.clock = format_time(in.now);
  view.status_line = centre_status_line(in);
  view.state = centre_state(in);
  view.offline = in.state.connection.known && !in.state.connection.online;
  return view;
}

FooterView footer_view(const ViewInputs& in) {
  FooterView view;
  view.lang = in.state.lang;
  const Screen screen = in.state.screen;
  view.back = screen != Screen::home && screen != Screen::ticket;
  view.start_over =
      screen != Screen::home && screen != Screen::ticket && screen != Screen::groups && screen != Screen::appointment;
  if (screen == Screen::booking && !in.state.code.booking) view.start_over = false;
  return view;
}

HomeView home_view(const ViewInputs& in) {
  HomeView view;
  view.lang = in.state.lang;
  view.hours_line = todays_hours(known_day(in), local_date(in.now), in.state.lang);
  view.status_line = centre_status_line(in);
  view.state = centre_state(in);
  view.online = in.state.connection.online;
  view.can_serve = in.state.connection.speaks_server_protocol();
  view.notice = protocol_problem(in);
  if (view.notice.empty() && !in.state.connection.status_problem.empty())
    view.notice = std::string(tr(S::status_unreadable, in.state.lang)) + "\n" + in.state.connection.status_problem;
  return view;
}

// [section] Catalog browsing ------------------------------------------------------

GroupsView groups_view(const ViewInputs& in) {
  GroupsView view;
  view.lang = in.state.lang;
  for (const catalog::Group& group : in.catalog.catalog.groups()) {
    const auto services = in.catalog.catalog.services_in_group(group.id);
    if (services.empty()) continue;
    view.groups.push_back(GroupTile{group.id, group.name.in(view.lang),
                                    trf(S::services_count, view.lang, {std::to_string(services.size())})});
  }
  return view;
}

ServicesView services_view(const ViewInputs& in) {
  ServicesView view;
  view.lang = in.state.lang;
  if (const catalog::Group* group = in.catalog.catalog.find_group(in.state.choice.group)) {
    view.group_name = group->name.in(view.lang);
  }
  for (const catalog::Service* service : in.catalog.catalog.services_in_group(in.state.choice.group)) {
    std::string detail = catalog::format_processing(service->processing, view.lang);
    if (auto fee = service->fees.service_kzt(catalog::Tier::standard)) {
      detail = join(detail, catalog::format_kzt(*fee, view.lang), " · ");
    }
    view.services.push_back(ServiceTile{service->id, service->name.in(view.lang), detail});
  }
  return view;
}

// [section] The service card --------------------------------------------------------

bool is_extension_service(const catalog::Catalog& catalog, const catalog::Service& service) {
  for (std::size_t rule : service.rules) {
    if (catalog.rule(rule).kind == "extension_window") return true;
  }
  return false;
}

namespace {

void fill_fees(const ViewInputs& in, const catalog::Service& service, ServiceCardView& view) {
  const catalog::Lang lang = view.lang;
  const ServiceExtras& extras = in.catalog.extras_for(service.id);
  for (catalog::Tier tier : extras.tiers) {
    const auto fee = service.fees.service_kzt(tier);
    view.fees.push_back(FeeLine{std::string(tr(S::service_fee, lang)) + " — " + tier_name(tier, lang),
                                fee ? catalog::format_kzt(*fee, lang) : std::string(tr(S::fee_not_stated, lang))});
    view.tiers.push_back(
        TierChoice{tier, tier_name(tier, lang), fee ? catalog::format_kzt(*fee, lang) : std::string()});
  }
  std::string duty(tr(S::no_state_duty, lang));
  if (service.fees.state_duty_mrp) {
    duty = catalog::format_mrp(*service.fees.state_duty_mrp, lang);
    if (extras.state_duty_kzt) duty += " = " + catalog::format_kzt(*extras.state_duty_kzt, lang);
  }
  view.fees.push_back(FeeLine{std::string(tr(S::state_duty, lang)), duty});
  if (service.fees.note) view.fee_note = service.fees.note->in(lang);
}

void fill_answer(const protocol::ExtensionAnswer& answer, ServiceCardView& view) {
  const catalog::Lang lang = view.lang;
  switch (answer.verdict) {
    case ExtensionVerdict::within:
      view.extension = ExtensionState::within;
      view.extension_message = trf(S::extension_within, lang, {format_long_date(answer.last, lang)});
      break;
    case ExtensionVerdict::too_early:
      view.extension = ExtensionState::too_early;
      view.extension_message = trf(S::extension_too_early, lang, {format_long_date(answer.first, lang)});
      break;
    case ExtensionVerdict::too_late:
      view.extension = ExtensionState::too_late;
      view.extension_message = trf(S::extension_too_late, lang, {format_long_date(answer.last, lang)});
      break;
  }
}

// The window is the server's to judge (its calendar knows the days off): the
// card shows what it answered, "checking" until then.
void fill_extension(const ViewInputs& in, ServiceCardView& view) {
  const catalog::Lang lang = view.lang;
  const std::string& digits = in.state.choice.expiry_digits;
  view.expiry_entry = format_expiry_entry(digits);
  if (digits.size() < 8) {
    view.extension = ExtensionState::incomplete;
    return;
  }
  const auto expiry = parse_expiry_digits(digits);
  if (!expiry) {
    view.extension = ExtensionState::invalid_date;
    view.extension_message = std::string(tr(S::not_a_date, lang));
    return;
  }
  const auto& lookup = in.state.choice.extension;
  using Phase = ExtensionLookup::Phase;
  if (!lookup || lookup->expiry != *expiry || lookup->phase == Phase::checking) {
    view.extension = ExtensionState::checking;
    view.extension_message = std::string(tr(S::extension_checking, lang));
    return;
  }
  switch (lookup->phase) {
    case Phase::answered: fill_answer(*lookup->answer, view); return;
    case Phase::unreachable:
      view.extension = ExtensionState::unavailable;
      view.extension_message = std::string(tr(S::extension_unreachable, lang));
      return;
    case Phase::unreadable:
    case Phase::checking:
      view.extension = ExtensionState::unavailable;
      view.extension_message = join(std::string(tr(S::extension_unreadable, lang)), lookup->problem, "\n");
      return;
  }
}

}  // namespace

ServiceCardView service_card_view(const ViewInputs& in) {
  ServiceCardView view;
  view.lang = in.state.lang;
  const catalog::Service* service = chosen_service(in);
  if (service == nullptr) return view;
  const catalog::Catalog& cat = in.catalog.catalog;
  const catalog::Lang lang = view.lang;
  view.service = service->id;
  view.name = service->name.in(lang);
  view.description = service->description.in(lang);
  fill_fees(in, *service, view);

  view.processing = catalog::format_processing(service->processing, lang);
  // A date "ready by" would need the Centre's days off, which only the server
  // knows and no endpoint counts: beyond today the processing time in working
  // days (view.processing) is what the visitor is told.
  if (service->processing.unit == catalog::ProcessingUnit::minutes)
    view.ready_by = std::string(tr(S::ready_today, lang));
  if (auto extension = catalog::format_processing_extension(service->processing, lang)) view.may_extend = *extension;

  for (std::size_t i = 0; i < service->documents.size(); ++i) {
    const catalog::DocumentRef& ref = service->documents[i];
    const catalog::Document& doc = cat.document(ref.document);
    DocumentLine line;
    line.index = i;
    line.name = doc.name.in(lang);
    if (ref.condition) line.detail = cat.condition(*ref.condition).text.in(lang);
    if (doc.note) line.detail = join(line.detail, doc.note->in(lang), " · ");
    line.ticked = in.state.choice.ticked_documents.contains(i);
    if (line.ticked) ++view.ticked;
    view.documents.push_back(std::move(line));
  }
  for (std::size_t step : service->apply) view.steps.push_back(cat.step(step).text.in(lang));
  if (service->embassy_step) {
    view.embassy_step = service->embassy_step->text.in(lang);
    for (const catalog::DocumentRef& ref : service->embassy_step->documents) {
      view.embassy_documents.push_back(cat.document(ref.document).name.in(lang));
    }
  }
  for (std::size_t rule : service->rules) view.rules.push_back(cat.rule(rule).text.in(lang));

  if (is_extension_service(cat, *service)) fill_extension(in, view);
  view.busy = in.state.busy;
  const bool window_ok = view.extension == ExtensionState::not_needed || view.extension == ExtensionState::within;
  view.can_take = in.state.connection.usable() && !in.state.busy && window_ok;
  if (!in.state.connection.online)
    view.cannot_take = std::string(tr(S::offline_short, lang));
  else
    view.cannot_take = protocol_problem(in);
  return view;
}

// [section] Ticket -------------------------------------------------------------------

TicketView ticket_view(const ViewInputs& in) {
  TicketView view;
  const catalog::Lang lang = in.state.lang;
  view.lang = lang;
  const TicketResult& result = in.state.ticket;
  const gui::Palette& p = in.palette;
  if (result.ticket) {
    const protocol::Ticket& t = *result.ticket;
    view.issued = true;
    view.number = t.number;
    view.service_name = service_name(in, t.service);
    if (auto tier = paid_tier(t.tier)) view.tier_name = tier_name(*tier, lang);
    if (result.appointment_start) {
      view.lines.push_back(trf(S::checked_in_at, lang, {format_time(*result.appointment_start)}));
    } else {
      // No forecast (no counter serves it yet): the lines are left out rather than guessed.
      if (t.position) view.lines.push_back(trf(S::people_ahead, lang, {std::to_string(*t.position)}));
      if (t.estimated_wait_min)
        view.lines.push_back(trf(S::estimated_wait, lang, {std::to_string(*t.estimated_wait_min)}));
    }
    if (t.estimated_call_at) view.lines.push_back(trf(S::expected_call, lang, {format_time(*t.estimated_call_at)}));
    if (t.after_lunch.value_or(false))
      view.after_lunch = after_lunch_line(lunch_end_text(known_day(in), local_date(in.now)), lang);
    if (result.qr) view.qr = &*result.qr;
    switch (result.print) {
      case PrintState::none: break;
      case PrintState::printing:
        view.print_message = std::string(tr(S::printing, lang));
        view.print_colour = p.muted;
        break;
      case PrintState::printed:
        view.print_message = std::string(tr(S::printed, lang));
        view.print_colour = p.open;
        break;
      case PrintState::failed:
        view.print_message = trf(S::print_failed, lang, {t.number});
        view.print_colour = p.warning;
        break;
      case PrintState::no_printer:
        view.print_message = trf(S::no_printer, lang, {t.number});
        view.print_colour = p.warning;
        break;
    }
    return view;
  }
  switch (result.refusal) {
    case IssueRefusal::not_today:
      view.refusal_title = std::string(tr(S::not_today_title, lang));
      view.refusal_lines.push_back(service_name(in, result.service));
      view.refusal_lines.push_back(std::string(tr(S::not_today_body, lang)));
      if (result.next_slot) {
        view.refusal_lines.push_back(trf(S::next_free_slot, lang, {format_date_time(result.next_slot->start, lang)}));
        view.refusal_lines.push_back(std::string(tr(S::book_elsewhere, lang)));
      } else {
        view.refusal_lines.push_back(std::string(tr(S::no_free_slot, lang)));
      }
      break;
    case IssueRefusal::closed:
      view.refusal_title = std::string(tr(S::centre_closed, lang));
      view.refusal_lines.push_back(centre_status_line(in));
      break;
    case IssueRefusal::day_full: view.refusal_title = std::string(tr(S::day_full, lang)); break;
    case IssueRefusal::failed:
    case IssueRefusal::none:
      view.refusal_title = std::string(tr(S::issue_failed, lang));
      view.server_message = result.server_message;
      break;
  }
  return view;
}

// [section] Booking codes ---------------------------------------------------------------

CodeScreenView code_screen_view(const ViewInputs& in) {
  CodeScreenView view;
  const catalog::Lang lang = in.state.lang;
  const CodeEntry& entry = in.state.code;
  const gui::Palette& p = in.palette;
  view.lang = lang;
  view.code = entry.code;
  view.busy = in.state.busy;
  view.offline = !in.state.connection.online;
  view.can_submit =
      static_cast<int>(entry.code.size()) == domain::kCodeLength && !view.busy && in.state.connection.usable();
  auto say = [&](std::string text, const ImVec4& colour) {
    view.message = std::move(text);
    view.message_colour = colour;
  };
  switch (entry.verdict) {
    case CodeVerdict::none: break;
    case CodeVerdict::bad_code:
    case CodeVerdict::unknown: say(std::string(tr(S::code_unknown, lang)), p.closed); break;
    case CodeVerdict::too_early:
      say(trf(S::code_too_early, lang, {entry.come_back_at ? format_time(*entry.come_back_at) : std::string("?")}),
          p.lunch);
      break;
    case CodeVerdict::too_late:
      say(std::string(tr(S::code_too_late, lang)), p.warning);
      if (entry.offer_service) view.offered_service = *entry.offer_service;
      break;
    case CodeVerdict::wrong_day:
      say(trf(S::code_wrong_day, lang,
              {entry.booking ? format_date_time(entry.booking->start, lang) : std::string("?")}),
          p.warning);
      break;
    case CodeVerdict::already_checked_in: say(std::string(tr(S::code_already_checked_in, lang)), p.accent); break;
    case CodeVerdict::not_active: say(std::string(tr(S::code_not_active, lang)), p.closed); break;
    case CodeVerdict::closed: say(std::string(tr(S::centre_closed, lang)), p.closed); break;
    case CodeVerdict::failed:
      say(join(std::string(tr(S::request_failed, lang)), entry.server_message, "\n"), p.closed);
      break;
  }
  if (!entry.rejected_char.empty()) say(trf(S::code_bad_char, lang, {entry.rejected_char}), p.warning);
  if (std::string problem = protocol_problem(in); !problem.empty()) say(std::move(problem), p.warning);
  return view;
}

namespace {

std::string booking_status_text(domain::AppointmentStatus status, catalog::Lang lang) {
  using domain::AppointmentStatus;
  switch (status) {
    case AppointmentStatus::booked: return std::string(tr(S::status_booked, lang));
    case AppointmentStatus::checked_in: return std::string(tr(S::status_checked_in, lang));
    case AppointmentStatus::served: return std::string(tr(S::status_served, lang));
    case AppointmentStatus::cancelled: return std::string(tr(S::status_cancelled, lang));
    case AppointmentStatus::missed: return std::string(tr(S::status_missed, lang));
    case AppointmentStatus::unserved: return std::string(tr(S::status_unserved, lang));
  }
  return {};
}

}  // namespace

BookingView booking_view(const ViewInputs& in) {
  BookingView view;
  view.entry = code_screen_view(in);
  const CodeEntry& entry = in.state.code;
  if (!entry.booking || entry.verdict == CodeVerdict::wrong_day) return view;
  const protocol::Appointment& b = *entry.booking;
  const catalog::Lang lang = in.state.lang;
  BookingDetailsView d;
  d.code = domain::format_code(b.code);
  d.date = format_long_date(local_date(b.start), lang);
  d.time = format_time(b.start) + "–" + format_time(b.start + std::chrono::minutes(b.minutes));
  d.service_name = service_name(in, b.service);
  d.status = booking_status_text(b.status, lang);
  if (const catalog::Service* service = in.catalog.catalog.find_service(b.service)) {
    for (const catalog::DocumentRef& ref : service->documents) {
      std::string name = in.catalog.catalog.document(ref.document).name.in(lang);
      if (ref.condition) name += " (" + in.catalog.catalog.condition(*ref.condition).text.in(lang) + ")";
      d.documents.push_back(std::move(name));
    }
  }
  d.can_check_in = b.status == domain::AppointmentStatus::booked && local_date(b.start) == local_date(in.now) &&
                   in.state.connection.usable();
  view.details = std::move(d);
  return view;
}

}  // namespace kezek::kiosk
