// The config file rules all three programs share (shared/gui/config_file.hpp)
// and each program's own reading of it: a bad file is a ConfigFileError that
// names the file, the member and the problem.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "display/display_config.hpp"
#include "shared/gui/config_file.hpp"

namespace kezek_clients_client_config {

namespace {

namespace fs = std::filesystem;

fs::path write(const std::string& name, const std::string& text) {
  const fs::path file = fs::temp_directory_path() / ("kezek-clients-" + name);
  std::ofstream(file) << text;
  return file;
}

std::string problem_with(const fs::path& file) {
  try {
    kezek::display::load_display_config(file);
  } catch (const kezek::gui::ConfigFileError& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("client config: an unreadable, non-JSON or non-object file is named with its problem") {
  CHECK(problem_with("/nonexistent/display.json") == "config file /nonexistent/display.json: cannot be read");
  const fs::path broken = write("broken.json", "{\"mute\": ");
  CHECK(problem_with(broken).find("is not valid JSON") != std::string::npos);
  const fs::path list = write("list.json", "[1]");
  CHECK(problem_with(list) == "config file " + list.string() + ": must hold a JSON object");
}

TEST_CASE("client config: a bad member is named with what it must be") {
  const fs::path file = write("bad-mute.json", R"({"mute": "yes"})");
  CHECK(problem_with(file) == "config file " + file.string() + ": \"mute\" must be true or false");
  const fs::path unknown = write("unknown.json", R"({"volume": 3})");
  CHECK(problem_with(unknown).find("\"volume\" is not a setting") != std::string::npos);
}

}  // namespace kezek_clients_client_config
