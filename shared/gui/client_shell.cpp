#include "shared/gui/client_shell.hpp"

#include <imgui.h>

#include <utility>

namespace kezek::gui {

ClientShell::ClientShell(ClientOptions options) : options_(std::move(options)) {
  // The same clock as the server's (--now, --time-scale), so the screens show
  // the Centre's time: lunch and closing on the display when the server has them.
  if (options_.time_scale != 1) {
    clock_ = std::make_unique<ScaledClock>(options_.now.value_or(SystemClock().now()), options_.time_scale);
  } else if (options_.now) {
    clock_ = std::make_unique<OffsetClock>(*options_.now);
  } else {
    clock_ = std::make_unique<SystemClock>();
  }
  window_ = std::make_unique<AppWindow>(options_.window);
  apply_theme(palette_, window_->height());
}

bool begin_root(const char* id) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  return ImGui::Begin(id, nullptr, flags);
}

void end_root() { ImGui::End(); }

}  // namespace kezek::gui
