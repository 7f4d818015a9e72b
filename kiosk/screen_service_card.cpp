// Sections: the card's reading part (scrolls) | the action part (expiry date,
// tiers) | the layout of both, side by side or stacked.
#include "kiosk/screen_service_card.hpp"

#include <imgui_internal.h>  // ImDrawFlags for the checkbox drawing

#include "kiosk/keypads.hpp"
#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {
namespace {

// [section] The reading part --------------------------------------------------

void section_title(const Ui& ui, std::string_view title) {
  gap(ui, 14);
  text_block(ui.fonts.heading, ui.palette.navy, title);
}

// "Label: value" on one line when it fits; otherwise the value goes under
// its label, so that neither is squeezed into a narrow column.
void label_value(const Ui& ui, const std::string& label, const std::string& value) {
  ImGui::PushFont(ui.fonts.body);
  const std::string head = label + ":";
  const float width = ImGui::GetContentRegionAvail().x;
  const bool one_line =
      ImGui::CalcTextSize(head.c_str()).x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(value.c_str()).x <=
      width;
  ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.muted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(head.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (one_line) ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

// A document as a row a finger can tick: a box, the name, the condition below.
bool document_row(const Ui& ui, const DocumentLine& doc) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float box = ui.px(56);
  const float pad = ui.px(14);
  const float text_x = box + 2 * pad;
  ImGui::PushFont(ui.fonts.body);
  const float wrap = width - text_x - pad;
  const ImVec2 name_size = ImGui::CalcTextSize(doc.name.c_str(), nullptr, false, wrap);
  const ImVec2 detail_size =
      doc.detail.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(doc.detail.c_str(), nullptr, false, wrap);
  ImGui::PopFont();
  const float between = doc.detail.empty() ? 0.0f : ImGui::GetStyle().ItemSpacing.y;
  const float height = std::max(ui.px(88), name_size.y + between + detail_size.y + 2 * pad);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(static_cast<int>(doc.index));
  const bool tapped = ImGui::InvisibleButton("##doc", ImVec2(width, height));
  ImGui::PopID();
  // Only a row in view can be tapped (a script finds it by this id).
  if (ImGui::IsItemVisible())
    ui.registry.add("doc:" + std::to_string(doc.index), pos, ImVec2(pos.x + width, pos.y + height), true);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 fill = doc.ticked ? ImVec4(0.88f, 0.95f, 0.90f, 1) : ImVec4(1, 1, 1, 1);
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(fill), ui.px(10));
  const ImVec2 box_min(pos.x + pad, pos.y + (height - box) * 0.5f);
  const ImVec2 box_max(box_min.x + box, box_min.y + box);
  draw->AddRect(box_min, box_max, ImGui::GetColorU32(doc.ticked ? ui.palette.open : ui.palette.muted), ui.px(8), 0,
                ui.px(4));
  if (doc.ticked) {
    draw->AddRectFilled(box_min, box_max, ImGui::GetColorU32(ui.palette.open), ui.px(8));
    ImFont* font = ui.fonts.heading;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, "✓").x;
    draw->AddText(font, size, ImVec2(box_min.x + (box - w) * 0.5f, box_min.y + (box - size) * 0.5f),
                  ImGui::GetColorU32(ImVec4(1, 1, 1, 1)), "✓");
  }
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(pos.x + text_x, pos.y + pad));
  ImGui::BeginGroup();  // keeps the second line under the first, right of the box
  ImGui::PushFont(ui.fonts.body);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ImGui::TextUnformatted(doc.name.c_str());
  if (!doc.detail.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.muted);
    ImGui::TextUnformatted(doc.detail.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(after);
  return tapped;
}

void draw_fees(const ServiceCardView& view, const Ui& ui) {
  section_title(ui, tr(S::fees, view.lang));
  for (const FeeLine& fee : view.fees) label_value(ui, fee.label, fee.value);
  if (!view.fee_note.empty()) text_block(ui.fonts.body, ui.palette.muted, view.fee_note);
}

