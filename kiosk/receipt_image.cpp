// Sections: UTF-8 and glyph metrics | typesetting a text | the whole ticket | output.
#include "kiosk/receipt_image.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <stb_image_write.h>  // the implementation is compiled once, in shared/gui/app_window.cpp

#include <algorithm>
#include <stdexcept>

#include "kiosk/qr_matrix.hpp"
#include "shared/gui/fonts.hpp"

namespace kezek::kiosk {
namespace {

// [section] UTF-8 and glyph metrics ------------------------------------------

std::vector<char32_t> decode_utf8(const std::string& text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    int extra = 0;
    char32_t cp = c;
    if (c >= 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else if (c >= 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if (c >= 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    }
    ++i;
    for (int k = 0; k < extra && i < text.size(); ++k, ++i) cp = cp << 6 | (static_cast<unsigned char>(text[i]) & 0x3F);
    out.push_back(cp);
  }
  return out;
}

int advance_of(FT_Face face, char32_t cp) {
  if (FT_Load_Char(face, cp, FT_LOAD_DEFAULT) != 0) return 0;
  return static_cast<int>(face->glyph->advance.x >> 6);
}

int width_of(FT_Face face, const std::vector<char32_t>& line) {
  int w = 0;
  for (char32_t cp : line) w += advance_of(face, cp);
  return w;
}

// Greedy word wrap; a word longer than the line is cut where it must be.
std::vector<std::vector<char32_t>> wrap(FT_Face face, const std::vector<char32_t>& text, int max_width) {
  std::vector<std::vector<char32_t>> lines(1);
  std::vector<char32_t> word;
  auto flush_word = [&] {
    if (word.empty()) return;
    std::vector<char32_t> candidate = lines.back();
    if (!candidate.empty()) candidate.push_back(U' ');
    candidate.insert(candidate.end(), word.begin(), word.end());
    if (width_of(face, candidate) <= max_width || lines.back().empty()) {
      lines.back() = std::move(candidate);
    } else {
      lines.push_back(word);
    }
    while (width_of(face, lines.back()) > max_width && lines.back().size() > 1) {
      std::vector<char32_t> rest;
      while (width_of(face, lines.back()) > max_width && lines.back().size() > 1) {
        rest.insert(rest.begin(), lines.back().back());
        lines.back().pop_back();
      }
      lines.push_back(std::move(rest));
    }
    word.clear();
  };
  for (char32_t cp : text) {
    if (cp == U' ' || cp == U'\n') {
      flush_word();
      if (cp == U'\n') lines.emplace_back();
    } else {
      word.push_back(cp);
    }
  }
  flush_word();
  return lines;
}

int pixel_size(ReceiptSize size) {
  switch (size) {
    case ReceiptSize::small: return 22;
    case ReceiptSize::normal: return 28;
    case ReceiptSize::large: return 44;
  }
  return 28;
}

void paste(InkImage& target, const InkImage& source, int top) {
  const int left = std::max(0, (target.width - source.width) / 2);
  for (int y = 0; y < source.height && top + y < target.height; ++y) {
    for (int x = 0; x < source.width && left + x < target.width; ++x) {
      target.at(left + x, top + y) =
          std::max(target.at(left + x, top + y), source.ink[static_cast<std::size_t>(y) * source.width + x]);
    }
  }
}

}  // namespace

// [section] Typesetting a text -----------------------------------------------

ReceiptTypesetter::ReceiptTypesetter() {
  if (FT_Init_FreeType(&library_) != 0) throw std::runtime_error("cannot start FreeType");
  const std::string regular = gui::find_font_file(false).string();
  const std::string heavy = gui::find_font_file(true).string();
  if (FT_New_Face(library_, regular.c_str(), 0, &regular_) != 0 ||
      FT_New_Face(library_, heavy.c_str(), 0, &bold_) != 0) {
    if (regular_ != nullptr) FT_Done_Face(regular_);
    FT_Done_FreeType(library_);
    throw std::runtime_error("cannot load the ticket font " + regular);
  }
}

ReceiptTypesetter::~ReceiptTypesetter() {
  FT_Done_Face(bold_);
  FT_Done_Face(regular_);
  FT_Done_FreeType(library_);
}

InkImage ReceiptTypesetter::text(const std::string& text, ReceiptSize size, bool bold, int max_width) {
  return typeset(text, pixel_size(size), bold, max_width);
}

InkImage ReceiptTypesetter::typeset(const std::string& text, int px, bool bold, int max_width) {
  FT_Face face = bold ? bold_ : regular_;
  FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
  const int ascender = static_cast<int>(face->size->metrics.ascender >> 6);
  const int line_height = static_cast<int>(face->size->metrics.height >> 6);
  const auto lines = wrap(face, decode_utf8(text), max_width);
  InkImage image;
  image.width = max_width;
  image.height = line_height * static_cast<int>(lines.size());
  image.ink.assign(static_cast<std::size_t>(image.width) * image.height, 0);
  for (std::size_t row = 0; row < lines.size(); ++row) {
    int pen = std::max(0, (max_width - width_of(face, lines[row])) / 2);
    const int baseline = static_cast<int>(row) * line_height + ascender;
    for (char32_t cp : lines[row]) {
      if (FT_Load_Char(face, cp, FT_LOAD_RENDER) != 0) continue;
      const FT_GlyphSlot g = face->glyph;
      for (unsigned y = 0; y < g->bitmap.rows; ++y) {
        for (unsigned x = 0; x < g->bitmap.width; ++x) {
          const int tx = pen + g->bitmap_left + static_cast<int>(x);
          const int ty = baseline - g->bitmap_top + static_cast<int>(y);
          if (tx < 0 || ty < 0 || tx >= image.width || ty >= image.height) continue;
          const std::uint8_t value = g->bitmap.buffer[y * static_cast<unsigned>(g->bitmap.pitch) + x];
          image.at(tx, ty) = std::max(image.at(tx, ty), value);
        }
      }
      pen += static_cast<int>(g->advance.x >> 6);
    }
  }
  return image;
}

// [section] The whole ticket -------------------------------------------------

InkImage ReceiptTypesetter::render(const Receipt& receipt, int width, int qr_module_px) {
  constexpr int kMargin = 24;
  constexpr int kGap = 10;
  std::vector<InkImage> parts;
  for (const ReceiptBlock& block : receipt.blocks) {
    switch (block.kind) {
      case ReceiptBlock::Kind::number: parts.push_back(typeset(block.text, 120, true, width - 2 * kMargin)); break;
      case ReceiptBlock::Kind::text:
        parts.push_back(text(block.text, block.size, block.bold, width - 2 * kMargin));
        break;
      case ReceiptBlock::Kind::rule: {
        InkImage rule{width - 2 * kMargin, 6, {}};
        rule.ink.assign(static_cast<std::size_t>(rule.width) * rule.height, 0);
        for (int x = 0; x < rule.width; ++x) {
          if (x / 8 % 2 == 0) rule.at(x, 2) = rule.at(x, 3) = 255;
        }
        parts.push_back(std::move(rule));
        break;
      }
      case ReceiptBlock::Kind::qr: {
        const auto qr = make_qr(block.text);
        if (!qr) break;
        InkImage code{qr->size * qr_module_px, qr->size * qr_module_px, {}};
        code.ink.assign(static_cast<std::size_t>(code.width) * code.height, 0);
        for (int y = 0; y < code.height; ++y) {
          for (int x = 0; x < code.width; ++x) code.at(x, y) = qr->at(x / qr_module_px, y / qr_module_px) ? 255 : 0;
        }
        parts.push_back(std::move(code));
        break;
      }
    }
  }
  int height = 2 * kMargin;
  for (const InkImage& part : parts) height += part.height + kGap;
  InkImage page{width, height, {}};
  page.ink.assign(static_cast<std::size_t>(width) * height, 0);
  int top = kMargin;
  for (const InkImage& part : parts) {
    paste(page, part, top);
    top += part.height + kGap;
  }
  return page;
}

// [section] Output -------------------------------------------------------------

MonoBitmap to_mono(const InkImage& image) {
  MonoBitmap mono;
  mono.width = image.width;
  mono.height = image.height;
  mono.bits.assign(static_cast<std::size_t>(mono.stride()) * mono.height, 0);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      if (image.ink[static_cast<std::size_t>(y) * image.width + x] >= 128) {
        mono.bits[static_cast<std::size_t>(y) * mono.stride() + x / 8] |= static_cast<std::uint8_t>(0x80 >> (x % 8));
      }
    }
  }
  return mono;
}

bool write_png(const InkImage& image, const std::filesystem::path& file, std::mutex& stb_lock) {
  std::vector<std::uint8_t> grey(image.ink.size());
  std::transform(image.ink.begin(), image.ink.end(), grey.begin(),
                 [](std::uint8_t ink) { return static_cast<std::uint8_t>(255 - ink); });
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  const std::lock_guard lock(stb_lock);
  stbi_flip_vertically_on_write(0);
  return stbi_write_png(file.c_str(), image.width, image.height, 1, grey.data(), image.width) != 0;
}

}  // namespace kezek::kiosk
