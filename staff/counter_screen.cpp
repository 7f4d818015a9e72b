// The counter screen, in three parts: the current visitor card (left), the
// counter's queue or the transfer form (right), and the action bar with the
// notice line (bottom).
#include "staff/counter_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "shared/i18n/centre_status_text.hpp"
#include "staff/staff_text.hpp"
#include "staff/widgets.hpp"

namespace kezek::staff {

namespace {

using catalog::Lang;

std::int64_t minutes_between(Instant from, Instant to) {
  return to <= from ? 0 : std::chrono::duration_cast<std::chrono::minutes>(to - from).count();
}

std::string service_name(const catalog::Catalog* catalog, const std::string& id, Lang lang) {
  if (catalog != nullptr)
    if (const catalog::Service* s = catalog->find_service(id)) return s->name.in(lang);
  return id;
}

Msg tier_text(domain::TicketTier tier) {
  switch (tier) {
    case domain::TicketTier::priority: return Msg::tier_priority;
    case domain::TicketTier::manager: return Msg::tier_manager;
    case domain::TicketTier::appointment: return Msg::tier_appointment;
    case domain::TicketTier::standard: return Msg::tier_standard;
  }
  return Msg::tier_standard;
}

std::string hhmm(Instant t) { return format_hhmm(to_local(t).time_of_day); }

// Resets the ticks when another ticket comes to the counter.
void sync_checklist(CounterScreenState& state, const protocol::Ticket& ticket, std::size_t documents) {
  if (state.checklist_ticket == ticket.id && state.received.size() == documents) return;
  state.checklist_ticket = ticket.id;
  state.received.assign(documents, 0);
}

void draw_documents(const CounterScreenModel& m, CounterScreenState& state, const protocol::Ticket& ticket,
                    const gui::Fonts& fonts, const gui::Palette& palette, gui::WidgetRegistry& widgets) {
  const catalog::Service* service = m.catalog ? m.catalog->find_service(ticket.service) : nullptr;
  const std::size_t count = service ? service->documents.size() : 0;
  sync_checklist(state, ticket, count);
  const int ticked = static_cast<int>(std::count(state.received.begin(), state.received.end(), 1));
  section_title(tr(Msg::documents, m.lang), fonts, palette);
  if (count > 0) {
    ImGui::SameLine();
    text(trf(Msg::received_count, m.lang, {std::to_string(ticked), std::to_string(count)}),
         ticked == static_cast<int>(count) ? palette.open : palette.muted);
  }
  if (service == nullptr) {
    text(tr(m.catalog ? Msg::no_documents : Msg::loading, m.lang), palette.muted);
    return;
  }
  if (count == 0) {
    text(tr(Msg::no_documents, m.lang), palette.muted);
    return;
  }
  ImGui::BeginChild("documents", ImVec2(0, 0), false);
  for (std::size_t i = 0; i < count; ++i) {
    const catalog::DocumentRef& ref = service->documents[i];
    const catalog::Document& doc = m.catalog->document(ref.document);
    ImGui::PushID(static_cast<int>(i));
    bool on = state.received[i] != 0;
    // An unlabelled box and the name beside it, wrapped: a Checkbox label does
    // not wrap, and document names are long. The name is clickable too.
    if (ImGui::Checkbox("##received", &on)) state.received[i] = on ? 1 : 0;
    // Only a box in view can be ticked (a script finds it by this id, as the kiosk's rows).
    if (ImGui::IsItemVisible()) widgets.add_last_item("doc:" + std::to_string(i), true);
    ImGui::SameLine();
    ImGui::BeginGroup();
    text_wrapped(doc.name.in(m.lang), on ? palette.muted : palette.text);
    if (ImGui::IsItemClicked()) state.received[i] ^= 1;
    if (ref.condition)
      text_wrapped(trf(Msg::document_condition, m.lang, {m.catalog->condition(*ref.condition).text.in(m.lang)}),
                   palette.muted);
    ImGui::EndGroup();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void draw_current(const CounterScreenModel& m, CounterScreenState& state, const gui::Fonts& fonts,
                  const gui::Palette& palette, gui::WidgetRegistry& widgets) {
  section_title(tr(Msg::current_visitor, m.lang), fonts, palette);
  if (m.view == nullptr) {
    text_wrapped(m.load_error.empty() ? std::string(tr(Msg::loading, m.lang)) : m.load_error,
                 m.load_error.empty() ? palette.muted : palette.warning);
    return;
  }
  if (!m.view->ticket) {
    ImGui::Dummy(ImVec2(0, 30));
    ImGui::PushFont(fonts.heading);
    text_wrapped(tr(Msg::no_visitor, m.lang), palette.muted);
    ImGui::PopFont();
    if (m.view->paused) {
      text(tr(Msg::counter_paused, m.lang), palette.lunch);
      text(tr(Msg::resume_hint, m.lang), palette.muted);
    } else if (!m.centre) {
      text(tr(Msg::conn_connecting, m.lang), palette.muted);
    } else if (m.centre->state != CentreState::open) {
      text(i18n::describe_status(*m.centre, m.now, m.lang),
           m.centre->state == CentreState::lunch ? palette.lunch : palette.closed);
    } else {
      text(tr(Msg::press_call, m.lang), palette.muted);
    }
    return;
  }
  const protocol::Ticket& t = *m.view->ticket;
  const bool serving = t.status == domain::TicketStatus::serving;

  // The number, large, with its state beside it.
  ImGui::PushFont(fonts.large);
  text(t.number, palette.navy);
  ImGui::PopFont();
  ImGui::SameLine(0, 36);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, 6));
  text(tr(serving ? Msg::status_serving : Msg::status_called, m.lang), serving ? palette.open : palette.lunch);
  std::string since;
  if (serving && t.started_at) {
    since = trf(Msg::serving_for, m.lang, {std::to_string(minutes_between(*t.started_at, m.now))});
  } else if (t.called_at) {
    since = trf(Msg::called_ago, m.lang, {std::to_string(minutes_between(*t.called_at, m.now))});
  }
  if (t.recalls > 0) since += " · " + trf(Msg::recalls, m.lang, {std::to_string(t.recalls)});
  text(since, palette.muted);
  text(tr(tier_text(t.tier), m.lang), t.tier == domain::TicketTier::standard ? palette.muted : palette.accent);
  ImGui::EndGroup();

  ImGui::PushFont(fonts.heading);
  ImGui::SetWindowFontScale(0.6f);
  text_wrapped(service_name(m.catalog, t.service, m.lang), palette.text);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  const Instant called = t.called_at.value_or(m.now);
  text(trf(Msg::waited, m.lang, {std::to_string(minutes_between(t.issued_at, called))}) + " · " + hhmm(t.issued_at) +
           " → " + hhmm(called),
       palette.text);
  if (t.appointment_code) {
    text(trf(Msg::appointment_line, m.lang,
             {*t.appointment_code, t.slot_start ? hhmm(*t.slot_start) : std::string("—")}),
         palette.accent);
  }
  if (t.transfer_reason && !t.transfer_reason->empty())
    text_wrapped(trf(Msg::transferred_line, m.lang, {*t.transfer_reason}), palette.lunch);
  ImGui::Separator();
  draw_documents(m, state, t, fonts, palette, widgets);
}

void draw_queue(const CounterScreenModel& m, const gui::Fonts& fonts, const gui::Palette& palette) {
  section_title(tr(Msg::queue_title, m.lang), fonts, palette);
  if (m.view == nullptr) {
    text(tr(Msg::loading, m.lang), palette.muted);
    return;
  }
  const protocol::CounterView& v = *m.view;
  text(trf(Msg::longest_wait, m.lang, {std::to_string(v.longest_wait_min)}),
       v.longest_wait_min >= 30 ? palette.warning : palette.text);

  // The services with people waiting first, then the rest in catalog order.
  std::vector<protocol::ServiceWaiting> services = v.services;
  std::stable_sort(
      services.begin(), services.end(),
      [](const protocol::ServiceWaiting& a, const protocol::ServiceWaiting& b) { return a.waiting > b.waiting; });
  const float table_height = ImGui::GetContentRegionAvail().y * 0.58f;
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                    ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("queue", 2, flags, ImVec2(0, table_height))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(std::string(tr(Msg::col_service, m.lang)).c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(std::string(tr(Msg::col_waiting, m.lang)).c_str(), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableHeadersRow();
    for (const protocol::ServiceWaiting& s : services) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      text_wrapped(service_name(m.catalog, s.service, m.lang), s.waiting > 0 ? palette.text : palette.muted);
      ImGui::TableNextColumn();
      text(std::to_string(s.waiting), s.waiting > 0 ? palette.navy : palette.muted);
    }
    ImGui::EndTable();
  }

  section_title(tr(Msg::next_appointments, m.lang), fonts, palette);
  // The visitor at the counter is not "next".
  std::vector<protocol::Appointment> upcoming;
  for (const protocol::Appointment& a : v.appointments)
    if (!(v.ticket && v.ticket->appointment_code == a.code)) upcoming.push_back(a);
  if (upcoming.empty()) {
    text(tr(Msg::no_appointments, m.lang), palette.muted);
    return;
  }
  ImGui::BeginChild("appointments", ImVec2(0, 0), false);
  for (const protocol::Appointment& a : upcoming) {
    const bool checked_in = a.status == domain::AppointmentStatus::checked_in;
    text(hhmm(a.start) + "  " + a.code, palette.navy);
    ImGui::SameLine();
    text(tr(checked_in ? Msg::appt_checked_in : Msg::appt_booked, m.lang), checked_in ? palette.open : palette.muted);
    text_wrapped(service_name(m.catalog, a.service, m.lang), palette.text);
  }
  ImGui::EndChild();
}

std::optional<Action> draw_action_bar(const CounterScreenModel& m, float height, const gui::Fonts& fonts,
                                      const gui::Palette& palette, gui::WidgetRegistry& widgets) {
  std::optional<Action> clicked;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = ImGui::GetContentRegionAvail().x;
  // Call next is the action of the day: half as wide again as the others.
  const float unit =
      (width - spacing * static_cast<float>(kAllActions.size() - 1)) / (static_cast<float>(kAllActions.size()) + 0.5f);
  for (Action a : kAllActions) {
    const Availability av = availability(a, m.view, m.centre, m.now, m.lang);
    const std::string key = "F" + std::to_string(function_key(a));
    const float w = a == Action::call_next ? unit * 1.5f : unit;
    if (action_button(widgets, "action:" + std::string(api_path(a)), key, tr(label(a), m.lang), av.why, av.enabled,
                      a == Action::call_next, ImVec2(w, height), fonts, palette))
      clicked = a;
    ImGui::SameLine();
  }
  ImGui::NewLine();
  return clicked;
}

}  // namespace

CounterIntent draw_counter_screen(const CounterScreenModel& m, CounterScreenState& state, const gui::Fonts& fonts,
                                  const gui::Palette& palette, gui::WidgetRegistry& widgets) {
  CounterIntent intent;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float bar_height = ImGui::GetFontSize() * 4.4f;
  const float notice_height = ImGui::GetFontSize() * 2.6f;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float upper = std::max(200.0f, avail.y - bar_height - notice_height - spacing * 3);
  const float left_width = std::floor(avail.x * 0.58f);

  if (begin_card("current", ImVec2(left_width, upper))) draw_current(m, state, fonts, palette, widgets);
  end_card();
  ImGui::SameLine();
  if (begin_card("side", ImVec2(0, upper))) {
    const bool can_transfer = m.view && m.view->ticket;
    if (state.transfer_open && can_transfer) {
      switch (draw_transfer_panel(state.form, m.catalog, m.view->ticket->number, m.lang, fonts, palette, widgets)) {
        case TransferOutcome::confirm: intent.confirm_transfer = true; break;
        case TransferOutcome::cancel: state.transfer_open = false; break;
        case TransferOutcome::none: break;
      }
    } else {
      state.transfer_open = false;
      draw_queue(m, fonts, palette);
    }
  }
  end_card();

  intent.action = draw_action_bar(m, bar_height, fonts, palette, widgets);

  const NoticeLines lines = render_notice(m.notice, m.lang, m.now);
  if (!lines.headline.empty()) {
    text_wrapped(lines.headline, m.notice.kind == Notice::Kind::error ? palette.warning : palette.open);
    if (!lines.detail.empty()) text_wrapped(lines.detail, palette.muted);
  }
  return intent;
}

}  // namespace kezek::staff
