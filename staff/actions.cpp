#include "staff/actions.hpp"

#include "shared/i18n/centre_status_text.hpp"

namespace kezek::staff {

int function_key(Action action) { return static_cast<int>(action) + 1; }

std::optional<Action> action_for_function_key(int n) {
  if (n < 1 || n > static_cast<int>(kAllActions.size())) return std::nullopt;
  return kAllActions[static_cast<std::size_t>(n - 1)];
}

std::string_view api_path(Action action) {
  switch (action) {
    case Action::call_next: return "call-next";
    case Action::recall: return "recall";
    case Action::start: return "start";
    case Action::finish: return "finish";
    case Action::no_show: return "no-show";
    case Action::transfer: return "transfer";
    case Action::pause: return "pause";
    case Action::resume: return "resume";
  }
  return "call-next";
}

Msg label(Action action) {
  switch (action) {
    case Action::call_next: return Msg::act_call_next;
    case Action::recall: return Msg::act_recall;
    case Action::start: return Msg::act_start;
    case Action::finish: return Msg::act_finish;
    case Action::no_show: return Msg::act_no_show;
    case Action::transfer: return Msg::act_transfer;
    case Action::pause: return Msg::act_pause;
    case Action::resume: return Msg::act_resume;
  }
  return Msg::act_call_next;
}

Availability availability(Action action, const protocol::CounterView* view, const std::optional<CentreStatus>& centre,
                          Instant now, catalog::Lang lang) {
  if (view == nullptr) return {};
  const bool has_ticket = view->ticket.has_value();
  const bool called = has_ticket && view->ticket->status == domain::TicketStatus::called;
  switch (action) {
    case Action::call_next:
      // At lunch and after closing the server refuses calls: say until when.
      // Not knowing whether the Centre is open, the console does not guess.
      if (!centre) return {false, std::string(tr(Msg::conn_connecting, lang))};
      if (centre->state != CentreState::open) return {false, i18n::describe_status(*centre, now, lang)};
      if (view->paused) return {false, std::string(tr(Msg::counter_paused, lang))};
      return {!has_ticket, {}};
    case Action::recall:
    case Action::start:
    case Action::no_show: return {called, {}};
    case Action::finish:
    case Action::transfer: return {has_ticket, {}};
    case Action::pause: return {!view->paused && !has_ticket, {}};
    case Action::resume: return {view->paused, {}};
  }
  return {};
}

}  // namespace kezek::staff
