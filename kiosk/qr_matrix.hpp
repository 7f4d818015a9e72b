#pragma once
// A QR code as a square of dark and light modules (libqrencode), for the
// ticket screen and the PNG of the printed ticket. The printer draws its own
// from the ESC/POS command; this is the same content.
//
// Threading: a free function over values; libqrencode is built thread-safe.

#include <optional>
#include <string_view>
#include <vector>

namespace kezek::kiosk {

struct QrMatrix {
  int size = 0;            // modules per side, without the quiet zone
  std::vector<bool> dark;  // row by row
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Error correction M, like the printed one; nullopt if the text cannot be encoded.
std::optional<QrMatrix> make_qr(std::string_view text);

}  // namespace kezek::kiosk
