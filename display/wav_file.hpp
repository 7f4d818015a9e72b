#pragma once
// Writes a Pcm as a RIFF WAVE file (16-bit PCM, mono).

#include <filesystem>

#include "display/pcm.hpp"

namespace kezek::display {

// Throws std::runtime_error naming the file when it cannot be written.
void write_wav(const std::filesystem::path& file, const Pcm& pcm);

}  // namespace kezek::display
