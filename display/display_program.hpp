#pragma once
// run_display: kezek-display as a function of its command line, so main.cpp is one
// line. Returns the exit code; throws for what client_main() reports (a bad
// option: 1; a bad config file, gui::ConfigFileError: 2).
//
// Threading: the main thread, once.

namespace kezek::display {

int run_display(int argc, char** argv);

}  // namespace kezek::display
