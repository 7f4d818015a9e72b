#pragma once
// read_first_line lives with the process launcher the tests and bench tools
// share (tests/support/child_process.hpp); this name stays for bench/clients.
#include "tests/support/child_process.hpp"

namespace kezek::bench {

using testing::read_first_line;

}  // namespace kezek::bench
