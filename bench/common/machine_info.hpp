#pragma once
// What machine a benchmark ran on, for the report: CPU count and model, kernel,
// the disk and file system under the data folder, and the date.
#include <chrono>
#include <filesystem>
#include <string>

namespace kezek::bench {

struct MachineInfo {
  unsigned cpus = 0;      // online CPUs (nproc)
  std::string cpu_model;  // /proc/cpuinfo "model name"
  std::string kernel;     // uname -sr
  std::string disk;       // e.g. "vda (virtio, rotational=1), ext4 on /"
  std::string date_utc;   // 2026-01-01 12:00 UTC
};

MachineInfo describe_machine(const std::filesystem::path& data_folder);

// The share of all CPUs busy (0..1) over `over`, from /proc/stat: taken just
// before a measurement, it shows whether something else (another build) was
// using the machine.
double cpu_busy_share(std::chrono::milliseconds over);
// Waits up to `limit` for a `sample` in which at most `threshold` of the CPUs
// were busy; returns the last sample's share.
double wait_for_quiet(std::chrono::seconds limit, std::chrono::milliseconds sample, double threshold = 0.15);
// One line: "2 CPUs (AMD EPYC), Linux 6.1, disk vda ..., 2026-01-01 12:00 UTC".
std::string to_string(const MachineInfo& info);

}  // namespace kezek::bench
