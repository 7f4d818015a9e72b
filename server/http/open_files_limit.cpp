#include "server/http/open_files_limit.hpp"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace kezek::http {

std::string raise_open_files_limit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
    return std::string("open files: cannot read the limit: ") + std::strerror(errno);
  const rlim_t before = limit.rlim_cur;
  if (limit.rlim_cur == limit.rlim_max) return "open files: " + std::to_string(before) + " (already the most allowed)";
  limit.rlim_cur = limit.rlim_max;
  if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
    return "open files: cannot raise " + std::to_string(before) + ": " + std::strerror(errno);
  return "open files: " + std::to_string(before) + " -> " + std::to_string(limit.rlim_cur);
}

}  // namespace kezek::http
