#include "staff/transfer_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <boost/json.hpp>

#include "staff/staff_text.hpp"
#include "staff/widgets.hpp"

namespace kezek::staff {

protocol::TransferRequest transfer_request(const TransferForm& form) {
  protocol::TransferRequest request;
  if (form.to_counter) {
    request.counter = form.counter;
  } else {
    request.service = form.service;
  }
  request.reason = std::string(form.reason.data());
  return request;
}

std::string transfer_body(const TransferForm& form) {
  return boost::json::serialize(boost::json::value_from(transfer_request(form)));
}

bool transfer_ready(const TransferForm& form) {
  return form.to_counter ? form.counter >= 1 && form.counter <= 99 : !form.service.empty();
}

TransferOutcome draw_transfer_panel(TransferForm& form, const catalog::Catalog* catalog, const std::string& ticket,
                                    catalog::Lang lang, const gui::Fonts& fonts, const gui::Palette& palette,
                                    gui::WidgetRegistry& widgets) {
  TransferOutcome outcome = TransferOutcome::none;
  section_title(trf(Msg::transfer_title, lang, {ticket}), fonts, palette);
  if (pill(widgets, "transfer:to_service", tr(Msg::to_service, lang), !form.to_counter, palette))
    form.to_counter = false;
  ImGui::SameLine();
  if (pill(widgets, "transfer:to_counter", tr(Msg::to_counter, lang), form.to_counter, palette)) form.to_counter = true;

  const float footer = ImGui::GetFrameHeightWithSpacing() * 3.2f + ImGui::GetTextLineHeightWithSpacing();
  if (form.to_counter) {
    text(tr(Msg::counter_number, lang), palette.muted);
    ImGui::SetNextItemWidth(260);
    ImGui::InputInt("##counter", &form.counter, 0, 0);  // typed, no +/- buttons
    widgets.add_last_item("transfer:counter", true);
    form.counter = std::clamp(form.counter, 1, 99);
    ImGui::Dummy(ImVec2(0, std::max(0.0f, ImGui::GetContentRegionAvail().y - footer)));
  } else {
    text(tr(Msg::choose_service, lang), palette.muted);
    ImGui::BeginChild("services", ImVec2(0, std::max(120.0f, ImGui::GetContentRegionAvail().y - footer)), true);
    if (catalog != nullptr) {
      for (const catalog::Group& group : catalog->groups()) {
        text(std::string(1, group.letter) + " · " + group.name.in(lang), palette.navy);
        for (const catalog::Service* s : catalog->services_in_group(group.id)) {
          // A Selectable's label does not wrap: an empty one as tall as the
          // wrapped name, with the name drawn over it.
          ImGui::PushID(s->id.c_str());
          ImGui::Indent(20);
          const std::string& name = s->name.in(lang);
          const float wrap = ImGui::GetContentRegionAvail().x;
          const ImVec2 size(0, ImGui::CalcTextSize(name.c_str(), nullptr, false, wrap).y);
          const ImVec2 at = ImGui::GetCursorScreenPos();
          if (ImGui::Selectable("##service", form.service == s->id, 0, size)) form.service = s->id;
          // Only a row in view can be chosen.
          if (ImGui::IsItemVisible()) widgets.add_last_item("transfer:service:" + s->id, true);
          ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                              ImGui::GetColorU32(ImGuiCol_Text), name.c_str(), nullptr, wrap);
          ImGui::Unindent(20);
          ImGui::PopID();
        }
      }
    } else {
      text(tr(Msg::loading, lang), palette.muted);
    }
    ImGui::EndChild();
  }

  text(tr(Msg::reason, lang), palette.muted);
  ImGui::SetNextItemWidth(-1);
  if (form.focus_reason) {
    ImGui::SetKeyboardFocusHere();
    form.focus_reason = false;
  }
  ImGui::InputText("##reason", form.reason.data(), form.reason.size());
  widgets.add_last_item("transfer:reason", true);

  text(tr(Msg::transfer_keys, lang), palette.muted);
  const bool ready = transfer_ready(form);
  ImGui::BeginDisabled(!ready);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button(std::string(tr(Msg::do_transfer, lang)).c_str())) outcome = TransferOutcome::confirm;
  widgets.add_last_item("transfer:confirm", ready);
  ImGui::PopStyleColor();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.86f, 0.88f, 0.91f, 1));
  if (ImGui::Button(std::string(tr(Msg::cancel, lang)).c_str())) outcome = TransferOutcome::cancel;
  widgets.add_last_item("transfer:cancel", true);
  ImGui::PopStyleColor();

  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) outcome = TransferOutcome::cancel;
  const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
  if (enter && ready) outcome = TransferOutcome::confirm;
  return outcome;
}

}  // namespace kezek::staff
