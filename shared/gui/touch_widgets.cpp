#include "shared/gui/touch_widgets.hpp"

#include <imgui_internal.h>  // ClearActiveID, GetWindowScrollbarID, ImTextCharFromUtf8

#include <algorithm>
#include <string_view>

namespace kezek::gui {
namespace {

// A finger moves a little while it taps; only a longer move is a scroll.
constexpr float kDragThreshold = 18.0f;

ImVec4 faded(ImVec4 colour, float alpha) { return ImVec4(colour.x, colour.y, colour.z, colour.w * alpha); }
ImVec4 darker(ImVec4 colour) { return ImVec4(colour.x * 0.75f, colour.y * 0.75f, colour.z * 0.75f, colour.w); }

float font_px(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

// The font size (at most the font's drawn size) at which the widest word of
// `text` fits `width`: a narrow card then shows "appointment" smaller rather
// than broken as "appointme / nt".
float fitted_px(const ImFont* font, std::string_view text, float width) {
  const float px = font_px(font);
  float widest = 0.0f;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t stop = std::min(text.find_first_of(" \n", start), text.size());
    const char* word = text.data() + start;
    widest = std::max(widest, font->CalcTextSizeA(px, FLT_MAX, 0.0f, word, word + (stop - start)).x);
    start = stop + 1;
  }
  // ImGui's word wrap breaks a little before the measured width (it rounds
  // per glyph), so leave it 5 % of room.
  const float room = width * 0.95f;
  return widest > room && room > 0.0f ? px * room / widest : px;
}

// `text` broken into lines no wider than `width` at `px`.
std::vector<std::string_view> wrap_lines(const ImFont* font, float px, std::string_view text, float width) {
  std::vector<std::string_view> lines;
  const float scale = px / font->FontSize;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const char* newline = std::find(p, end, '\n');
    const char* stop = font->CalcWordWrapPositionA(scale, p, newline, width);
    if (stop == p) {  // not even one character fits: take one whole (UTF-8) character anyway
      unsigned int c = 0;
      stop = std::min(newline, p + std::max(1, ImTextCharFromUtf8(&c, p, newline)));
    }
    std::string_view line(p, static_cast<std::size_t>(stop - p));
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    lines.push_back(line);
    p = stop;
    while (p < end && *p == ' ') ++p;
    if (p < end && *p == '\n') ++p;
  }
  return lines;
}

}  // namespace

void WidgetRegistry::begin_frame() {
  last_ = std::move(current_);
  current_.clear();
}

void WidgetRegistry::add(std::string_view id, ImVec2 min, ImVec2 max, bool enabled) {
  current_.push_back(WidgetRect{std::string(id), min, max, enabled});
}

void WidgetRegistry::add_last_item(std::string_view id, bool enabled) {
  add(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), enabled);
}

const WidgetRect* WidgetRegistry::find(std::string_view id) const {
  for (const WidgetRect& rect : last_) {
    if (rect.id == id) return &rect;
  }
  return nullptr;
}

bool touch_button(WidgetRegistry& registry, std::string_view id, const std::string& title, ImVec2 size,
                  const TouchColours& colours, bool enabled, ImFont* title_font, const std::string& subtitle,
                  ImFont* subtitle_font) {
  ImFont* main_font = title_font != nullptr ? title_font : ImGui::GetFont();
  ImFont* sub_font = subtitle_font != nullptr ? subtitle_font : main_font;
  if (size.x <= 0.0f) size.x = ImGui::GetContentRegionAvail().x;

  ImGui::PushID(id.data(), id.data() + id.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::InvisibleButton("##touch", size);
  const bool held = ImGui::IsItemActive();
  ImGui::EndDisabled();
  ImGui::PopID();

  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  const float alpha = enabled ? 1.0f : 0.35f;
  draw->AddRectFilled(pos, end, ImGui::GetColorU32(faded(held ? darker(colours.fill) : colours.fill, alpha)),
                      style.FrameRounding);

  const float pad = std::min(style.FramePadding.x, size.x * 0.06f);  // narrow keys keep their word whole
  const float width = size.x - 2 * pad;
  const float title_px = fitted_px(main_font, title, width);
  const float sub_px = fitted_px(sub_font, subtitle, width);
  const auto title_lines = wrap_lines(main_font, title_px, title, width);
  const auto sub_lines =
      subtitle.empty() ? std::vector<std::string_view>{} : wrap_lines(sub_font, sub_px, subtitle, width);
  const float gap = sub_lines.empty() ? 0.0f : style.ItemSpacing.y * 0.4f;
  const float text_height =
      title_px * static_cast<float>(title_lines.size()) + sub_px * static_cast<float>(sub_lines.size()) + gap;
  float y = pos.y + std::max(0.0f, (size.y - text_height) * 0.5f);
  const ImU32 text_colour = ImGui::GetColorU32(faded(colours.text, enabled ? 1.0f : 0.8f));
  draw->PushClipRect(pos, end, true);
  auto put = [&](ImFont* font, float px, std::string_view line) {
    const float w = font->CalcTextSizeA(px, FLT_MAX, 0.0f, line.data(), line.data() + line.size()).x;
    draw->AddText(font, px, ImVec2(pos.x + (size.x - w) * 0.5f, y), text_colour, line.data(),
                  line.data() + line.size());
    y += px;
  };
  for (std::string_view line : title_lines) put(main_font, title_px, line);
  y += gap;
  for (std::string_view line : sub_lines) put(sub_font, sub_px, line);
  draw->PopClipRect();

  registry.add(id, pos, end, enabled);
  return pressed && enabled;
}

bool begin_touch_scroll(const char* id, ImVec2 size) {
  return ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoNav);
}

void end_touch_scroll() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiIO& io = ImGui::GetIO();
  const ImRect area(window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y));
  const bool started_here = io.MouseDown[0] && area.Contains(io.MouseClickedPos[0]);
  const ImGuiID scrollbar = ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y);
  if (started_here && ImGui::GetActiveID() != scrollbar && ImGui::IsMouseDragging(0, kDragThreshold)) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
  }
  ImGui::EndChild();
}

}  // namespace kezek::gui
