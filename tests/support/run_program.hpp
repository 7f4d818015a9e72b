#pragma once
// Runs a program to completion with a time limit, for tests of the real binaries.

#include <chrono>
#include <string>
#include <vector>

namespace kezek::testing {

struct ProgramResult {
  int exit_code = -1;  // -1 when killed for running too long
  std::string output;  // stdout and stderr together
};

ProgramResult run_program(const std::vector<std::string>& argv, std::chrono::seconds limit = std::chrono::seconds(60));

}  // namespace kezek::testing
