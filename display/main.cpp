// kezek-display: the lobby's wall display. Shows the newest call big, the calls
// before it, the queue per service group, the clock and the Centre's state, fed
// by the server's event WebSocket; announces each call with a chime and speech
// in Kazakh, Russian and English. See display_usage() for the options.
#include <cstdio>
#include <cstring>

#include "display/display_app.hpp"
#include "display/speak_to_wav.hpp"
#include "shared/cli/guarded_main.hpp"

namespace {

using namespace kezek;

bool given(int argc, char** argv, const char* option) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], option) == 0) return true;
  return false;
}

int run(int argc, char** argv) {
  const std::string title = "Kezek — Wall display";
  const gui::ClientOptions options = gui::parse_client_options(argc, argv, title);
  display::DisplaySetup setup;
  setup.args = display::parse_display_args(options.extra);
  if (setup.args.help) {
    std::printf("usage: kezek-display [options]\n%s%s", gui::client_options_usage().c_str(),
                display::display_usage().c_str());
    return 0;
  }
  if (setup.args.config) {
    // A broken file should not leave the hall with a black screen: show why, run on defaults.
    try {
      setup.config = display::load_display_config(*setup.args.config);
    } catch (const std::exception& e) {
      setup.config_problem = e.what();
      std::fprintf(stderr, "kezek-display: %s\n", e.what());
    }
  }
  if (setup.args.mute) setup.config.mute = true;
  if (setup.args.speak_to_wav) {
    if (!setup.config_problem.empty()) return 1;
    std::vector<display::CallToSpeak> calls = setup.args.calls;
    if (calls.empty()) calls.push_back({"W-017", 3});
    return display::speak_to_wav(*setup.args.speak_to_wav, calls, setup.config.languages);
  }
  // The command line wins over the file.
  setup.server = given(argc, argv, "--server") ? options.server : setup.config.server.value_or(options.server);
  setup.token = given(argc, argv, "--token") ? options.token : setup.config.token.value_or(options.token);

  gui::ClientShell shell(argc, argv, title);
  // The call's flash is a 1 Hz pulse: 30 frames a second keep it smooth and
  // halve what it costs a wall PC that draws without a GPU.
  shell.window().cap_frame_rate(30);
  display::DisplayApp app(shell, std::move(setup));
  return app.run();
}

}  // namespace

int main(int argc, char** argv) {
  return kezek::cli::guarded_main("kezek-display", [&] { return run(argc, argv); });
}
