#include "shared/gui/config_file.hpp"

#include <boost/json/parse.hpp>

#include <fstream>
#include <sstream>

namespace kezek::gui {

namespace {

std::string describe(const std::filesystem::path& file, const std::string& key, const std::string& problem) {
  std::string line = "config file " + file.string() + ": ";
  if (!key.empty()) line += "\"" + key + "\" ";
  return line + problem;
}

}  // namespace

ConfigFileError::ConfigFileError(const std::filesystem::path& file, const std::string& key, const std::string& problem)
    : std::runtime_error(describe(file, key, problem)) {}

boost::json::object read_config_object(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw ConfigFileError(file, "", "cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  boost::json::value root = boost::json::parse(text.str(), ec);
  if (ec) throw ConfigFileError(file, "", "is not valid JSON (" + ec.message() + ")");
  if (!root.is_object()) throw ConfigFileError(file, "", "must hold a JSON object");
  return std::move(root.as_object());
}

bool given_on_command_line(int argc, char** argv, const std::string& option) {
  for (int i = 1; i < argc; ++i)
    if (option == argv[i]) return true;
  return false;
}

}  // namespace kezek::gui
