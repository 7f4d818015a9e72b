#include "shared/gui/client_options.hpp"

#include <charconv>
#include <stdexcept>

#include "shared/cli/option_reader.hpp"

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
         "  --time-scale X       the clock runs X times faster, 1 to 3600 (as the server's --time-scale)\n"
         "  --windowed           a window instead of full screen\n"
         "  --size WxH           window size (default 1920x1080)\n"
         "  --screenshot FILE    render a few frames, write FILE as PNG and exit\n"
         "  --frames N           frames to render before the screenshot (default 4)\n";
}

ClientOptions parse_client_options(int argc, char** argv, const std::string& title) {
  ClientOptions options;
  options.window.title = title;
  // No usage here: --help, like every option of the program's own, goes on
  // to `extra` for the program to answer.
  for (cli::OptionReader args(argc, argv, ""); args.next();) {
    if (args.is("--server")) {
      options.server = args.value();
    } else if (args.is("--token")) {
      options.token = args.value();
    } else if (args.is("--now")) {
      const std::string text = args.value();
      options.now = parse_iso8601(text);
      if (!options.now) args.expected("e.g. 2026-11-24T10:00:00+05:00", text);
    } else if (args.is("--time-scale")) {
      options.time_scale = args.number_between(1, kMaxTimeScale);
    } else if (args.is("--windowed")) {
      options.window.fullscreen = false;
    } else if (args.is("--size")) {
      const std::string text = args.value();
      const auto x = text.find('x');
      if (x == std::string::npos) args.expected("WxH, e.g. 1080x1920", text);
      options.window.width = parse_positive(text.substr(0, x), "--size");
      options.window.height = parse_positive(text.substr(x + 1), "--size");
    } else if (args.is("--screenshot")) {
      options.window.screenshot = args.value();
    } else if (args.is("--frames")) {
      options.window.screenshot_frames = args.integer_between(1, 100'000);
    } else {
      options.extra.push_back(args.flag());
    }
  }
  return options;
}

}  // namespace kezek::gui
