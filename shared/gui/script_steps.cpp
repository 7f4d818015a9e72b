#include "shared/gui/script_steps.hpp"

#include <GLFW/glfw3.h>

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

namespace kezek::gui {
namespace {

using Kind = ScriptStep::Kind;

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return std::string(s.substr(first, last - first + 1));
}

// What each verb is, and what its argument must be.
enum class Arg { none, word, text, seconds, key };

struct Verb {
  Kind kind;
  Arg arg;
};

const std::map<std::string, Verb, std::less<>>& verbs() {
  static const std::map<std::string, Verb, std::less<>> table = {
      {"tap", {Kind::tap, Arg::word}},
      {"type", {Kind::type, Arg::text}},
      {"key", {Kind::key, Arg::key}},
      {"wait_idle", {Kind::wait_idle, Arg::none}},
      {"expect_screen", {Kind::expect_screen, Arg::word}},
      {"expect_text", {Kind::expect_text, Arg::text}},
      {"expect_enabled", {Kind::expect_enabled, Arg::word}},
      {"expect_disabled", {Kind::expect_disabled, Arg::word}},
      {"expect_absent", {Kind::expect_absent, Arg::word}},
      {"patience", {Kind::patience, Arg::seconds}},
      {"wait", {Kind::wait, Arg::seconds}},
      {"screenshot", {Kind::screenshot, Arg::text}},
      {"quit", {Kind::quit, Arg::none}},
  };
  return table;
}

// The GLFW key for a key name; 0 when there is none.
int key_code(std::string_view name) {
  if (name == "enter") return GLFW_KEY_ENTER;
  if (name == "backspace") return GLFW_KEY_BACKSPACE;
  if (name == "escape") return GLFW_KEY_ESCAPE;
  if (name == "tab") return GLFW_KEY_TAB;
  if (name.size() >= 2 && (name[0] == 'F' || name[0] == 'f')) {
    int n = 0;
    const auto [end, ec] = std::from_chars(name.data() + 1, name.data() + name.size(), n);
    if (ec == std::errc() && end == name.data() + name.size() && n >= 1 && n <= 12) return GLFW_KEY_F1 + n - 1;
  }
  return 0;
}

bool read_seconds(std::string_view text, double& seconds) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  return ec == std::errc() && end == text.data() + text.size() && seconds >= 0;
}

}  // namespace

std::string where(const Script& script, const ScriptStep& step) {
  return script.file.string() + ":" + std::to_string(step.line);
}

Script parse_script(std::string_view text, const std::filesystem::path& file) {
  Script script;
  script.file = file;
  std::istringstream lines{std::string(text)};
  std::string raw;
  int number = 0;
  while (std::getline(lines, raw)) {
    ++number;
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      return ScriptError(file.string() + ":" + std::to_string(number) + ": " + why);
    };
    const auto space = line.find_first_of(" \t");
    const std::string verb = line.substr(0, space);
    const std::string arg = space == std::string::npos ? std::string() : trim(line.substr(space + 1));
    const auto found = verbs().find(verb);
    if (found == verbs().end()) throw fail("unknown step \"" + verb + "\"");
    ScriptStep step;
    step.kind = found->second.kind;
    step.arg = arg;
    step.line = number;
    switch (found->second.arg) {
      case Arg::none:
        if (!arg.empty()) throw fail(verb + " takes nothing after it, got \"" + arg + "\"");
        break;
      case Arg::word:
        if (arg.empty() || arg.find_first_of(" \t") != std::string::npos)
          throw fail(verb + " takes one id or name, got \"" + arg + "\"");
        break;
      case Arg::text:
        if (arg.empty()) throw fail(verb + " needs an argument");
        break;
      case Arg::seconds:
        if (!read_seconds(arg, step.seconds)) throw fail(verb + " takes seconds, got \"" + arg + "\"");
        break;
      case Arg::key:
        step.key = key_code(arg);
        if (step.key == 0) throw fail("key takes enter, backspace, escape, tab or F1 to F12, got \"" + arg + "\"");
        break;
    }
    script.steps.push_back(std::move(step));
  }
  return script;
}

Script load_script(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw ScriptError(file.string() + ": cannot read the script");
  std::stringstream text;
  text << in.rdbuf();
  return parse_script(text.str(), file);
}

}  // namespace kezek::gui
