#include "shared/cli/option_reader.hpp"

#include <charconv>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace kezek::cli {

OptionReader::OptionReader(int argc, char** argv, std::string usage)
    : args_(argc > 1 ? argv + 1 : argv, argc > 1 ? argv + argc : argv), usage_(std::move(usage)) {}

OptionReader::OptionReader(std::vector<std::string> args, std::string usage)
    : args_(std::move(args)), usage_(std::move(usage)) {}

bool OptionReader::next() {
  if (index_ >= args_.size()) return false;
  flag_ = args_[index_++];
  if (!usage_.empty() && (flag_ == "--help" || flag_ == "-h")) {
    std::cout << usage_;
    std::exit(0);
  }
  return true;
}

std::string OptionReader::value() {
  if (index_ >= args_.size()) throw std::invalid_argument(flag_ + " needs a value");
  return args_[index_++];
}

std::int64_t OptionReader::integer() { return to_integer(value()); }

int OptionReader::integer_between(int low, int high) {
  const std::string text = value();
  const std::int64_t n = to_integer(text);
  if (n < low || n > high) expected("a whole number from " + std::to_string(low) + " to " + std::to_string(high), text);
  return static_cast<int>(n);
}

std::int64_t OptionReader::to_integer(const std::string& text) const {
  std::int64_t out = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) expected("a whole number", text);
  return out;
}

double OptionReader::number() {
  const std::string text = value();
  double out = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) expected("a number", text);
  return out;
}

double OptionReader::number_between(double low, double high) {
  const std::string text = value();
  double out = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  // Written so that "nan" fails too.
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !(out >= low && out <= high)) {
    std::ostringstream range;
    range << "a number from " << low << " to " << high;
    expected(range.str(), text);
  }
  return out;
}

void OptionReader::reject() const {
  throw std::invalid_argument("unknown option \"" + flag_ + "\"" + (usage_.empty() ? "" : "\n" + usage_));
}

void OptionReader::expected(std::string_view what, std::string_view text) const {
  throw std::invalid_argument(flag_ + " expects " + std::string(what) + ", got \"" + std::string(text) + "\"");
}

}  // namespace kezek::cli
