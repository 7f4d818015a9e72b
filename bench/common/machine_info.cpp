// describe_machine: /proc and /sys, read as text.
#include "bench/common/machine_info.hpp"

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

namespace kezek::bench {
namespace {

std::string first_line(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.pop_back();
  return line;
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      const auto colon = line.find(':');
      if (colon != std::string::npos) return line.substr(colon + 2);
    }
  }
  return "unknown";
}

// The mount (device, mount point, type) with the longest mount point that holds `path`.
std::string file_system_of(const std::filesystem::path& path) {
  std::ifstream in("/proc/mounts");
  std::string device, point, type, rest, best;
  std::size_t best_length = 0;
  const std::string p = std::filesystem::weakly_canonical(path).string();
  while (in >> device >> point >> type && std::getline(in, rest)) {
    if (p.rfind(point, 0) == 0 && point.size() >= best_length) {
      best_length = point.size();
      best = type + " on " + point;
    }
  }
  return best.empty() ? "unknown file system" : best;
}

std::string disk_of(const std::filesystem::path& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "unknown disk";
  const std::filesystem::path sys =
      "/sys/dev/block/" + std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
  std::error_code ec;
  std::filesystem::path device = std::filesystem::canonical(sys, ec);
  if (ec) return "device " + std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
  // A partition's queue/ lives in its parent disk.
  if (!std::filesystem::exists(device / "queue")) device = device.parent_path();
  std::string text = device.filename().string();
  const std::string model = first_line(device / "device" / "model");
  const std::string rotational = first_line(device / "queue" / "rotational");
  text += " (";
  if (!model.empty()) text += model + ", ";
  text += "rotational=" + (rotational.empty() ? std::string("?") : rotational) + ")";
  return text;
}

// (busy, total) jiffies of all CPUs.
std::pair<unsigned long long, unsigned long long> cpu_jiffies() {
  std::ifstream in("/proc/stat");
  std::string cpu;
  unsigned long long v[8] = {};
  in >> cpu;
  for (auto& x : v) in >> x;
  const unsigned long long idle = v[3] + v[4];
  unsigned long long total = 0;
  for (auto x : v) total += x;
  return {total - idle, total};
}

}  // namespace

double cpu_busy_share(std::chrono::milliseconds over) {
  const auto [busy0, total0] = cpu_jiffies();
  std::this_thread::sleep_for(over);
  const auto [busy1, total1] = cpu_jiffies();
  return total1 > total0 ? static_cast<double>(busy1 - busy0) / static_cast<double>(total1 - total0) : 0;
}

double wait_for_quiet(std::chrono::seconds limit, std::chrono::milliseconds sample, double threshold) {
  const auto until = std::chrono::steady_clock::now() + limit;
  double share = cpu_busy_share(sample);
  while (share > threshold && std::chrono::steady_clock::now() < until) share = cpu_busy_share(sample);
  return share;
}

MachineInfo describe_machine(const std::filesystem::path& data_folder) {
  MachineInfo info;
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  info.cpus = online > 0 ? static_cast<unsigned>(online) : 0;
  info.cpu_model = cpu_model();
  utsname u{};
  if (uname(&u) == 0) info.kernel = std::string(u.sysname) + " " + u.release;
  info.disk = disk_of(data_folder) + ", " + file_system_of(data_folder);
  const std::time_t now = std::time(nullptr);
  char date[64];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  info.date_utc = date;
  return info;
}

std::string to_string(const MachineInfo& info) {
  std::ostringstream out;
  out << info.cpus << " CPUs (" << info.cpu_model << "), " << info.kernel << ", disk " << info.disk << ", "
      << info.date_utc;
  return out.str();
}

}  // namespace kezek::bench
