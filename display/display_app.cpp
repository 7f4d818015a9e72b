#include "display/display_app.hpp"

#include <GLFW/glfw3.h>
#include <boost/json.hpp>

#include <fstream>
#include <sstream>
#include <thread>

#include "display/display_screen.hpp"

namespace kezek::display {

namespace {

// A screenshot of a live display waits this long at most for the server's board.
constexpr std::chrono::seconds kScreenshotHold{10};

}  // namespace

DisplayApp::DisplayApp(gui::ClientShell& shell, DisplaySetup setup)
    : shell_(shell),
      setup_(std::move(setup)),
      trace_(setup_.args.trace),
      live_(model_, LiveBoardHooks{
                        [this](const Announcement& call) {
                          if (announcer_) announcer_->announce(call);
                        },
                        [this] {
                          if (feed_) feed_->resync();
                        },
                        [this](const std::string& line) { trace(line); },
                    }) {
  view_settings_.notices = setup_.config.notices;
  view_settings_.pinned_lang = setup_.args.lang;
  if (!setup_.config.mute && !setup_.config.languages.empty())
    announcer_ =
        std::make_unique<Announcer>(AnnouncerSettings{setup_.config.languages, setup_.config.audio_device, {}});
  if (setup_.args.demo_state) {
    load_demo(*setup_.args.demo_state);
  } else {
    start_feed();
  }
}

void DisplayApp::load_demo(const std::filesystem::path& file) {
  model_.link = Link::demo;
  try {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::stringstream text;
    text << in.rdbuf();
    boost::system::error_code ec;
    const boost::json::value root = boost::json::parse(text.str(), ec);
    if (ec || !root.is_object()) throw std::runtime_error(file.string() + " is not a JSON object");
    model_.board = protocol::parse_board(root.get_object());
    // {"display": {"flash": true, "link": "reconnecting"}}: the moments a demo shows.
    if (const auto* demo = root.get_object().if_contains("display"); demo != nullptr && demo->is_object()) {
      const auto& d = demo->get_object();
      if (const auto* flash = d.if_contains("flash"); flash != nullptr && flash->is_bool())
        model_.flash_pinned = flash->get_bool();
      if (const auto* link = d.if_contains("link"); link != nullptr && link->is_string()) {
        if (link->get_string() == "reconnecting") model_.link = Link::reconnecting;
        if (link->get_string() == "connecting") model_.link = Link::connecting;
      }
    }
    trace("demo board seq " + std::to_string(model_.board->seq) + " loaded");
  } catch (const std::exception& e) {
    model_.problem = e.what();
  }
}

void DisplayApp::start_feed() {
  net::EventFeedHandlers handlers;
  handlers.on_message = [this](boost::json::object message) {
    live_.on_message(message, shell_.clock().now(), std::chrono::steady_clock::now(), frame_);
  };
  handlers.on_link = [this](bool up, std::optional<std::int64_t> since, const std::string& detail) {
    live_.on_link(up, since, detail, frame_);
  };
  // Wakes the frame loop from its idle wait the moment a message is posted.
  handlers.wake = [] { glfwPostEmptyEvent(); };
  feed_ = std::make_unique<net::EventFeed>(setup_.server, setup_.token, inbox_, std::move(handlers));
}

void DisplayApp::drain() { inbox_.drain(); }

void DisplayApp::hold_for_first_board() {
  // A screenshot of a live display shows what the server said, not the
  // instant before its first message: wait for the board or a failed connect.
  const auto give_up = std::chrono::steady_clock::now() + kScreenshotHold;
  while (!model_.board && model_.link != Link::reconnecting && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    drain();
  }
}

bool DisplayApp::wants_redraw() const {
  const RedrawKey key = redraw_key(model_, shell_.clock().now(), std::chrono::steady_clock::now());
  return !inbox_.empty() || key.flashing || !(key == drawn_key_);
}

void DisplayApp::draw() {
  ++frame_;
  if (frame_ == 1 && feed_ && shell_.options().window.screenshot) hold_for_first_board();
  drain();
  const Instant now = shell_.clock().now();
  const auto tick = std::chrono::steady_clock::now();
  drawn_key_ = redraw_key(model_, now, tick);
  const DisplayView view = make_view(model_, view_settings_, now, tick);
  if (gui::begin_root("display")) draw_display(view, shell_.fonts(), shell_.palette());
  gui::end_root();

  if (view.show_call && view.newest) {
    const std::string key = view.newest->number + "@" +
                            std::to_string(view.newest->called_at.time_since_epoch().count()) + "#" +
                            std::to_string(view.newest->recalls);
    if (key != drawn_call_) {
      drawn_call_ = key;
      trace("call " + view.newest->number + " drawn at frame " + std::to_string(frame_));
    }
    if (setup_.args.exit_after_call == view.newest->number) glfwSetWindowShouldClose(shell_.window().handle(), 1);
  }
}

int DisplayApp::run() {
  return shell_.window().run([this] { draw(); }, [this] { return wants_redraw(); });
}

}  // namespace kezek::display
