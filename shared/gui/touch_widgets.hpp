#pragma once
// Widgets for a finger rather than a mouse: big buttons that need no hover,
// regions that scroll by dragging, and a registry of where every touchable
// widget was drawn, by a stable id ("take_ticket", "service:iin"), so that a
// scripted test can press it by generating real input at its rectangle.
//
// Threading: UI thread only (they call ImGui).

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kezek::gui {

struct WidgetRect {
  std::string id;
  ImVec2 min, max;
  bool enabled = true;
  ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// Where the touch widgets of the last complete frame were. Each frame starts
// with begin_frame(), which keeps the previous frame's widgets for find().
class WidgetRegistry {
 public:
  void begin_frame();
  void add(std::string_view id, ImVec2 min, ImVec2 max, bool enabled);
  // Registers the ImGui item just submitted (a Button, a Checkbox, an
  // InputText) under `id`, where it was drawn.
  void add_last_item(std::string_view id, bool enabled);
  // A widget of the last complete frame; nullptr when it was not drawn.
  const WidgetRect* find(std::string_view id) const;
  const std::vector<WidgetRect>& last_frame() const { return last_; }

 private:
  std::vector<WidgetRect> current_, last_;
};

struct TouchColours {
  ImVec4 fill{0.00f, 0.45f, 0.55f, 1.0f};
  ImVec4 text{1.0f, 1.0f, 1.0f, 1.0f};
};

// A button of `size` (0 width = the rest of the line) with one or two lines of
// text centred in it: `title` in `title_font`, an optional `subtitle` below in
// `subtitle_font`; both wrap to the button's width. Registered under `id`.
// Returns true on the frame it is tapped. A disabled button is drawn faded and
// never returns true.
bool touch_button(WidgetRegistry& registry, std::string_view id, const std::string& title, ImVec2 size,
                  const TouchColours& colours, bool enabled = true, ImFont* title_font = nullptr,
                  const std::string& subtitle = {}, ImFont* subtitle_font = nullptr);

// A child region whose content scrolls by dragging a finger across it (ImGui
// 1.86 only scrolls with a wheel or the scrollbar). A drag longer than a small
// threshold cancels the press it started on, so scrolling never taps a button.
bool begin_touch_scroll(const char* id, ImVec2 size);
void end_touch_scroll();

}  // namespace kezek::gui
