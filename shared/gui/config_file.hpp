#pragma once
// The --config FILE every Kezek GUI program takes: a JSON object whose members
// override the defaults and lose to the command line. A file that cannot be
// used is refused the same way by all three programs: ConfigFileError names
// the file, the member and the problem, and client_main() turns it into one
// line on stderr and exit code 2 — a lobby screen running on silently wrong
// settings is worse than one that does not start.
//
// Threading: plain functions and values; any thread.

#include <boost/json/object.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace kezek::gui {

class ConfigFileError : public std::runtime_error {
 public:
  // `key` empty: the file as a whole (unreadable, not JSON, not an object).
  ConfigFileError(const std::filesystem::path& file, const std::string& key, const std::string& problem);
};

// The file's top-level object; throws ConfigFileError when it cannot be read or
// is not a JSON object.
boost::json::object read_config_object(const std::filesystem::path& file);

// Whether OPTION was given on the command line (the command line wins over the file).
bool given_on_command_line(int argc, char** argv, const std::string& option);

}  // namespace kezek::gui
