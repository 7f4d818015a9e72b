// cpu_seconds_of and memory_of: /proc/PID/stat and /proc/PID/status as text.
#include "bench/clients/process_usage.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace kezek::bench {

double cpu_seconds_of(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  if (!std::getline(in, text)) return -1;
  // The command name (field 2) is in parentheses and may hold spaces: count
  // fields from the last ')'. Field 3 (the state) comes first; utime and stime
  // are fields 14 and 15.
  const auto close = text.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream fields(text.substr(close + 1));
  std::string field;
  unsigned long long utime = 0, stime = 0;
  for (int n = 3; n <= 15 && fields >> field; ++n) {
    if (n == 14) utime = std::stoull(field);
    if (n == 15) stime = std::stoull(field);
  }
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

namespace {

// The "Key: number" lines of a /proc status file, handed to `use` one by one.
template <typename Use>
bool read_status(const std::string& file, Use use) {
  std::ifstream in(file);
  if (!in) return false;
  std::string line, key;
  long value = 0;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    if (words >> key >> value) use(key, value);
  }
  return true;
}

}  // namespace

Memory memory_of(pid_t pid) {
  Memory m;
  read_status("/proc/" + std::to_string(pid) + "/status", [&](const std::string& key, long value) {
    if (key == "VmRSS:") m.rss_kb = value;
    if (key == "RssAnon:") m.anon_kb = value;
    if (key == "VmHWM:") m.hwm_kb = value;
  });
  return m;
}

long main_thread_switches(pid_t pid) {
  long switches = 0;
  const std::string file = "/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/status";
  const bool read = read_status(file, [&](const std::string& key, long value) {
    if (key == "voluntary_ctxt_switches:" || key == "nonvoluntary_ctxt_switches:") switches += value;
  });
  return read ? switches : -1;
}

}  // namespace kezek::bench
