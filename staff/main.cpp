// kezek-staff: the counter console (and, with the admin token, the supervisor's
// view of the whole Centre). See staff_options.hpp for the command line and
// staff_app.hpp for how it is put together.
#include <imgui.h>

#include <cstring>
#include <iostream>
#include <string>

#include "shared/cli/guarded_main.hpp"
#include "shared/gui/client_shell.hpp"
#include "staff/staff_app.hpp"
#include "staff/staff_options.hpp"
#include "staff/text_check.hpp"

namespace {

bool has_flag(int argc, char** argv, const char* flag) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], flag) == 0) return true;
  return false;
}

// The window's title names the counter, so the operating system's task list and
// xdotool can tell the consoles on one display apart.
std::string window_title(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--counter") == 0) return std::string("Kezek — Counter ") + argv[i + 1];
  if (has_flag(argc, argv, "--supervisor")) return "Kezek — Supervisor";
  return "Kezek — Counter console";
}

int run(int argc, char** argv) {
  if (has_flag(argc, argv, "--help") || has_flag(argc, argv, "-h")) {
    std::cout << "usage: kezek-staff --counter N --token TOKEN [--server HOST:PORT] [options]\n"
                 "       kezek-staff --supervisor --token ADMIN_TOKEN [--counter N] [options]\n"
              << kezek::gui::client_options_usage() << kezek::staff::staff_usage()
              << "  --check-texts        check every phrase's glyphs and exit\n";
    return 0;
  }
  if (has_flag(argc, argv, "--check-texts")) return kezek::staff::check_texts();

  kezek::gui::ClientShell shell(argc, argv, window_title(argc, argv));
  // A desk console, not a touchscreen: denser than the kiosk's theme.
  ImGui::GetIO().FontGlobalScale = 0.75f;
  ImGuiStyle& style = ImGui::GetStyle();
  style.ScaleAllSizes(0.6f);
  // Input boxes and checkboxes sit on white cards: give them a visible frame.
  const kezek::gui::Palette& palette = shell.palette();
  style.FrameBorderSize = 1.0f;
  style.Colors[ImGuiCol_Border] = ImVec4(0.78f, 0.81f, 0.86f, 1.0f);
  style.Colors[ImGuiCol_FrameBg] = ImVec4(0.95f, 0.96f, 0.98f, 1.0f);
  style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.93f, 0.96f, 1.0f);
  style.Colors[ImGuiCol_FrameBgActive] = ImVec4(0.82f, 0.90f, 0.94f, 1.0f);
  style.Colors[ImGuiCol_CheckMark] = palette.open;
  kezek::staff::StaffApp app(shell, kezek::staff::read_staff_options(shell.options(), argc, argv));
  return shell.window().run([&] { app.frame(); }, [&] { return app.wants_redraw(); });
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main("kezek-staff", [&] { return run(argc, argv); });
}
