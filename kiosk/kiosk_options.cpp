#include "kiosk/kiosk_options.hpp"

#include <charconv>
#include <stdexcept>

#include "shared/cli/option_reader.hpp"
#include "shared/gui/config_file.hpp"

namespace kezek::kiosk {
namespace {

int parse_seconds(const std::string& text, const std::string& what) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0)
    throw std::invalid_argument(what + " expects a positive number of seconds, got \"" + text + "\"");
  return value;
}

void read_config(const std::filesystem::path& file, KioskOptions& options, bool server_given, bool token_given,
                 bool printer_given) {
  for (const auto& member : gui::read_config_object(file)) {
    // A plain reference, not a structured binding: clang 14 (the fuzz tree)
    // cannot capture structured bindings in a lambda.
    const boost::json::value& value = member.value();
    const std::string name(member.key());
    auto text_value = [&]() -> std::string {
      if (!value.is_string()) throw gui::ConfigFileError(file, name, "must be a string");
      return std::string(value.as_string());
    };
    if (name == "server") {
      if (!server_given) options.server = text_value();
    } else if (name == "token") {
      if (!token_given) options.token = text_value();
    } else if (name == "printer") {
      if (!printer_given) options.printer = text_value();
    } else if (name == "preview_dir") {
      options.preview_dir = text_value();
    } else if (name == "public_url") {
      options.public_url = text_value();
    } else if (name == "idle_timeout_s") {
      if (!value.is_int64() || value.as_int64() <= 0)
        throw gui::ConfigFileError(file, name, "must be a positive whole number");
      options.idle_timeout = std::chrono::seconds(value.as_int64());
    } else {
      throw gui::ConfigFileError(file, name,
                                 "is not a setting (known: server, token, printer, preview_dir, public_url, "
                                 "idle_timeout_s)");
    }
  }
}

}  // namespace

std::string kiosk_usage() {
  return "  --config FILE        JSON {\"server\", \"token\", \"printer\", \"preview_dir\", \"public_url\"}\n"
         "  --printer SPEC       /dev/usb/lp0, tcp:HOST[:PORT] (9100), file:PATH or none\n"
         "  --preview-dir DIR    where a PNG of each printed ticket is written\n"
         "  --public-url URL     the server's address for visitors' phones (QR code)\n"
         "  --lang en|ru|kk      the language the kiosk starts in\n"
         "  --idle-timeout S     back to the start after S seconds without a touch (default 45)\n"
         "  --screen NAME        draw one screen from canned data, no server (see --screen list)\n"
         "  --script FILE        run the steps in FILE (see shared/gui/script_steps.hpp)\n";
}

KioskOptions resolve_kiosk_options(const gui::ClientOptions& shared, int argc, char** argv) {
  KioskOptions options;
  options.server = shared.server;
  options.token = shared.token;
  options.preview_dir = std::filesystem::temp_directory_path() / "kezek-kiosk-tickets";
  std::optional<std::filesystem::path> config;
  for (cli::OptionReader args(shared.extra,
                              "usage: kezek-kiosk [options]\n" + gui::client_options_usage() + kiosk_usage());
       args.next();) {
    if (args.is("--config")) {
      config = args.value();
    } else if (args.is("--printer")) {
      options.printer = args.value();
    } else if (args.is("--preview-dir")) {
      options.preview_dir = args.value();
    } else if (args.is("--public-url")) {
      options.public_url = args.value();
    } else if (args.is("--lang")) {
      const std::string code = args.value();
      const auto lang = catalog::parse_lang(code);
      if (!lang) args.expected("en, ru or kk", code);
      options.lang = *lang;
    } else if (args.is("--idle-timeout")) {
      options.idle_timeout = std::chrono::seconds(parse_seconds(args.value(), "--idle-timeout"));
    } else if (args.is("--screen")) {
      options.demo_screen = args.value();
    } else if (args.is("--script")) {
      options.script = args.value();
    } else {
      args.reject();
    }
  }
  if (config) {
    read_config(*config, options, gui::given_on_command_line(argc, argv, "--server"),
                gui::given_on_command_line(argc, argv, "--token"), gui::given_on_command_line(argc, argv, "--printer"));
  }
  if (options.public_url.empty()) options.public_url = "http://" + options.server;
  return options;
}

}  // namespace kezek::kiosk
