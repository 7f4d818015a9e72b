#include "shared/gui/client_options.hpp"

#include <charconv>
#include <stdexcept>

namespace kezek::gui {
namespace {

int parse_positive(const std::string& text, const std::string& option) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0)
    throw std::invalid_argument(option + " expects a positive whole number, got \"" + text + "\"");
  return value;
}

}  // namespace

std::string client_options_usage() {
  return "  --server HOST:PORT   kezek-server to talk to (default 127.0.0.1:8080)\n"
         "  --token TOKEN        this program's token from the server's credentials.json\n"
         "  --now ISO8601        start the clock at this instant (demo and training)\n"
         "  --windowed           a window instead of full screen\n"
         "  --size WxH           window size (default 1920x1080)\n"
         "  --screenshot FILE    render a few frames, write FILE as PNG and exit\n"
         "  --frames N           frames to render before the screenshot (default 4)\n";
}

ClientOptions parse_client_options(int argc, char** argv, const std::string& title) {
  ClientOptions options;
  options.window.title = title;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--server") {
      options.server = value();
    } else if (arg == "--token") {
      options.token = value();
    } else if (arg == "--now") {
      const std::string text = value();
      options.now = parse_iso8601(text);
      if (!options.now)
        throw std::invalid_argument("--now expects e.g. 2026-11-24T10:00:00+05:00, got \"" + text + "\"");
    } else if (arg == "--windowed") {
      options.window.fullscreen = false;
    } else if (arg == "--size") {
      const std::string text = value();
      const auto x = text.find('x');
      if (x == std::string::npos) throw std::invalid_argument("--size expects WxH, e.g. 1080x1920");
      options.window.width = parse_positive(text.substr(0, x), "--size");
      options.window.height = parse_positive(text.substr(x + 1), "--size");
    } else if (arg == "--screenshot") {
      options.window.screenshot = value();
    } else if (arg == "--frames") {
      options.window.screenshot_frames = parse_positive(value(), "--frames");
    } else {
      options.extra.push_back(arg);
    }
  }
  return options;
}

}  // namespace kezek::gui
