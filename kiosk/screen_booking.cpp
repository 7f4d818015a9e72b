#include "kiosk/screen_booking.hpp"

#include "kiosk/keypads.hpp"
#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {
namespace {

void row(const Ui& ui, std::string_view label, const std::string& value) {
  ImGui::PushFont(ui.fonts.heading);
  ImGui::TextColored(ui.palette.muted, "%s:", std::string(label).c_str());
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

Intents draw_details(const BookingView& view, const Ui& ui) {
  Intents intents;
  const catalog::Lang lang = view.entry.lang;
  const BookingDetailsView& d = *view.details;
  heading(ui, tr(S::your_booking, lang));
  gap(ui, 10);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  auto facts = [&] {
    row(ui, tr(S::booking_code, lang), d.code);
    row(ui, tr(S::booking_date, lang), d.date);
    row(ui, tr(S::booking_time, lang), d.time);
    row(ui, tr(S::booking_service, lang), d.service_name);
    row(ui, tr(S::booking_status, lang), d.status);
    if (!view.entry.message.empty()) message_panel(ui, view.entry.message_colour, view.entry.message);
    gap(ui, 10);
    if (d.can_check_in &&
        gui::touch_button(ui.registry, "check_in_now", std::string(tr(S::check_in_now, lang)), ImVec2(0, ui.px(120)),
                          ui.secondary(), !view.entry.busy, ui.fonts.heading)) {
      intents.push_back(intent::CheckInBooking{});
    }
  };
  auto documents = [&] {
    text_block(ui.fonts.heading, ui.palette.navy, tr(S::documents_to_bring, lang));
    for (const std::string& doc : d.documents) text_block(ui.fonts.body, ui.palette.text, "• " + doc);
  };
  if (ui.portrait) {
    facts();
    gap(ui, 10);
    if (gui::begin_touch_scroll("documents", ImVec2(0, 0))) documents();
    gui::end_touch_scroll();
  } else {
    ImGui::BeginChild("facts", ImVec2(avail.x * 0.45f, 0), false, ImGuiWindowFlags_NoScrollbar);
    facts();
    ImGui::EndChild();
    ImGui::SameLine();
    if (gui::begin_touch_scroll("documents", ImVec2(0, 0))) documents();
    gui::end_touch_scroll();
  }
  return intents;
}

}  // namespace

Intents draw_booking(const BookingView& view, const Ui& ui) {
  if (view.details) return draw_details(view, ui);
  Intents intents;
  const CodeScreenView& entry = view.entry;
  const catalog::Lang lang = entry.lang;
  read_typed_code(intents);
  heading(ui, tr(S::check_booking, lang));
  text_block(ui.fonts.body, ui.palette.muted, tr(S::code_hint, lang));
  gap(ui, 10);
  auto answer = [&] {
    if (!entry.message.empty()) message_panel(ui, entry.message_colour, entry.message);
    gap(ui, 10);
    if (gui::touch_button(ui.registry, "show_booking", std::string(tr(S::show_booking, lang)), ImVec2(0, ui.px(120)),
                          ui.secondary(), entry.can_submit, ui.fonts.heading)) {
      intents.push_back(intent::SubmitCode{});
    }
    if (entry.busy) text_block(ui.fonts.body, ui.palette.muted, tr(S::please_wait, lang));
    if (entry.offline) text_block(ui.fonts.body, ui.palette.warning, tr(S::offline_short, lang));
  };
  draw_code_entry(entry.code, lang, ui, intents, answer);
  return intents;
}

}  // namespace kezek::kiosk
