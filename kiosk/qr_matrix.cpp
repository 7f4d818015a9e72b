#include "kiosk/qr_matrix.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

namespace kezek::kiosk {

std::optional<QrMatrix> make_qr(std::string_view text) {
  const std::string data(text);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                       &QRcode_free);
  if (!code) return std::nullopt;
  QrMatrix matrix;
  matrix.size = code->width;
  matrix.dark.resize(static_cast<std::size_t>(code->width) * code->width);
  for (std::size_t i = 0; i < matrix.dark.size(); ++i) matrix.dark[i] = (code->data[i] & 1) != 0;
  return matrix;
}

}  // namespace kezek::kiosk
