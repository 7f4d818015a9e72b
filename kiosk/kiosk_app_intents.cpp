// KioskApp, the visitor's intents: navigation, the language, ticking
// documents, the date and code pads, and the requests they lead to.
#include "kiosk/kiosk_app.hpp"

#include <cctype>

#include "shared/domain/codes.hpp"

namespace kezek::kiosk {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

void KioskApp::start_over(bool forget_language) {
  const catalog::Lang lang = forget_language ? options_.lang : state_.lang;
  const Connection connection = state_.connection;
  const bool busy = state_.busy;
  state_ = KioskState{};
  state_.lang = lang;
  state_.connection = connection;
  state_.busy = busy;  // an answer still on its way will be shown when it comes
  dirty_ = true;
}

void KioskApp::go_back() {
  switch (state_.screen) {
    case Screen::home: break;
    case Screen::groups: state_.screen = Screen::home; break;
    case Screen::services: state_.screen = Screen::groups; break;
    case Screen::service_card:
      state_.screen = Screen::services;
      state_.choice.ticked_documents.clear();
      state_.choice.expiry_digits.clear();
      break;
    case Screen::booking:
      if (state_.code.booking) {
        state_.code = CodeEntry{};
        break;
      }
      start_over(false);
      break;
    case Screen::ticket:
    case Screen::appointment: start_over(false); break;
  }
}

void KioskApp::type_code_symbol(char typed) {
  CodeEntry& code = state_.code;
  if (code.booking && state_.screen == Screen::booking) return;  // details shown: the pad is away
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

void KioskApp::submit_code() {
  const CodeEntry& code = state_.code;
  if (static_cast<int>(code.code.size()) != domain::kCodeLength || state_.busy || !state_.connection.online) return;
  if (state_.screen == Screen::appointment) check_in(code.code);
  if (state_.screen == Screen::booking) look_up(code.code);
}

void KioskApp::apply(const Intent& intent) {
  std::visit(
      Overloaded{
          [&](const intent::SetLang& i) { state_.lang = i.lang; },
          [&](const intent::GoHome&) { start_over(false); },
          [&](const intent::GoBack&) { go_back(); },
          [&](const intent::OpenTakeTicket&) { state_.screen = Screen::groups; },
          [&](const intent::OpenAppointment&) {
            state_.code = CodeEntry{};
            state_.screen = Screen::appointment;
          },
          [&](const intent::OpenBooking&) {
            state_.code = CodeEntry{};
            state_.screen = Screen::booking;
          },
          [&](const intent::OpenGroup& i) {
            state_.choice = ServiceChoice{};
            state_.choice.group = i.id;
            state_.screen = Screen::services;
          },
          [&](const intent::OpenService& i) {
            state_.choice.service = i.id;
            state_.choice.ticked_documents.clear();
            state_.choice.expiry_digits.clear();
            state_.screen = Screen::service_card;
          },
          [&](const intent::ToggleDocument& i) {
            auto& ticked = state_.choice.ticked_documents;
            if (!ticked.erase(i.index)) ticked.insert(i.index);
          },
          [&](const intent::ExpiryDigit& i) {
            if (state_.choice.expiry_digits.size() < 8) state_.choice.expiry_digits.push_back(i.digit);
          },
          [&](const intent::ExpiryBackspace&) {
            if (!state_.choice.expiry_digits.empty()) state_.choice.expiry_digits.pop_back();
          },
          [&](const intent::ExpiryClear&) { state_.choice.expiry_digits.clear(); },
          [&](const intent::TakeTicket& i) {
            if (!state_.busy && state_.connection.online && !i.service.empty()) issue_ticket(i.service, i.tier);
          },
          [&](const intent::CodeKey& i) { type_code_symbol(i.symbol); },
          [&](const intent::CodeBackspace&) {
            if (!state_.code.code.empty()) state_.code.code.pop_back();
            state_.code.rejected_char.clear();
            state_.code.verdict = CodeVerdict::none;
          },
          [&](const intent::CodeClear&) { state_.code = CodeEntry{}; },
          [&](const intent::SubmitCode&) { submit_code(); },
          [&](const intent::CheckInBooking&) {
            if (state_.code.booking && !state_.busy && state_.connection.online) check_in(state_.code.booking->code);
          },
          [&](const intent::Done&) { start_over(true); },  // the visitor is done: the next one starts afresh
      },
      intent);
}

}  // namespace kezek::kiosk
