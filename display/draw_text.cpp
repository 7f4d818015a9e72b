#include "display/draw_text.hpp"

#include <algorithm>
#include <cfloat>

namespace kezek::display {

ImVec2 text_size(const ImFont* font, float size, std::string_view text) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
}

float fit_size(const ImFont* font, float size, std::string_view text, float max_width) {
  const float width = text_size(font, size, text).x;
  if (width <= max_width || width <= 0.0f) return size;
  return size * max_width / width;
}

float draw_text(ImDrawList* list, const ImFont* font, float size, float x, float y, ImU32 colour, std::string_view text,
                Align align) {
  const float width = text_size(font, size, text).x;
  if (align == Align::centre) x -= width / 2.0f;
  if (align == Align::right) x -= width;
  list->AddText(font, size, ImVec2(x, y), colour, text.data(), text.data() + text.size());
  return width;
}

ImU32 to_u32(const ImVec4& colour, float alpha) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(colour.x, colour.y, colour.z, colour.w * alpha));
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

}  // namespace kezek::display
