#include "display/trace_log.hpp"

#include <stdexcept>

namespace kezek::display {

TraceLog::TraceLog(const std::optional<std::filesystem::path>& file) {
  if (!file) return;
  if (file->has_parent_path()) std::filesystem::create_directories(file->parent_path());
  out_.open(*file, std::ios::trunc);
  if (!out_) throw std::runtime_error("cannot write the trace file " + file->string());
}

void TraceLog::line(const std::string& text) {
  if (!out_.is_open()) return;
  out_ << text << '\n';
  out_.flush();
}

}  // namespace kezek::display
