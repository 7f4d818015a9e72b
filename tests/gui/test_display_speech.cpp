// The wall display's announcements, rendered offline to a WAV file by the real
// program (--speak-to-wav) through the same queue and espeak-ng synthesis it
// uses on the wall: each call gives one announcement, none is silent, each has
// a plausible length for a chime and three languages.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"

namespace kezek_gui_display_speech {

namespace {

namespace fs = std::filesystem;

struct Wav {
  int sample_rate = 0;
  int channels = 0;
  int bits = 0;
  std::vector<std::int16_t> samples;
};

std::uint32_t le32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0] | p[1] << 8 | p[2] << 16 | static_cast<std::uint32_t>(p[3]) << 24);
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

Wav read_wav(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << file);
  const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(bytes.size() >= 44);
  REQUIRE(std::string(bytes.begin(), bytes.begin() + 4) == "RIFF");
  REQUIRE(std::string(bytes.begin() + 8, bytes.begin() + 16) == "WAVEfmt ");
  Wav wav;
  wav.channels = le16(&bytes[22]);
  wav.sample_rate = static_cast<int>(le32(&bytes[24]));
  wav.bits = le16(&bytes[34]);
  REQUIRE(std::string(bytes.begin() + 36, bytes.begin() + 40) == "data");
  const std::uint32_t size = le32(&bytes[40]);
  REQUIRE(bytes.size() >= 44 + size);
  for (std::uint32_t i = 0; i + 1 < size; i += 2)
    wav.samples.push_back(static_cast<std::int16_t>(le16(&bytes[44 + i])));
  return wav;
}

double rms(const std::vector<std::int16_t>& samples, std::size_t from, std::size_t to) {
  double sum = 0;
  to = std::min(to, samples.size());
  if (to <= from) return 0;
  for (std::size_t i = from; i < to; ++i) sum += static_cast<double>(samples[i]) * samples[i];
  return std::sqrt(sum / static_cast<double>(to - from));
}

struct Segment {
  std::string number;
  int counter = 0;
  double start = 0, length = 0;
};

// "announcement 1: W-017 counter 3 at 0.000 s, 11.236 s long"
std::vector<Segment> segments(const std::string& output) {
  std::vector<Segment> out;
  const std::regex line(R"(announcement \d+: (\S+) counter (\d+) at ([0-9.]+) s, ([0-9.]+) s long)");
  for (auto it = std::sregex_iterator(output.begin(), output.end(), line); it != std::sregex_iterator(); ++it)
    out.push_back(Segment{(*it)[1], std::stoi((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return out;
}

fs::path wav_path(const std::string& name) { return fs::path(KEZEK_SCREENSHOT_DIR) / (name + ".wav"); }

// Loud enough to be speech or the chime; silence and dither are far below.
constexpr double kRmsFloor = 500.0;

}  // namespace

TEST_CASE("display speech: two calls give two announcements, each audible and of a plausible length") {
  const fs::path file = wav_path("display-two-calls");
  fs::remove(file);
  const auto result = kezek::testing::run_program(
      {KEZEK_DISPLAY_BINARY, "--speak-to-wav", file.string(), "--call", "W-017@3", "--call", "O-002@12"});
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  // The sentences, as the listener should hear them: the number as a number.
  CHECK(result.output.find("Ticket W 17, please go to counter 3.") != std::string::npos);
  CHECK(result.output.find("Талон дабл-ю 17, пройдите к окну номер 3.") != std::string::npos);
  CHECK(result.output.find("Талон дабл-ю 17, үшінші терезеге өтіңіз.") != std::string::npos);
  CHECK(result.output.find("Талон оу 2, он екінші терезеге өтіңіз.") != std::string::npos);

  const std::vector<Segment> parts = segments(result.output);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].number == "W-017");
  CHECK(parts[1].number == "O-002");
  CHECK(parts[1].counter == 12);

  const Wav wav = read_wav(file);
  CHECK(wav.channels == 1);
  CHECK(wav.bits == 16);
  REQUIRE(wav.sample_rate > 8000);
  const double total = static_cast<double>(wav.samples.size()) / wav.sample_rate;
  CHECK(total == doctest::Approx(parts[0].length + parts[1].length).epsilon(0.01));
  for (const Segment& part : parts) {
    INFO(part.number << " at " << part.start << " s, " << part.length << " s");
    CHECK(part.length >= 2.0);
    CHECK(part.length <= 15.0);
    const auto from = static_cast<std::size_t>(part.start * wav.sample_rate);
    const auto to = static_cast<std::size_t>((part.start + part.length) * wav.sample_rate);
    CHECK(rms(wav.samples, from, to) > kRmsFloor);
    // The chime opens it: the first second is sound, not silence.
    CHECK(rms(wav.samples, from, from + static_cast<std::size_t>(wav.sample_rate)) > kRmsFloor);
    // And speech follows: the last part before the closing pause is not silent either.
    const auto tail = to - static_cast<std::size_t>(1.5 * wav.sample_rate);
    CHECK(rms(wav.samples, tail, to) > kRmsFloor / 4);
  }
}

TEST_CASE("display speech: the configured languages decide what is said") {
  const fs::path config = fs::temp_directory_path() / "kezek-display-english-only.json";
  std::ofstream(config) << R"({"languages": ["en"]})";
  const fs::path file = wav_path("display-english-only");
  const auto result = kezek::testing::run_program(
      {KEZEK_DISPLAY_BINARY, "--config", config.string(), "--speak-to-wav", file.string(), "--call", "A-005@1"});
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  const std::vector<Segment> parts = segments(result.output);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].length >= 2.0);
  CHECK(parts[0].length <= 7.0);  // one language: far shorter than three
  CHECK(result.output.find("Талон") == std::string::npos);
  CHECK(rms(read_wav(file).samples, 0, static_cast<std::size_t>(-1)) > kRmsFloor);
}

TEST_CASE("display speech: bad options and a bad config file are refused with a readable message") {
  auto run = [](std::vector<std::string> args) {
    args.insert(args.begin(), KEZEK_DISPLAY_BINARY);
    return kezek::testing::run_program(args);
  };
  const auto bad_call = run({"--speak-to-wav", "/dev/null", "--call", "W-017"});
  CHECK(bad_call.exit_code == 1);
  CHECK(bad_call.output.find("--call expects NUMBER@COUNTER") != std::string::npos);

  const fs::path config = fs::temp_directory_path() / "kezek-display-bad-config.json";
  std::ofstream(config) << R"({"languages": ["de"]})";
  const auto bad_config = run({"--config", config.string(), "--speak-to-wav", "/dev/null"});
  CHECK(bad_config.exit_code == 2);
  CHECK(bad_config.output.find("\"languages\" may hold only") != std::string::npos);
}

}  // namespace kezek_gui_display_speech
