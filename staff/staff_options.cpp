#include "staff/staff_options.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <fstream>
#include <sstream>

namespace kezek::staff {

namespace json = boost::json;

namespace {

bool given(int argc, char** argv, std::string_view option) {
  for (int i = 1; i < argc; ++i)
    if (option == argv[i]) return true;
  return false;
}

std::optional<int> parse_counter(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 99) return std::nullopt;
  return value;
}

// Reads FILE into `o`; returns a problem line, or "" when all is well.
std::string read_config(const std::filesystem::path& file, StaffOptions& o, bool server_given, bool token_given,
                        bool lang_given) {
  std::ifstream in(file);
  if (!in) return "--config: cannot read " + file.string();
  std::stringstream text;
  text << in.rdbuf();
  json::error_code ec;
  const json::value doc = json::parse(text.str(), ec);
  if (ec || !doc.is_object()) return "--config " + file.string() + ": not a JSON object";
  for (const auto& [key, value] : doc.as_object()) {
    const std::string where = "--config " + file.string() + ": \"" + std::string(key) + "\" ";
    if (key == "server" || key == "token" || key == "lang") {
      if (!value.is_string()) return where + "must be a string";
      const std::string s(value.as_string());
      if (key == "server" && !server_given) o.server = s;
      if (key == "token" && !token_given) o.token = s;
      if (key == "lang") {
        auto lang = catalog::parse_lang(s);
        if (!lang) return where + "must be \"en\", \"ru\" or \"kk\"";
        if (!lang_given) o.lang = *lang;
      }
    } else if (key == "counter") {
      if (!value.is_int64() || value.as_int64() < 1 || value.as_int64() > 99) return where + "must be a number from 1 to 99";
      if (!o.counter) o.counter = static_cast<int>(value.as_int64());
    } else if (key == "supervisor") {
      if (!value.is_bool()) return where + "must be true or false";
      o.supervisor = o.supervisor || value.as_bool();
    } else {
      return where + "is not a setting (server, token, counter, supervisor, lang)";
    }
  }
  return {};
}

}  // namespace

std::string staff_usage() {
  return "  --counter N          the counter this console serves (1..99)\n"
         "  --config FILE        JSON {\"server\", \"token\", \"counter\", \"supervisor\", \"lang\"}\n"
         "  --supervisor         show every counter and the day's figures (the admin token)\n"
         "  --lang en|ru|kk      the language at start\n"
         "  --script FILE        run the steps in FILE (see staff/script_driver.hpp)\n"
         "  --export-dir DIR     where Export CSV writes (default: .)\n";
}

StaffOptions read_staff_options(const gui::ClientOptions& client, int argc, char** argv) {
  StaffOptions o;
  o.server = client.server;
  o.token = client.token;
  std::optional<std::filesystem::path> config;
  const auto& extra = client.extra;
  for (std::size_t i = 0; i < extra.size() && o.problem.empty(); ++i) {
    const std::string& arg = extra[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= extra.size()) {
        o.problem = arg + " needs a value";
        return std::nullopt;
      }
      return extra[++i];
    };
    if (arg == "--counter") {
      if (auto v = value()) {
        o.counter = parse_counter(*v);
        if (!o.counter) o.problem = "--counter expects a number from 1 to 99, got \"" + *v + "\"";
      }
    } else if (arg == "--config") {
      if (auto v = value()) config = *v;
    } else if (arg == "--supervisor") {
      o.supervisor = true;
    } else if (arg == "--lang") {
      if (auto v = value()) {
        auto lang = catalog::parse_lang(*v);
        if (lang) o.lang = *lang;
        else o.problem = "--lang expects en, ru or kk, got \"" + *v + "\"";
      }
    } else if (arg == "--script") {
      if (auto v = value()) o.script = *v;
    } else if (arg == "--export-dir") {
      if (auto v = value()) o.export_dir = *v;
    } else {
      o.problem = "unknown option \"" + arg + "\"";
    }
  }
  if (o.problem.empty() && config)
    o.problem = read_config(*config, o, given(argc, argv, "--server"), given(argc, argv, "--token"),
                            given(argc, argv, "--lang"));
  return o;
}

}  // namespace kezek::staff