void draw_processing(const ServiceCardView& view, const Ui& ui) {
  section_title(ui, tr(S::processing_time, view.lang));
  text_block(ui.fonts.body, ui.palette.text, view.processing);
  if (!view.ready_by.empty()) label_value(ui, std::string(tr(S::ready_by, view.lang)), view.ready_by);
  if (!view.may_extend.empty()) label_value(ui, std::string(tr(S::may_extend, view.lang)), view.may_extend);
}

// The facts that decide whether to queue, in a few lines beside the tier
// buttons (which carry the service fee themselves).
void draw_key_facts(const ServiceCardView& view, const Ui& ui) {
  const catalog::Lang lang = view.lang;
  label_value(ui, std::string(tr(S::processing_time, lang)), view.processing);
  if (!view.ready_by.empty()) label_value(ui, std::string(tr(S::ready_by, lang)), view.ready_by);
  if (!view.fees.empty()) label_value(ui, view.fees.back().label, view.fees.back().value);  // the state duty
  gap(ui, 10);
}

void draw_reading_part(const ServiceCardView& view, const Ui& ui, Intents& intents, bool with_facts) {
  const catalog::Lang lang = view.lang;
  text_block(ui.fonts.body, ui.palette.text, view.description);
  if (with_facts) {
    draw_fees(view, ui);
    draw_processing(view, ui);
  }

  section_title(ui, tr(S::documents_to_bring, lang));
  text_block(ui.fonts.body, ui.palette.muted,
             trf(S::documents_tick_hint, lang, {std::to_string(view.ticked), std::to_string(view.documents.size())}));
  for (const DocumentLine& doc : view.documents) {
    if (document_row(ui, doc)) intents.push_back(intent::ToggleDocument{doc.index});
  }
  if (!with_facts) {
    draw_fees(view, ui);
    draw_processing(view, ui);
  }

  if (!view.rules.empty()) {
    section_title(ui, tr(S::good_to_know, lang));
    for (const std::string& rule : view.rules) text_block(ui.fonts.body, ui.palette.text, "• " + rule);
  }
  if (!view.steps.empty()) {
    section_title(ui, tr(S::how_to_apply, lang));
    int n = 1;
    for (const std::string& step : view.steps)
      text_block(ui.fonts.body, ui.palette.text, std::to_string(n++) + ". " + step);
  }
  if (!view.embassy_step.empty()) {
    section_title(ui, tr(S::at_embassy, lang));
    text_block(ui.fonts.body, ui.palette.text, view.embassy_step);
    for (const std::string& doc : view.embassy_documents) text_block(ui.fonts.body, ui.palette.text, "• " + doc);
  }
  gap(ui, 20);
}

// [section] The action part ---------------------------------------------------

ImVec4 verdict_colour(ExtensionState state, const gui::Palette& p) {
  switch (state) {
    case ExtensionState::within: return p.open;
    case ExtensionState::too_early: return p.lunch;
    case ExtensionState::too_late:
    case ExtensionState::invalid_date: return p.closed;
    case ExtensionState::unavailable: return p.warning;
    default: return p.muted;
  }
}

