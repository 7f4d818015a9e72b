// TempDir: mkdtemp, remove_all.
#include "tests/support/temp_dir.hpp"

#include <stdlib.h>

#include <stdexcept>
#include <vector>

namespace kezek::testing {

TempDir::TempDir(const std::filesystem::path& parent, const std::string& prefix) {
  const auto base = parent.empty() ? std::filesystem::temp_directory_path() : parent;
  std::string pattern = (base / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) throw std::runtime_error("cannot make a folder in " + base.string());
  path_ = buffer.data();
}

TempDir::~TempDir() {
  if (keep_) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace kezek::testing
