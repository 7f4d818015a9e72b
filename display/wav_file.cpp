#include "display/wav_file.hpp"

#include <fstream>
#include <stdexcept>

namespace kezek::display {
namespace {

void put16(std::ofstream& out, std::uint16_t v) {
  const char bytes[2] = {static_cast<char>(v & 0xff), static_cast<char>(v >> 8)};
  out.write(bytes, 2);
}

void put32(std::ofstream& out, std::uint32_t v) {
  put16(out, static_cast<std::uint16_t>(v & 0xffff));
  put16(out, static_cast<std::uint16_t>(v >> 16));
}

}  // namespace

void write_wav(const std::filesystem::path& file, const Pcm& pcm) {
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  const auto data_bytes = static_cast<std::uint32_t>(pcm.samples.size() * 2);
  const auto rate = static_cast<std::uint32_t>(pcm.sample_rate);
  out.write("RIFF", 4);
  put32(out, 36 + data_bytes);
  out.write("WAVEfmt ", 8);
  put32(out, 16);  // fmt chunk size
  put16(out, 1);   // PCM
  put16(out, 1);   // mono
  put32(out, rate);
  put32(out, rate * 2);  // bytes per second
  put16(out, 2);         // bytes per frame
  put16(out, 16);        // bits per sample
  out.write("data", 4);
  put32(out, data_bytes);
  for (std::int16_t s : pcm.samples) put16(out, static_cast<std::uint16_t>(s));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace kezek::display
