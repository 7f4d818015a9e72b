// A config file the program cannot use gets the same treatment from all three
// GUI programs: one line naming the file, the member and the problem, and exit
// code 2 — before any window opens (so no display is needed either).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"

namespace kezek_gui_bad_config {

namespace {

namespace fs = std::filesystem;

struct Case {
  const char* program;
  const char* binary;
  const char* member;  // a member each program knows, given a value of the wrong type
};

}  // namespace

TEST_CASE("bad config: kiosk, display and staff console each exit 2 naming the file, the key and the problem") {
  const Case cases[] = {{"kezek-kiosk", KEZEK_KIOSK_BINARY, "server"},
                        {"kezek-display", KEZEK_DISPLAY_BINARY, "server"},
                        {"kezek-staff", KEZEK_STAFF_BINARY, "server"}};
  for (const Case& c : cases) {
    CAPTURE(c.program);
    const fs::path wrong_type = fs::temp_directory_path() / (std::string(c.program) + "-wrong-type.json");
    std::ofstream(wrong_type) << "{\"" << c.member << "\": 8080}";
    const auto typed = kezek::testing::run_program({c.binary, "--config", wrong_type.string(), "--windowed"});
    CHECK(typed.exit_code == 2);
    CHECK(typed.output.find(std::string(c.program) + ": config file " + wrong_type.string() + ": \"" + c.member +
                            "\" must be") != std::string::npos);

    const fs::path unknown = fs::temp_directory_path() / (std::string(c.program) + "-unknown.json");
    std::ofstream(unknown) << R"({"colour": "blue"})";
    const auto unknown_key = kezek::testing::run_program({c.binary, "--config", unknown.string(), "--windowed"});
    CHECK(unknown_key.exit_code == 2);
    CHECK(unknown_key.output.find("\"colour\" is not a setting") != std::string::npos);

    const fs::path broken = fs::temp_directory_path() / (std::string(c.program) + "-broken.json");
    std::ofstream(broken) << "{\"server\": ";
    const auto not_json = kezek::testing::run_program({c.binary, "--config", broken.string(), "--windowed"});
    CHECK(not_json.exit_code == 2);
    CHECK(not_json.output.find(broken.string() + ": is not valid JSON") != std::string::npos);
  }
}

}  // namespace kezek_gui_bad_config
