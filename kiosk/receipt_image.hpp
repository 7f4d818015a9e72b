#pragma once
// Typesetting for the printed ticket with FreeType and the same fonts as the
// screens (every Kazakh letter included): single lines as printer rasters, and
// the whole Receipt as an image for the PNG preview.
//
// Threading: one thread at a time per instance (it owns a FreeType library);
// the ticket printer's thread owns one.

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "kiosk/escpos.hpp"
#include "kiosk/receipt.hpp"

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;

namespace kezek::kiosk {

// Grey ink: 0 = paper, 255 = full black.
struct InkImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> ink;
  std::uint8_t& at(int x, int y) { return ink[static_cast<std::size_t>(y) * width + x]; }
};

class ReceiptTypesetter {
 public:
  ReceiptTypesetter();  // throws std::runtime_error when no font can be loaded
  ~ReceiptTypesetter();
  ReceiptTypesetter(const ReceiptTypesetter&) = delete;
  ReceiptTypesetter& operator=(const ReceiptTypesetter&) = delete;

  // `text` word-wrapped to `max_width` pixels, each line centred.
  InkImage text(const std::string& text, ReceiptSize size, bool bold, int max_width);
  // The whole ticket on paper `width` pixels wide (QR codes from libqrencode).
  InkImage render(const Receipt& receipt, int width, int qr_module_px);

 private:
  InkImage typeset(const std::string& text, int pixel_size, bool bold, int max_width);

  FT_Library library_ = nullptr;
  FT_Face regular_ = nullptr;
  FT_Face bold_ = nullptr;
};

// Black where the ink is at least half: for the printer's one-bit raster.
MonoBitmap to_mono(const InkImage& image);

// Writes `image` as a greyscale PNG (black ink on white); false when it cannot.
// stb_image_write keeps its flip setting in a process-wide variable, so every
// writer in the kiosk holds `stb_lock` while it sets it and writes.
bool write_png(const InkImage& image, const std::filesystem::path& file, std::mutex& stb_lock);

}  // namespace kezek::kiosk
