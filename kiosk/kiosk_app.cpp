// KioskApp, the frame: set-up, drawing the current screen inside the chrome,
// the idle timeout, the scripted test driver and the demo screens.
#include "kiosk/kiosk_app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "kiosk/chrome.hpp"
#include "kiosk/demo_states.hpp"
#include "kiosk/kiosk_ui.hpp"
#include "kiosk/screen_appointment.hpp"
#include "kiosk/view_builders.hpp"
#include "shared/gui/theme.hpp"

namespace kezek::kiosk {
namespace {

// Sizes follow the shorter side of the screen, so that a portrait kiosk
// (1080×1920) shows the same type and targets as a landscape one. The fonts
// may have been built for another size; they are scaled to match.
void scale_for_shorter_side(const gui::Palette& palette, const gui::Fonts& fonts, int width, int height) {
  const int shorter = std::max(1, std::min(width, height));
  ImGui::GetStyle() = ImGuiStyle();
  gui::apply_theme(palette, shorter);
  constexpr float kBodyAt1080p = 34.0f;  // fonts.hpp
  const float built = fonts.body->FontSize / kBodyAt1080p;
  ImGui::GetIO().FontGlobalScale = (static_cast<float>(shorter) / 1080.0f) / built;
}

}  // namespace

KioskApp::KioskApp(gui::ClientShell& shell, KioskOptions options, std::optional<gui::Script> script)
    : shell_(shell), options_(std::move(options)), input_(shell.window().handle()) {
  const Instant now = shell_.clock().now();
  catalog_ = load_local_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json", KEZEK_ASSETS_DIR "/catalog/mrp.json",
                                static_cast<int>(local_date(now).year()));
  scale_for_shorter_side(shell_.palette(), shell_.fonts(), shell_.window().width(), shell_.window().height());
  // A kiosk stays on screen when something else takes the focus.
  glfwSetWindowAttrib(shell_.window().handle(), GLFW_AUTO_ICONIFY, GLFW_FALSE);
  if (script) {
    script_.emplace(std::move(*script), shell_.window().handle(), stb_lock_);
    shell_.window().watch_frames([this](const ImDrawData& frame) {
      if (script_) script_->saw_frame(frame);
    });
  }
  printer_ =
      std::make_unique<TicketPrinter>(parse_printer_target(options_.printer), options_.preview_dir, stb_lock_, inbox_);
  if (options_.demo_screen) {
    demo_ = true;
    state_ = demo_state(*options_.demo_screen, options_.lang, *catalog_, now, options_.public_url);
    // A pointer resting over a demo screen must not change how it looks.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouse;
    return;
  }
  state_.lang = options_.lang;
  network_ = std::make_unique<KioskNetwork>(options_.server, options_.token, inbox_, [] { glfwPostEmptyEvent(); });
  fetch_catalog();
  fetch_status();
}

KioskApp::~KioskApp() { shell_.window().watch_frames({}); }

const char* KioskApp::screen_name() const {
  switch (state_.screen) {
    case Screen::home: return "home";
    case Screen::groups: return "groups";
    case Screen::services: return "services";
    case Screen::service_card: return "service_card";
    case Screen::ticket: return "ticket";
    case Screen::appointment: return "appointment";
    case Screen::booking: return "booking";
  }
  return "?";
}

bool KioskApp::wants_redraw() {
  // Replies to the background status poll say themselves (dirty_) when they
  // change the screen; any other message redraws.
  bool changed = inbox_.drain() > quiet_replies_;
  quiet_replies_ = 0;
  changed |= input_.take();
  keep_in_touch();
  check_idle();
  const int minute = static_cast<int>(to_local(shell_.clock().now()).time_of_day.count() / 60);
  if (minute != shown_minute_) changed = true;
  return changed || dirty_ || script_.has_value();
}

void KioskApp::check_idle() {
  if (demo_) return;
  const bool something_to_forget = state_.screen != Screen::home || state_.lang != options_.lang;
  if (!something_to_forget || state_.busy) return;
  if (SteadyClock::now() - input_.last_input() < options_.idle_timeout) return;
  start_over(true);
}

