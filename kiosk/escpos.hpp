#pragma once
// ESC/POS, the command language of receipt printers (Epson TM series and the
// many that copy it), for a Receipt: initialise, centre, the number in large
// type, the service and wait as text, the QR code printed by the printer itself
// (GS ( k, model 2), feed and cut.
//
// Printers carry no Kazakh code page worth trusting (KZ-1048 is rare, CP866
// lacks ә ғ қ ң ө ұ ү һ і), so any line that is not plain ASCII is sent as a
// raster image (GS v 0) drawn by a TextRasteriser with our own fonts; ASCII
// lines (the number, the link) stay text, which prints crisper and faster.
//
// Pure: bytes in memory, no I/O.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/receipt.hpp"

namespace kezek::kiosk {

// One bit per dot, rows top to bottom, each row ceil(width / 8) bytes, most
// significant bit leftmost; 1 = black.
struct MonoBitmap {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> bits;
  int stride() const { return (width + 7) / 8; }
};

// Draws `text` (wrapped to at most `max_width` dots) for the printer.
using TextRasteriser = std::function<MonoBitmap(const std::string& text, ReceiptSize size, bool bold, int max_width)>;

struct EscPosOptions {
  int paper_dots = 576;  // 80 mm paper at 203 dpi
  int qr_module_dots = 6;
};

// The command bytes of the printer's protocol used here, named.
namespace escpos {
inline constexpr std::uint8_t ESC = 0x1B, GS = 0x1D, LF = 0x0A;
inline const std::vector<std::uint8_t> kInit{ESC, '@'};
inline const std::vector<std::uint8_t> kAlignCentre{ESC, 'a', 1};
inline const std::vector<std::uint8_t> kCut{GS, 'V', 66, 3};             // feed 3 lines, then a partial cut
std::vector<std::uint8_t> char_size(int width_times, int height_times);  // GS ! n, 1..8 each
std::vector<std::uint8_t> bold(bool on);                                 // ESC E n
// The whole QR sequence: model 2, module size, error correction M, store, print.
std::vector<std::uint8_t> qr_code(std::string_view data, int module_dots);
// GS v 0: a raster image, in bands a printer's buffer can take.
std::vector<std::uint8_t> raster(const MonoBitmap& image);
}  // namespace escpos

// True when every byte is printable ASCII (0x20..0x7E): the printer's own font
// can print it.
bool plain_ascii(std::string_view text);

std::vector<std::uint8_t> encode_escpos(const Receipt& receipt, const TextRasteriser& rasterise,
                                        const EscPosOptions& options = {});

}  // namespace kezek::kiosk
