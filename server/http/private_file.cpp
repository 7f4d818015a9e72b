#include "server/http/private_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

namespace kezek::http {
namespace {

[[noreturn]] void throw_errno(int error, const std::string& what) {
  throw std::system_error(error, std::generic_category(), what);
}

// Closes on scope exit, so every throw path releases the descriptor.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closing can report a deferred write error, so the writers check it.
  int close() { return ::close(std::exchange(fd_, -1)); }

 private:
  int fd_;
};

void write_all(int fd, std::string_view content, const std::string& what) {
  while (!content.empty()) {
    const ssize_t wrote = ::write(fd, content.data(), content.size());
    if (wrote < 0) {
      if (errno == EINTR) continue;
      throw_errno(errno, "write " + what);
    }
    content.remove_prefix(static_cast<std::size_t>(wrote));
  }
}

// Makes a rename or a creation durable: the directory entry is data too.
void sync_directory(const std::filesystem::path& file) {
  const auto directory = file.has_parent_path() ? file.parent_path() : std::filesystem::path{"."};
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: the data itself is already synced
  ::fsync(fd);
  ::close(fd);
}

void write_synced(Descriptor& fd, std::string_view content, const std::string& name) {
  // fchmod as well: the umask may have taken bits from the 0600 given at creation.
  if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0) throw_errno(errno, "chmod " + name);
  write_all(fd.get(), content, name);
  if (::fsync(fd.get()) != 0) throw_errno(errno, "fsync " + name);
  if (fd.close() != 0) throw_errno(errno, "close " + name);
}

std::string octal_mode(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

}  // namespace

std::optional<std::string> read_private_file(const std::filesystem::path& file) {
  Descriptor fd{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
  if (fd.get() < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw_errno(errno, "open " + file.string());
  }
  struct stat status {};
  if (::fstat(fd.get(), &status) != 0) throw_errno(errno, "stat " + file.string());
  if (!S_ISREG(status.st_mode)) {
    throw std::runtime_error(file.string() + " is not a regular file");
  }
  if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw std::runtime_error(file.string() + " has mode " + octal_mode(status.st_mode) +
                             ", so other users may read it; it holds access tokens and must be "
                             "private to its owner. Run: chmod 600 " +
                             file.string());
  }
  std::string content;
  std::vector<char> chunk(4096);
  for (;;) {
    const ssize_t got = ::read(fd.get(), chunk.data(), chunk.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      throw_errno(errno, "read " + file.string());
    }
    if (got == 0) break;
    content.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return content;
}

bool create_private_file(const std::filesystem::path& file, std::string_view content) {
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  Descriptor fd{::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR)};
  if (fd.get() < 0) {
    if (errno == EEXIST) return false;
    throw_errno(errno, "create " + file.string());
  }
  try {
    write_synced(fd, content, file.string());
  } catch (...) {  // not swallowed: the partial file goes, the error propagates
    ::unlink(file.c_str());
    throw;
  }
  sync_directory(file);
  return true;
}

void replace_private_file(const std::filesystem::path& file, std::string_view content) {
  std::string temp = file.string() + ".XXXXXX";
  Descriptor fd{::mkstemp(temp.data())};  // mkstemp creates with mode 0600
  if (fd.get() < 0) throw_errno(errno, "create a temporary file beside " + file.string());
  try {
    write_synced(fd, content, temp);
    if (::rename(temp.c_str(), file.c_str()) != 0) throw_errno(errno, "rename to " + file.string());
  } catch (...) {  // not swallowed: the temporary goes, the error propagates
    ::unlink(temp.c_str());
    throw;
  }
  sync_directory(file);
}

}  // namespace kezek::http
