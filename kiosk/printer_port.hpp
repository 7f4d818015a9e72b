#pragma once
// Where the receipt printer is and how bytes get to it: a device file
// (/dev/usb/lp0), a network printer's raw port (tcp:HOST, port 9100 unless
// given), or a plain file (file:PATH, for tests and for a printer spooled by
// another program). Every wait has a time limit, so a jammed printer can hold
// up the next ticket's print at most that long and never the screen.
//
// Threading: free functions; call them from the printer's thread only.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kezek::kiosk {

struct PrinterTarget {
  enum class Kind { none, device, file, tcp };
  Kind kind = Kind::none;
  std::string path;  // device or file
  std::string host;
  std::string port;  // "9100" by default
  std::string describe() const;
};

// "", "none", "/dev/usb/lp0", "file:/tmp/x.bin", "tcp:10.0.0.5", "tcp:10.0.0.5:9100",
// "10.0.0.5:9100". Throws std::invalid_argument with a readable message otherwise.
PrinterTarget parse_printer_target(const std::string& spec);

// nullopt when every byte was handed to the printer; otherwise why not.
std::optional<std::string> send_to_printer(const PrinterTarget& target, const std::vector<std::uint8_t>& bytes,
                                           std::chrono::milliseconds timeout = std::chrono::seconds(5));

}  // namespace kezek::kiosk
