#pragma once
// client_main: the body of each GUI program's main(). Like cli::guarded_main it
// turns an escaping exception into one line "program: what went wrong" on
// stderr, but with the exit code telling the failures apart: 2 for a config
// file that cannot be used (gui::ConfigFileError), 3 for a --script that
// cannot be read or has a bad line (gui::ScriptError, the code of a script
// that fails while it runs), 1 for the rest.
#include <cstdio>
#include <exception>

#include "shared/gui/config_file.hpp"
#include "shared/gui/script_steps.hpp"

namespace kezek::gui {

inline constexpr int kBadConfigExit = 2;

template <typename Body>
int client_main(const char* program, Body&& body) {
  try {
    return body();
  } catch (const ConfigFileError& e) {
    std::fprintf(stderr, "%s: %s\n", program, e.what());
    return kBadConfigExit;
  } catch (const ScriptError& e) {
    std::fprintf(stderr, "%s: %s\n", program, e.what());
    return kScriptFailedExit;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", program, e.what());
    return 1;
  }
}

}  // namespace kezek::gui
