// run_display: what kezek-display does between main() and exit — the options,
// the config file, the window and the app (see main.cpp for the program itself).
#include "display/display_program.hpp"

#include <cstdio>

#include "display/display_app.hpp"
#include "display/speak_to_wav.hpp"
#include "shared/gui/config_file.hpp"

namespace kezek::display {

int run_display(int argc, char** argv) {
  const std::string title = "Kezek — Wall display";
  gui::ClientOptions options = gui::parse_client_options(argc, argv, title);
  DisplaySetup setup;
  setup.args = parse_display_args(options.extra);
  if (setup.args.help) {
    std::printf("usage: kezek-display [options]\n%s%s", gui::client_options_usage().c_str(), display_usage().c_str());
    return 0;
  }
  // A file that cannot be used stops the display (gui::ConfigFileError, exit 2),
  // as it stops the kiosk and the console.
  if (setup.args.config) setup.config = load_display_config(*setup.args.config);
  if (setup.args.mute) setup.config.mute = true;
  if (setup.args.speak_to_wav) {
    std::vector<CallToSpeak> calls = setup.args.calls;
    if (calls.empty()) calls.push_back({"W-017", 3});
    return speak_to_wav(*setup.args.speak_to_wav, calls, setup.config.languages);
  }
  // The command line wins over the file.
  setup.server = gui::given_on_command_line(argc, argv, "--server") ? options.server
                                                                    : setup.config.server.value_or(options.server);
  setup.token =
      gui::given_on_command_line(argc, argv, "--token") ? options.token : setup.config.token.value_or(options.token);

  gui::ClientShell shell(std::move(options));
  // The call's flash is a 1 Hz pulse: 30 frames a second keep it smooth and
  // halve what it costs a wall PC that draws without a GPU.
  shell.window().cap_frame_rate(30);
  DisplayApp app(shell, std::move(setup));
  return app.run();
}

}  // namespace kezek::display