void draw_action_part(const ServiceCardView& view, const Ui& ui, Intents& intents, bool with_facts) {
  const catalog::Lang lang = view.lang;
  if (with_facts) draw_key_facts(view, ui);
  const bool entering_date =
      view.extension == ExtensionState::incomplete || view.extension == ExtensionState::invalid_date;
  if (view.extension != ExtensionState::not_needed) {
    // A narrow column (a square screen) asks in smaller type, so the pad still fits.
    const bool narrow = ImGui::GetContentRegionAvail().x < ui.px(600);
    text_block(narrow ? ui.fonts.body : ui.fonts.heading, ui.palette.navy, tr(S::expiry_prompt, lang));
    ImGui::PushFont(ui.fonts.large);
    ImGui::SetWindowFontScale(0.6f);
    ImGui::TextColored(ui.palette.text, "%s", view.expiry_entry.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (entering_date) {
      // The order of the parts, beside the date being typed where it fits.
      const std::string_view format = tr(S::expiry_format, lang);
      ImGui::PushFont(ui.fonts.body);
      const bool beside =
          ImGui::CalcTextSize(format.data(), format.data() + format.size()).x + ImGui::GetStyle().ItemSpacing.x <=
          ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x;
      ImGui::PopFont();
      if (beside) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.px(20));
      }
      text_block(ui.fonts.body, ui.palette.muted, format);
      if (!view.extension_message.empty())
        message_panel(ui, verdict_colour(view.extension, ui.palette), view.extension_message);
      for (Intent& i : draw_date_pad(lang, ui)) intents.push_back(std::move(i));
      return;
    }
    message_panel(ui, verdict_colour(view.extension, ui.palette), view.extension_message);
    if (gui::touch_button(ui.registry, "change_date", std::string(tr(S::change_date, lang)),
                          ImVec2(0, ui.button_height()), ui.quiet(), true, ui.fonts.body)) {
      intents.push_back(intent::ExpiryClear{});
    }
    if (view.extension != ExtensionState::within) return;
    gap(ui, 8);
  }
  text_block(ui.fonts.body, ui.palette.navy,
             view.tiers.size() > 1 ? tr(S::choose_tier, lang) : tr(S::take_ticket, lang));
  for (const TierChoice& tier : view.tiers) {
    // The tier in words, its price large: the price is what tells them apart.
    const std::string id = "tier:" + std::string(catalog::to_string(tier.tier));
    if (gui::touch_button(ui.registry, id, tier.label, ImVec2(0, ui.px(104)), ui.primary(), view.can_take,
                          ui.fonts.body, tier.price, ui.fonts.heading)) {
      intents.push_back(intent::TakeTicket{view.service, tier.tier});
    }
  }
  if (view.busy)
    text_block(ui.fonts.body, ui.palette.muted, tr(S::please_wait, lang));
  else if (!view.can_take && !view.cannot_take.empty())
    text_block(ui.fonts.body, ui.palette.warning, view.cannot_take);
}

// The height the action part needs when stacked under the reading part.
float action_height(const ServiceCardView& view, const Ui& ui) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float body_line = ui.px(34) + spacing;
  const float heading_line = ui.px(52) + spacing;
  const bool entering_date =
      view.extension == ExtensionState::incomplete || view.extension == ExtensionState::invalid_date;
  const float date = 2 * heading_line + ui.px(66) + spacing;  // the question and the date
  if (entering_date) {
    const float message = view.extension_message.empty() ? 0.0f : 2 * body_line + ui.px(40);
    return date + message + 4 * (ui.button_height() + spacing);
  }
  float h = body_line + static_cast<float>(view.tiers.size()) * (ui.px(104) + spacing) + body_line;
  if (view.extension != ExtensionState::not_needed)
    h += date + 3 * body_line + ui.px(40) + ui.button_height() + spacing;
  return h;
}

}  // namespace

// [section] Layout -------------------------------------------------------------

Intents draw_service_card(const ServiceCardView& view, const Ui& ui) {
  Intents intents;
  heading(ui, view.name);
  gap(ui, 6);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (ui.portrait) {
    const float action = std::min(action_height(view, ui), avail.y * 0.6f);
    if (gui::begin_touch_scroll("card", ImVec2(0, avail.y - action))) draw_reading_part(view, ui, intents, true);
    gui::end_touch_scroll();
    ImGui::BeginChild("actions", ImVec2(0, action), false, ImGuiWindowFlags_NoScrollbar);
    draw_action_part(view, ui, intents, false);
    ImGui::EndChild();
  } else {
    // Beside the tier buttons there is room for the time and the duty, unless
    // the expiry date's pad needs it.
    const bool facts_beside = view.extension == ExtensionState::not_needed;
    const float right = std::max(ui.px(440), avail.x * 0.36f);
    if (gui::begin_touch_scroll("card", ImVec2(avail.x - right - ImGui::GetStyle().ItemSpacing.x, avail.y)))
      draw_reading_part(view, ui, intents, !facts_beside);
    gui::end_touch_scroll();
    ImGui::SameLine();
    ImGui::BeginChild("actions", ImVec2(0, avail.y), false, ImGuiWindowFlags_NoScrollbar);
    draw_action_part(view, ui, intents, facts_beside);
    ImGui::EndChild();
  }
  return intents;
}

}  // namespace kezek::kiosk
