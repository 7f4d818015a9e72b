#include "staff/staff_options.hpp"

#include <charconv>
#include <stdexcept>

#include "shared/cli/option_reader.hpp"
#include "shared/gui/config_file.hpp"

namespace kezek::staff {

namespace {

void read_config(const std::filesystem::path& file, StaffOptions& o, bool server_given, bool token_given,
                 bool lang_given) {
  for (const auto& [key, value] : gui::read_config_object(file)) {
    const std::string name(key);
    if (key == "server" || key == "token" || key == "lang") {
      if (!value.is_string()) throw gui::ConfigFileError(file, name, "must be a string");
      const std::string s(value.as_string());
      if (key == "server" && !server_given) o.server = s;
      if (key == "token" && !token_given) o.token = s;
      if (key == "lang") {
        auto lang = catalog::parse_lang(s);
        if (!lang) throw gui::ConfigFileError(file, name, "must be \"en\", \"ru\" or \"kk\"");
        if (!lang_given) o.lang = *lang;
      }
    } else if (key == "counter") {
      if (!value.is_int64() || value.as_int64() < 1 || value.as_int64() > 99)
        throw gui::ConfigFileError(file, name, "must be a number from 1 to 99");
      if (!o.counter) o.counter = static_cast<int>(value.as_int64());
    } else if (key == "supervisor") {
      if (!value.is_bool()) throw gui::ConfigFileError(file, name, "must be true or false");
      o.supervisor = o.supervisor || value.as_bool();
    } else {
      throw gui::ConfigFileError(file, name, "is not a setting (known: server, token, counter, supervisor, lang)");
    }
  }
}

}  // namespace

std::string staff_usage() {
  return "  --counter N          the counter this console serves (1..99)\n"
         "  --config FILE        JSON {\"server\", \"token\", \"counter\", \"supervisor\", \"lang\"}\n"
         "  --supervisor         show every counter and the day's figures (the admin token)\n"
         "  --lang en|ru|kk      the language at start\n"
         "  --script FILE        run the steps in FILE (see shared/gui/script_steps.hpp)\n"
         "  --export-dir DIR     where Export CSV writes (default: .)\n";
}

StaffOptions read_staff_options(const gui::ClientOptions& client, int argc, char** argv) {
  StaffOptions o;
  o.server = client.server;
  o.token = client.token;
  std::optional<std::filesystem::path> config;
  // A bad option is shown on the console's screen, not thrown: the problem
  // line is the reader's message.
  try {
    for (cli::OptionReader args(client.extra, ""); args.next();) {
      if (args.is("--counter")) {
        o.counter = args.integer_between(1, 99);
      } else if (args.is("--config")) {
        config = args.value();
      } else if (args.is("--supervisor")) {
        o.supervisor = true;
      } else if (args.is("--lang")) {
        const std::string code = args.value();
        const auto lang = catalog::parse_lang(code);
        if (!lang) args.expected("en, ru or kk", code);
        o.lang = *lang;
      } else if (args.is("--script")) {
        o.script = args.value();
      } else if (args.is("--export-dir")) {
        o.export_dir = args.value();
      } else {
        args.reject();
      }
    }
  } catch (const std::invalid_argument& e) {
    o.problem = e.what();
  }
  // A bad file is not a screen's problem: it stops the console (ConfigFileError, exit 2).
  if (o.problem.empty() && config)
    read_config(*config, o, gui::given_on_command_line(argc, argv, "--server"),
                gui::given_on_command_line(argc, argv, "--token"), gui::given_on_command_line(argc, argv, "--lang"));
  return o;
}

}  // namespace kezek::staff
