#pragma once
// FaultLog: says a failure on stderr without filling the disk with it. While
// the disk stays full the same failures come back at every batch (twice a
// second, idle or not), so each distinct line is written once a minute at
// most, with how many times it came meanwhile.
//
// Threading: one thread (the engine's).
#include <chrono>
#include <exception>
#include <map>
#include <string>
#include <string_view>

namespace kezek::server {

class FaultLog {
 public:
  // "kezek-server: <what>: <error.what()>"
  void write(std::string_view what, const std::exception& error);

 private:
  struct Seen {
    std::chrono::steady_clock::time_point written;
    int since = 0;  // times it came since it was written
  };
  std::map<std::string, Seen> seen_;
};

}  // namespace kezek::server
