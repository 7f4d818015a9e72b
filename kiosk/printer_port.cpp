#include "kiosk/printer_port.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kezek::kiosk {
namespace {

// Closes a file descriptor on every way out.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string errno_text(const std::string& what) { return what + ": " + std::strerror(errno); }

bool wait_writable(int fd, std::chrono::milliseconds timeout) {
  pollfd p{fd, POLLOUT, 0};
  int ready = 0;
  do {
    ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
  } while (ready < 0 && errno == EINTR);
  return ready > 0 && (p.revents & POLLOUT) != 0;
}

std::optional<std::string> write_all(int fd, const std::vector<std::uint8_t>& bytes, std::chrono::milliseconds timeout,
                                     const std::string& where) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + sent, bytes.size() - sent);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return errno_text("cannot write to " + where);
    if (!wait_writable(fd, timeout))
      return where + " did not take the ticket within " + std::to_string(timeout.count()) + " ms";
  }
  return std::nullopt;
}

std::optional<std::string> send_tcp(const PrinterTarget& target, const std::vector<std::uint8_t>& bytes,
                                    std::chrono::milliseconds timeout) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (const int rc = ::getaddrinfo(target.host.c_str(), target.port.c_str(), &hints, &found); rc != 0) {
    return "cannot find printer " + target.describe() + ": " + ::gai_strerror(rc);
  }
  std::optional<std::string> error = "cannot connect to printer " + target.describe();
  for (addrinfo* a = found; a != nullptr; a = a->ai_next) {
    Fd fd(::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol));
    if (fd.get() < 0) continue;
    if (::connect(fd.get(), a->ai_addr, a->ai_addrlen) != 0 && errno != EINPROGRESS) {
      error = errno_text("cannot connect to printer " + target.describe());
      continue;
    }
    if (!wait_writable(fd.get(), timeout)) {
      error = "printer " + target.describe() + " did not answer";
      continue;
    }
    int so_error = 0;
    socklen_t length = sizeof so_error;
    ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &so_error, &length);
    if (so_error != 0) {
      error = "cannot connect to printer " + target.describe() + ": " + std::strerror(so_error);
      continue;
    }
    error = write_all(fd.get(), bytes, timeout, "printer " + target.describe());
    break;
  }
  ::freeaddrinfo(found);
  return error;
}

}  // namespace

std::string PrinterTarget::describe() const {
  switch (kind) {
    case Kind::none: return "none";
    case Kind::device: return path;
    case Kind::file: return "file:" + path;
    case Kind::tcp: return "tcp:" + host + ":" + port;
  }
  return {};
}

PrinterTarget parse_printer_target(const std::string& spec) {
  PrinterTarget target;
  if (spec.empty() || spec == "none") return target;
  if (spec.rfind("file:", 0) == 0) {
    target.kind = PrinterTarget::Kind::file;
    target.path = spec.substr(5);
    if (target.path.empty()) throw std::invalid_argument("printer \"file:\" needs a path, e.g. file:/tmp/tickets.bin");
    return target;
  }
  if (spec.front() == '/') {
    target.kind = PrinterTarget::Kind::device;
    target.path = spec;
    return target;
  }
  std::string rest = spec;
  for (const char* prefix : {"tcp://", "tcp:"}) {
    if (rest.rfind(prefix, 0) == 0) {
      rest = rest.substr(std::strlen(prefix));
      break;
    }
  }
  target.kind = PrinterTarget::Kind::tcp;
  target.port = "9100";
  const auto colon = rest.rfind(':');
  if (colon != std::string::npos) {
    target.port = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  target.host = rest;
  const bool port_ok = !target.port.empty() && target.port.size() <= 5 &&
                       target.port.find_first_not_of("0123456789") == std::string::npos;
  if (target.host.empty() || !port_ok) {
    throw std::invalid_argument("printer \"" + spec +
                                "\" is not understood: use /dev/usb/lp0, tcp:HOST[:PORT] or file:PATH");
  }
  return target;
}

std::optional<std::string> send_to_printer(const PrinterTarget& target, const std::vector<std::uint8_t>& bytes,
                                           std::chrono::milliseconds timeout) {
  switch (target.kind) {
    case PrinterTarget::Kind::none: return "no printer is configured";
    case PrinterTarget::Kind::tcp: return send_tcp(target, bytes, timeout);
    case PrinterTarget::Kind::device: {
      Fd fd(::open(target.path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
      if (fd.get() < 0) return errno_text("cannot open printer " + target.path);
      return write_all(fd.get(), bytes, timeout, "printer " + target.path);
    }
    case PrinterTarget::Kind::file: {
      Fd fd(::open(target.path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
      if (fd.get() < 0) return errno_text("cannot open " + target.path);
      return write_all(fd.get(), bytes, timeout, target.path);
    }
  }
  return "unknown printer kind";
}

}  // namespace kezek::kiosk
