#pragma once
// TraceLog: with --trace FILE, one line per thing the display received or drew,
// each with the frame number — "event seq 7 ticket.called W-001 received at
// frame 41", "call W-001 drawn at frame 41" — so a test can check that a call
// reaches the screen within a frame of its event arriving. Lines are flushed
// at once: the test reads the file while the display runs.
//
// Threading: UI thread only.

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace kezek::display {

class TraceLog {
 public:
  explicit TraceLog(const std::optional<std::filesystem::path>& file);
  bool enabled() const { return out_.is_open(); }
  void line(const std::string& text);

 private:
  std::ofstream out_;
};

}  // namespace kezek::display
