#include "display/display_config.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <stdexcept>

#include "shared/gui/config_file.hpp"

namespace kezek::display {

namespace json = boost::json;

namespace {

[[noreturn]] void fail(const std::filesystem::path& file, std::string_view key, const std::string& problem) {
  throw gui::ConfigFileError(file, std::string(key), problem);
}

std::string text_member(const json::object& o, std::string_view key, const std::filesystem::path& file,
                        const std::string& where) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_string() || v->get_string().empty())
    fail(file, "notices", where + " needs a non-empty \"" + std::string(key) + "\" text");
  return std::string(v->get_string());
}

}  // namespace

const std::string& Trilingual::in(Lang lang) const {
  switch (lang) {
    case Lang::en: return en;
    case Lang::ru: return ru;
    case Lang::kk: return kk;
  }
  return en;
}

DisplayConfig load_display_config(const std::filesystem::path& file) {
  DisplayConfig config;
  for (const auto& [key, value] : gui::read_config_object(file)) {
    if (key == "server" || key == "token" || key == "audio_device") {
      if (!value.is_string() || value.get_string().empty()) fail(file, key, "must be a non-empty text");
      const std::string s(value.get_string());
      if (key == "server")
        config.server = s;
      else if (key == "token")
        config.token = s;
      else
        config.audio_device = s;
    } else if (key == "mute") {
      if (!value.is_bool()) fail(file, key, "must be true or false");
      config.mute = value.get_bool();
    } else if (key == "languages") {
      if (!value.is_array()) fail(file, key, "must be a list such as [\"kk\", \"ru\", \"en\"]");
      config.languages.clear();
      for (const json::value& l : value.get_array()) {
        const auto lang = l.is_string() ? catalog::parse_lang(l.get_string()) : std::nullopt;
        if (!lang) fail(file, key, "may hold only \"en\", \"ru\" and \"kk\"");
        config.languages.push_back(*lang);
      }
    } else if (key == "notices") {
      if (!value.is_array()) fail(file, key, "must be a list of {\"en\", \"ru\", \"kk\"} objects");
      int n = 0;
      for (const json::value& item : value.get_array()) {
        const std::string where = "notice " + std::to_string(++n);
        if (!item.is_object()) fail(file, key, where + " must be an object with \"en\", \"ru\" and \"kk\"");
        const json::object& o = item.get_object();
        config.notices.push_back(Trilingual{text_member(o, "en", file, where), text_member(o, "ru", file, where),
                                            text_member(o, "kk", file, where)});
      }
    } else {
      fail(file, key, "is not a setting (known: server, token, languages, mute, audio_device, notices)");
    }
  }
  return config;
}

std::string display_usage() {
  return "  --config FILE        the display's settings (JSON: server, token, languages, mute, notices)\n"
         "  --mute               show calls without speaking them\n"
         "  --demo-state FILE    show this board snapshot (JSON) instead of the server's\n"
         "  --lang en|ru|kk      hold the rotating texts in one language (screenshots)\n"
         "  --trace FILE         log events and the frames that drew them\n"
         "  --exit-after-call N  quit once ticket N has been drawn as the newest call (tests)\n"
         "  --speak-to-wav FILE  render announcements to a WAV file and exit (no window)\n"
         "  --call NUMBER@N      a call for --speak-to-wav, e.g. W-017@3 (repeatable)\n";
}

DisplayArgs parse_display_args(const std::vector<std::string>& extra) {
  DisplayArgs args;
  for (std::size_t i = 0; i < extra.size(); ++i) {
    const std::string& arg = extra[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= extra.size()) throw std::invalid_argument(arg + " needs a value");
      return extra[++i];
    };
    if (arg == "--config") {
      args.config = value();
    } else if (arg == "--demo-state") {
      args.demo_state = value();
    } else if (arg == "--trace") {
      args.trace = value();
    } else if (arg == "--speak-to-wav") {
      args.speak_to_wav = value();
    } else if (arg == "--exit-after-call") {
      args.exit_after_call = value();
    } else if (arg == "--mute") {
      args.mute = true;
    } else if (arg == "--lang") {
      const std::string& text = value();
      args.lang = catalog::parse_lang(text);
      if (!args.lang) throw std::invalid_argument("--lang expects en, ru or kk, got \"" + text + "\"");
    } else if (arg == "--call") {
      const std::string& text = value();
      const auto at = text.find('@');
      int counter = 0;
      const char* first = at == std::string::npos ? nullptr : text.data() + at + 1;
      const char* last = text.data() + text.size();
      const bool ok = at != std::string::npos && at > 0 && first != last &&
                      std::from_chars(first, last, counter).ptr == last && counter > 0;
      if (!ok) throw std::invalid_argument("--call expects NUMBER@COUNTER, e.g. W-017@3, got \"" + text + "\"");
      args.calls.push_back(CallToSpeak{text.substr(0, at), counter});
    } else if (arg == "--help" || arg == "-h") {
      args.help = true;
    } else {
      throw std::invalid_argument("unknown option \"" + arg + "\" (see --help)");
    }
  }
  return args;
}

}  // namespace kezek::display
