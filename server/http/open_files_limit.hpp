#pragma once
// Every connection is a file descriptor, and Debian's default soft limit (1024) is
// about the server's max_connections: at start-up the server raises its soft limit to
// the hard one (as far as it is allowed, no privilege needed), so a busy day or a
// flood of sockets runs into max_connections and its 503, not into accept() failing.
//
// Threading: call once, from main, before the listener starts.
#include <string>

namespace kezek::http {

// Raises RLIMIT_NOFILE's soft limit to its hard limit. Returns a line for the log
// ("open files: 1024 -> 524288"), or what went wrong; never throws.
std::string raise_open_files_limit();

}  // namespace kezek::http
