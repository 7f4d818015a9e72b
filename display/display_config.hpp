#pragma once
// The wall display's own settings: the JSON file given with --config and the
// command-line options only the display has (the shared ones are parsed by
// ClientShell).
//
//   {"server": "127.0.0.1:8080", "token": "...", "languages": ["kk", "ru", "en"],
//    "mute": false, "audio_device": "default",
//    "notices": [{"en": "...", "ru": "...", "kk": "..."}]}
//
// Every member is optional. Languages say which announcements are spoken and in
// what order; the notices run in the ticker after the Centre's hours (the
// display's own defaults when the file gives none).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/lang.hpp"

namespace kezek::display {

using catalog::Lang;

// One text in the three languages.
struct Trilingual {
  std::string en, ru, kk;
  const std::string& in(Lang lang) const;
};

struct DisplayConfig {
  std::optional<std::string> server;
  std::optional<std::string> token;
  std::vector<Lang> languages{Lang::kk, Lang::ru, Lang::en};
  bool mute = false;
  std::string audio_device = "default";
  std::vector<Trilingual> notices;  // empty: the defaults
};

// Throws gui::ConfigFileError naming the file, the member at fault and why.
DisplayConfig load_display_config(const std::filesystem::path& file);

// A call to announce in --speak-to-wav mode: "W-017@3".
struct CallToSpeak {
  std::string number;
  int counter = 0;
};

struct DisplayArgs {
  std::optional<std::filesystem::path> config;
  std::optional<std::filesystem::path> demo_state;    // a board snapshot to show, no server
  std::optional<std::filesystem::path> trace;         // frame-numbered log of events and draws
  std::optional<std::filesystem::path> speak_to_wav;  // render announcements to this WAV and exit
  std::vector<CallToSpeak> calls;                     // for --speak-to-wav
  std::optional<std::string> exit_after_call;         // quit once this number has been drawn
  std::optional<Lang> lang;                           // pin the rotating language (screenshots)
  bool mute = false;
  bool help = false;
};

// Parses what ClientShell left over. Throws std::invalid_argument with a
// readable message for anything unknown or malformed.
DisplayArgs parse_display_args(const std::vector<std::string>& extra);

std::string display_usage();

}  // namespace kezek::display
