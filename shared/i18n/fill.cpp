#include "shared/i18n/fill.hpp"

namespace kezek::i18n {

std::string fill(std::string_view pattern, std::span<const std::string_view> values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  auto next = values.begin();
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern.compare(i, 2, "{}") == 0 && next != values.end()) {
      out.append(*next++);
      i += 2;
    } else {
      out.push_back(pattern[i++]);
    }
  }
  return out;
}

}  // namespace kezek::i18n
