// The kiosk's navigation reducer: one case per intent, a helper per screen's pad.
#include "kiosk/navigation.hpp"

#include <cctype>

#include "kiosk/kiosk_format.hpp"
#include "kiosk/overloaded.hpp"
#include "shared/domain/codes.hpp"

namespace kezek::kiosk {
namespace {

KioskState go_back(KioskState state) {
  switch (state.screen) {
    case Screen::home: break;
    case Screen::groups: state.screen = Screen::home; break;
    case Screen::services: state.screen = Screen::groups; break;
    case Screen::service_card:
      state.screen = Screen::services;
      state.choice.ticked_documents.clear();
      state.choice.expiry_digits.clear();
      state.choice.extension.reset();
      break;
    case Screen::booking:
      if (state.code.booking) {
        state.code = CodeEntry{};
        break;
      }
      return start_over(state, state.lang);
    case Screen::ticket:
    case Screen::appointment: return start_over(state, state.lang);
  }
  return state;
}

void type_code_symbol(KioskState& state, char typed) {
  CodeEntry& code = state.code;
  if (code.booking && state.screen == Screen::booking) return;  // details shown: the pad is away
  const char symbol = static_cast<char>(std::toupper(static_cast<unsigned char>(typed)));
  if (domain::kCodeAlphabet.find(symbol) == std::string_view::npos) {
    code.rejected_char = std::isprint(static_cast<unsigned char>(symbol)) ? std::string(1, symbol) : std::string("?");
    return;
  }
  code.rejected_char.clear();
  if (static_cast<int>(code.code.size()) >= domain::kCodeLength) return;
  code.code.push_back(symbol);
  code.verdict = CodeVerdict::none;
  code.offer_service.reset();
  code.booking.reset();
}

// A request the visitor waits for needs the server (one that speaks our
// protocol), and only one at a time.
bool can_ask(const KioskState& state) { return !state.busy && state.connection.usable(); }

// The 8th digit of a real date asks the server whether the window is open; the
// visitor sees "checking" until it answers. Asked even while offline: the
// answer (or its failure) is what the card shows.
std::optional<Request> type_expiry_digit(ServiceChoice& choice, char digit) {
  if (choice.expiry_digits.size() >= 8) return std::nullopt;
  choice.expiry_digits.push_back(digit);
  choice.extension.reset();
  const auto expiry = parse_expiry_digits(choice.expiry_digits);
  if (!expiry) return std::nullopt;
  choice.extension = ExtensionLookup{*expiry, ExtensionLookup::Phase::checking, std::nullopt, {}};
  return request::CheckExtension{*expiry};
}

std::optional<Request> submit_code(const KioskState& state) {
  const CodeEntry& code = state.code;
  if (static_cast<int>(code.code.size()) != domain::kCodeLength || !can_ask(state)) return std::nullopt;
  if (state.screen == Screen::appointment) return request::CheckIn{code.code};
  if (state.screen == Screen::booking) return request::LookUp{code.code};
  return std::nullopt;
}

}  // namespace

KioskState start_over(const KioskState& state, catalog::Lang lang) {
  KioskState fresh;
  fresh.lang = lang;
  fresh.connection = state.connection;
  fresh.busy = state.busy;  // an answer still on its way will be shown when it comes
  return fresh;
}

Navigation navigate(KioskState state, const Intent& intent, catalog::Lang home_lang) {
  std::optional<Request> ask;
  std::visit(Overloaded{
                 [&](const intent::SetLang& i) { state.lang = i.lang; },
                 [&](const intent::GoHome&) { state = start_over(state, state.lang); },
                 [&](const intent::GoBack&) { state = go_back(std::move(state)); },
                 [&](const intent::OpenTakeTicket&) { state.screen = Screen::groups; },
                 [&](const intent::OpenAppointment&) {
                   state.code = CodeEntry{};
                   state.screen = Screen::appointment;
                 },
                 [&](const intent::OpenBooking&) {
                   state.code = CodeEntry{};
                   state.screen = Screen::booking;
                 },
                 [&](const intent::OpenGroup& i) {
                   state.choice = ServiceChoice{};
                   state.choice.group = i.id;
                   state.screen = Screen::services;
                 },
                 [&](const intent::OpenService& i) {
                   state.choice.service = i.id;
                   state.choice.ticked_documents.clear();
                   state.choice.expiry_digits.clear();
                   state.choice.extension.reset();
                   state.screen = Screen::service_card;
                 },
                 [&](const intent::ToggleDocument& i) {
                   auto& ticked = state.choice.ticked_documents;
                   if (!ticked.erase(i.index)) ticked.insert(i.index);
                 },
                 [&](const intent::ExpiryDigit& i) { ask = type_expiry_digit(state.choice, i.digit); },
                 [&](const intent::ExpiryBackspace&) {
                   if (!state.choice.expiry_digits.empty()) state.choice.expiry_digits.pop_back();
                   state.choice.extension.reset();
                 },
                 [&](const intent::ExpiryClear&) {
                   state.choice.expiry_digits.clear();
                   state.choice.extension.reset();
                 },
                 [&](const intent::TakeTicket& i) {
                   if (can_ask(state) && !i.service.empty()) ask = request::IssueTicket{i.service, i.tier};
                 },
                 [&](const intent::CodeKey& i) { type_code_symbol(state, i.symbol); },
                 [&](const intent::CodeBackspace&) {
                   if (!state.code.code.empty()) state.code.code.pop_back();
                   state.code.rejected_char.clear();
                   state.code.verdict = CodeVerdict::none;
                 },
                 [&](const intent::CodeClear&) { state.code = CodeEntry{}; },
                 [&](const intent::SubmitCode&) { ask = submit_code(state); },
                 [&](const intent::CheckInBooking&) {
                   if (state.code.booking && can_ask(state)) ask = request::CheckIn{state.code.booking->code};
                 },
                 // The visitor is done: the next one starts afresh, in the kiosk's own language.
                 [&](const intent::Done&) { state = start_over(state, home_lang); },
             },
             intent);
  return Navigation{std::move(state), std::move(ask)};
}

}  // namespace kezek::kiosk
