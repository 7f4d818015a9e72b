#pragma once
// guarded_main: the body of every Kezek program's main(). Runs `body` and
// turns an exception that escapes it into one readable line on stderr,
// "program: what went wrong", and the exit code `failure_code` (1 for the
// server and the GUI programs; the bench tools use 2, as for a usage error).
#include <cstdio>
#include <exception>

namespace kezek::cli {

template <typename Body>
int guarded_main(const char* program, Body&& body, int failure_code = 1) {
  try {
    return body();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", program, e.what());
    return failure_code;
  }
}

}  // namespace kezek::cli
