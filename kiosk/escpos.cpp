#include "kiosk/escpos.hpp"

#include <algorithm>

namespace kezek::kiosk {
namespace escpos {

std::vector<std::uint8_t> char_size(int width_times, int height_times) {
  const int w = std::clamp(width_times, 1, 8) - 1;
  const int h = std::clamp(height_times, 1, 8) - 1;
  return {GS, '!', static_cast<std::uint8_t>(w << 4 | h)};
}

std::vector<std::uint8_t> bold(bool on) { return {ESC, 'E', static_cast<std::uint8_t>(on ? 1 : 0)}; }

std::vector<std::uint8_t> qr_code(std::string_view data, int module_dots) {
  // GS ( k pL pH cn fn [params]: cn 49 is the QR symbol, pL/pH count the bytes after them.
  auto function = [](std::vector<std::uint8_t>& out, std::uint8_t fn, std::initializer_list<std::uint8_t> params,
                     std::string_view payload = {}) {
    const std::size_t length = 2 + params.size() + payload.size();
    out.insert(out.end(), {GS, '(', 'k', static_cast<std::uint8_t>(length & 0xFF),
                           static_cast<std::uint8_t>(length >> 8 & 0xFF), 49, fn});
    out.insert(out.end(), params);
    out.insert(out.end(), payload.begin(), payload.end());
  };
  std::vector<std::uint8_t> out;
  function(out, 65, {50, 0});                                                      // model 2
  function(out, 67, {static_cast<std::uint8_t>(std::clamp(module_dots, 1, 16))});  // module size
  function(out, 69, {49});                                                         // error correction M (15 %)
  function(out, 80, {48}, data);                                                   // store the data
  function(out, 81, {48});                                                         // print the symbol
  return out;
}

std::vector<std::uint8_t> raster(const MonoBitmap& image) {
  constexpr int kBand = 256;  // rows per command: within every printer's buffer
  std::vector<std::uint8_t> out;
  const int stride = image.stride();
  for (int top = 0; top < image.height; top += kBand) {
    const int rows = std::min(kBand, image.height - top);
    out.insert(out.end(), {GS, 'v', '0', 0, static_cast<std::uint8_t>(stride & 0xFF),
                           static_cast<std::uint8_t>(stride >> 8 & 0xFF), static_cast<std::uint8_t>(rows & 0xFF),
                           static_cast<std::uint8_t>(rows >> 8 & 0xFF)});
    const auto first = image.bits.begin() + static_cast<std::ptrdiff_t>(top) * stride;
    out.insert(out.end(), first, first + static_cast<std::ptrdiff_t>(rows) * stride);
  }
  return out;
}

}  // namespace escpos

bool plain_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u <= 0x7E;
  });
}

std::vector<std::uint8_t> encode_escpos(const Receipt& receipt, const TextRasteriser& rasterise,
                                        const EscPosOptions& options) {
  using namespace escpos;
  std::vector<std::uint8_t> out;
  auto put = [&out](const std::vector<std::uint8_t>& bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); };
  auto put_text = [&out](std::string_view text) {
    out.insert(out.end(), text.begin(), text.end());
    out.push_back(LF);
  };
  put(kInit);
  put(kAlignCentre);
  for (const ReceiptBlock& block : receipt.blocks) {
    switch (block.kind) {
      case ReceiptBlock::Kind::number:
        put(char_size(4, 4));
        put(bold(true));
        put_text(block.text);
        put(bold(false));
        put(char_size(1, 1));
        break;
      case ReceiptBlock::Kind::text:
        if (plain_ascii(block.text)) {
          const int times = block.size == ReceiptSize::large ? 2 : 1;
          put(char_size(times, times));
          put(bold(block.bold));
          put_text(block.text);
          put(bold(false));
          put(char_size(1, 1));
        } else {
          put(raster(rasterise(block.text, block.size, block.bold, options.paper_dots)));
        }
        break;
      case ReceiptBlock::Kind::qr:
        put(qr_code(block.text, options.qr_module_dots));
        out.push_back(LF);
        break;
      case ReceiptBlock::Kind::rule:
        put_text(std::string(static_cast<std::size_t>(options.paper_dots / 12), '-'));
        break;
    }
  }
  put(kCut);
  return out;
}

}  // namespace kezek::kiosk
