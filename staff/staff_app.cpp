// StaffApp — frames: the root window, the function keys, the script driver and
// the idle loop's question "did anything change?".
#include "staff/staff_app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <thread>

#include "staff/supervisor_screen.hpp"
#include "staff/widgets.hpp"

namespace kezek::staff {

StaffApp::StaffApp(gui::ClientShell& shell, StaffOptions options, std::optional<gui::Script> script)
    : shell_(shell), options_(std::move(options)), lang_(options_.lang), input_(shell.window().handle()) {
  view_ = options_.supervisor ? View::supervisor : View::counter;
  if (script) {
    script_.emplace(std::move(*script), shell_.window().handle(), stb_lock_);
    shell_.window().watch_frames([this](const ImDrawData& frame) {
      if (script_) script_->saw_frame(frame);
    });
  }
  if (options_.set_up()) start_network();
}

StaffApp::~StaffApp() { shell_.window().watch_frames({}); }

std::optional<CentreStatus> StaffApp::centre_now(Instant now) const {
  // None (the console says "connecting") before the server answers; then its
  // word, carried forward by the day's hours while a fresh one is asked for.
  return centre_at(data_, now);
}

bool StaffApp::settled() const {
  if (!options_.set_up()) return true;
  return network_->in_flight() == 0 && inbox_.empty() && !counter_again_ && !supervisor_again_ && catalog_tried_ &&
         connection_.has_value();
}

void StaffApp::wait_until_settled() {
  // A screenshot is a picture of a state: let the answers that are on their way
  // arrive before the frame that is written (bounded, so a dead server still
  // gives a picture of the console saying so).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!settled() && std::chrono::steady_clock::now() < deadline) {
    if (!inbox_.drain()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

bool StaffApp::wants_redraw() {
  if (shell_.options().window.screenshot) wait_until_settled();
  bool changed = inbox_.drain();
  if (options_.set_up()) {
    maybe_poll();
    maybe_ask_status(shell_.clock().now());
  }
  if (input_.take()) settle_frames_ = 3;  // ImGui needs a few frames to settle hover and clicks
  if (settle_frames_ > 0) {
    --settle_frames_;
    changed = true;
  }
  if (script_) changed = true;  // it acts and looks frame by frame
  const Instant now = shell_.clock().now();
  const std::int64_t minute = std::chrono::duration_cast<std::chrono::minutes>(now.time_since_epoch()).count();
  if (minute != drawn_minute_) changed = true;
  // The reconnect countdown moves every second.
  if (connection_ && connection_->state == net::LinkState::State::retrying &&
      now.time_since_epoch().count() != drawn_second_)
    changed = true;
  return changed;
}

void StaffApp::read_function_keys() {
  if (view_ != View::counter || !options_.counter || screen_.transfer_open) return;
  for (int n = 1; n <= 8; ++n) {
    if (ImGui::IsKeyPressed(GLFW_KEY_F1 + n - 1, false)) {
      if (auto action = action_for_function_key(n)) press(*action);
    }
  }
}

// The names the script's expect_screen knows.
const char* StaffApp::screen_name() const {
  if (!options_.set_up()) return "setup";
  if (view_ == View::supervisor) return "supervisor";
  return screen_.transfer_open ? "transfer" : "counter";
}

void StaffApp::run_script() {
  if (!script_) return;
  switch (script_->step(registry_, gui::ScriptFrame{screen_name(), settled()})) {
    case gui::ScriptDriver::Status::running: break;
    case gui::ScriptDriver::Status::done: script_.reset(); break;
    case gui::ScriptDriver::Status::failed:
      std::fprintf(stderr, "kezek-staff: script failed: %s\n", script_->error().c_str());
      exit_code_ = gui::kScriptFailedExit;
      script_.reset();
      break;
  }
}

void StaffApp::draw_setup() {
  if (begin_card("setup", ImVec2(0, 0))) {
    section_title(tr(Msg::not_set_up, lang_), shell_.fonts(), shell_.palette());
    text_wrapped(tr(Msg::setup_usage, lang_), shell_.palette().text);
    if (!options_.problem.empty()) text_wrapped(options_.problem, shell_.palette().warning);
  }
  end_card();
}

void StaffApp::frame() {
  inbox_.drain();
  registry_.begin_frame();
  run_script();
  read_function_keys();
  const Instant now = shell_.clock().now();
  drawn_minute_ = std::chrono::duration_cast<std::chrono::minutes>(now.time_since_epoch()).count();
  drawn_second_ = now.time_since_epoch().count();
  const std::optional<CentreStatus> centre = centre_now(now);
  const gui::Fonts& fonts = shell_.fonts();
  const gui::Palette& palette = shell_.palette();

  if (gui::begin_root("staff")) {
    TopBarModel bar;
    bar.title = options_.counter && view_ == View::counter
                    ? trf(Msg::title_counter, lang_, {std::to_string(*options_.counter)})
                : options_.supervisor ? std::string(tr(Msg::title_supervisor, lang_))
                                      : std::string(tr(Msg::console_name, lang_));
    bar.has_server = options_.set_up();
    bar.centre = centre;
    bar.now = now;
    bar.connection = connection_;
    bar.lang = lang_;
    bar.both_views = options_.supervisor && options_.counter.has_value();
    bar.view = view_;
    bar.counter = options_.counter.value_or(0);
    const TopBarIntent top = draw_top_bar(bar, fonts, palette, registry_);
    if (top.lang) lang_ = *top.lang;
    if (top.view && *top.view != view_) {
      view_ = *top.view;
      refresh_all();
    }
    const std::string protocol_problem = protocol_line(data_, lang_);
    if (!protocol_problem.empty()) text_wrapped(protocol_problem, palette.warning);

    if (!options_.set_up()) {
      draw_setup();
    } else if (view_ == View::counter) {
      CounterScreenModel m;
      m.view = data_.counter ? &*data_.counter : nullptr;
      m.catalog = catalog_ ? &*catalog_ : nullptr;
      m.load_error = protocol_problem.empty() ? data_.counter_error : protocol_problem;
      m.centre = centre;
      m.now = now;
      m.lang = lang_;
      m.notice = data_.notice;
      const CounterIntent intent = draw_counter_screen(m, screen_, fonts, palette, registry_);
      if (intent.action) press(*intent.action);
      if (intent.confirm_transfer) confirm_transfer();
    } else {
      SupervisorScreenModel m;
      m.board = data_.board ? &*data_.board : nullptr;
      m.report = data_.report ? &*data_.report : nullptr;
      m.load_error = protocol_problem.empty() ? data_.supervisor_error : protocol_problem;
      m.lang = lang_;
      m.hours = opening_minutes(data_);
      m.export_note = export_note_;
      m.export_failed = export_failed_;
      m.exporting = exporting_;
      if (draw_supervisor_screen(m, fonts, palette, registry_).export_csv) export_csv();
    }
  }
  gui::end_root();
}

}  // namespace kezek::staff
