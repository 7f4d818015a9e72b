#pragma once
// Reading the first line a child process writes to a pipe — the server's
// "listening on" line, Xvfb's display number — without waiting forever for a
// child that hangs.
#include <chrono>
#include <string>

namespace kezek::bench {

// Reads from `fd` until a newline, end of file or `limit`; returns what came
// (with the newline, when one came). Does not close `fd`.
std::string read_first_line(int fd, std::chrono::milliseconds limit);

}  // namespace kezek::bench
