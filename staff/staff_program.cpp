// run_staff: what kezek-staff does between main() and exit — the options, the
// window and the app (see main.cpp for the program itself).
#include "staff/staff_program.hpp"

#include <imgui.h>

#include <cstring>
#include <iostream>
#include <optional>
#include <string>

#include "shared/gui/client_shell.hpp"
#include "shared/gui/script_steps.hpp"
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

}  // namespace

namespace kezek::staff {

int run_staff(int argc, char** argv) {
  if (has_flag(argc, argv, "--help") || has_flag(argc, argv, "-h")) {
    std::cout << "usage: kezek-staff --counter N --token TOKEN [--server HOST:PORT] [options]\n"
                 "       kezek-staff --supervisor --token ADMIN_TOKEN [--counter N] [options]\n"
              << gui::client_options_usage() << staff_usage()
              << "  --check-texts        check every phrase's glyphs and exit\n";
    return 0;
  }
  if (has_flag(argc, argv, "--check-texts")) return check_texts();

  // Options and config file first: a bad file stops the console before a window opens.
  gui::ClientOptions client = gui::parse_client_options(argc, argv, window_title(argc, argv));
  StaffOptions options = read_staff_options(client, argc, argv);
  // A bad script line stops the console here, before a window opens (gui::client_main: exit code 3).
  std::optional<gui::Script> script;
  if (options.script) script = gui::load_script(*options.script);
  gui::ClientShell shell(std::move(client));
  // A desk console, not a touchscreen: denser than the kiosk's theme.
  ImGui::GetIO().FontGlobalScale = 0.75f;
  ImGuiStyle& style = ImGui::GetStyle();
  style.ScaleAllSizes(0.6f);
  // Input boxes and checkboxes sit on white cards: give them a visible frame.
  const gui::Palette& palette = shell.palette();
  style.FrameBorderSize = 1.0f;
  style.Colors[ImGuiCol_Border] = ImVec4(0.78f, 0.81f, 0.86f, 1.0f);
  style.Colors[ImGuiCol_FrameBg] = ImVec4(0.95f, 0.96f, 0.98f, 1.0f);
  style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.93f, 0.96f, 1.0f);
  style.Colors[ImGuiCol_FrameBgActive] = ImVec4(0.82f, 0.90f, 0.94f, 1.0f);
  style.Colors[ImGuiCol_CheckMark] = palette.open;
  StaffApp app(shell, std::move(options), std::move(script));
  const int window_code = shell.window().run([&] { app.frame(); }, [&] { return app.wants_redraw(); });
  return app.exit_code() != 0 ? app.exit_code() : window_code;
}

}  // namespace kezek::staff