// Nothing the screen waits for is on its way: no visitor's request, no
// extension check, no print, no answer undrained.
bool KioskApp::idle() const {
  if (demo_) return true;
  const bool checking = state_.choice.extension && state_.choice.extension->phase == ExtensionLookup::Phase::checking;
  return state_.connection.known && !state_.busy && !checking && state_.ticket.print != PrintState::printing &&
         inbox_.empty();
}

void KioskApp::run_script() {
  if (!script_) return;
  switch (script_->step(registry_, gui::ScriptFrame{screen_name(), idle()})) {
    case gui::ScriptDriver::Status::running: break;
    case gui::ScriptDriver::Status::done: script_.reset(); break;
    case gui::ScriptDriver::Status::failed:
      std::fprintf(stderr, "kezek-kiosk: script failed: %s\n", script_->error().c_str());
      exit_code_ = gui::kScriptFailedExit;
      script_.reset();
      break;
  }
}

void KioskApp::frame() {
  dirty_ = false;
  if (inbox_.drain() > 0) dirty_ = true;
  quiet_replies_ = 0;
  shown_minute_ = static_cast<int>(to_local(shell_.clock().now()).time_of_day.count() / 60);
  registry_.begin_frame();
  run_script();

  // Input that came through ImGui (a finger, a key, a scanner, the script)
  // counts for the idle timeout even when no GLFW callback of ours saw it.
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseDown[0] || io.InputQueueCharacters.Size > 0) input_.note();

  Intents intents;
  // A QR scanner typing a booking code on the home screen: the visitor means check-in.
  if (state_.screen == Screen::home && !demo_ && io.InputQueueCharacters.Size > 0) {
    intents.push_back(intent::OpenAppointment{});
    read_typed_code(intents);
  }

  const Ui ui = make_ui();
  const ViewInputs in{state_, *catalog_, shell_.palette(), shell_.clock().now()};

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  if (gui::begin_root("kiosk")) {
    for (Intent& i : draw_header(header_view(in), ui)) intents.push_back(std::move(i));
    const FooterView footer = footer_view(in);
    const bool has_footer = footer.back || footer.start_over;
    const float body = ImGui::GetContentRegionAvail().y - (has_footer ? footer_height(ui) : 0.0f);
    ImGui::BeginChild("body", ImVec2(0, body), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_screen(ui, intents);
    ImGui::EndChild();
    if (has_footer) {
      for (Intent& i : draw_footer(footer, ui)) intents.push_back(std::move(i));
    }
  }
  gui::end_root();
  ImGui::PopStyleColor();

  if (demo_) return;  // a demo screen shows; it does not act
  for (const Intent& i : intents) apply(i);
  if (!intents.empty()) dirty_ = true;
}

Ui KioskApp::make_ui() {
  const gui::AppWindow& window = shell_.window();
  const float width = static_cast<float>(window.width());
  const float height = static_cast<float>(window.height());
  // Square and near-square screens keep two columns; only a clearly tall one stacks.
  return Ui{shell_.fonts(), shell_.palette(), registry_, std::min(width, height) / 1080.0f, height > width * 1.1f};
}

void KioskApp::draw_screen(const Ui& ui, Intents& intents) {
  const ViewInputs in{state_, *catalog_, shell_.palette(), shell_.clock().now()};
  Intents drawn;
  switch (state_.screen) {
    case Screen::home: drawn = draw_home(home_view(in), ui); break;
    case Screen::groups: drawn = draw_groups(groups_view(in), ui); break;
    case Screen::services: drawn = draw_services(services_view(in), ui); break;
    case Screen::service_card: drawn = draw_service_card(service_card_view(in), ui); break;
    case Screen::ticket: drawn = draw_ticket(ticket_view(in), ui); break;
    case Screen::appointment: drawn = draw_appointment(code_screen_view(in), ui); break;
    case Screen::booking: drawn = draw_booking(booking_view(in), ui); break;
  }
  for (Intent& i : drawn) intents.push_back(std::move(i));
}

}  // namespace kezek::kiosk
