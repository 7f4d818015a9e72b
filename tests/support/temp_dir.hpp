#pragma once
// TempDir: a fresh, empty folder (under the system's temp dir unless told),
// removed with the object unless kept.
#include <filesystem>
#include <string>

namespace kezek::testing {

class TempDir {
 public:
  explicit TempDir(const std::filesystem::path& parent = {}, const std::string& prefix = "kezek-test-");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  void keep() { keep_ = true; }  // leave it behind (to inspect it)

 private:
  std::filesystem::path path_;
  bool keep_ = false;
};

}  // namespace kezek::testing
