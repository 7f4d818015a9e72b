// TapTour: one xdotool run per tap.
#include "bench/clients/tap_tour.hpp"

#include <stdexcept>

#include "tests/support/child_process.hpp"

namespace kezek::bench {

TapTour::TapTour(std::string display, int width, int height, std::vector<TapPoint> points)
    : display_(std::move(display)), width_(width), height_(height), points_(std::move(points)) {}

bool TapTour::available(const std::string& display) {
  return kezek::testing::run_to_end(kezek::testing::SpawnOptions{
             .argv = {"xdotool", "getmouselocation"}, .env = {{"DISPLAY", display}}, .log = "/dev/null"}) == 0;
}

void TapTour::tap_next() {
  const TapPoint& p = points_.at(next_++ % points_.size());
  const std::string x = std::to_string(static_cast<int>(p.x * width_));
  const std::string y = std::to_string(static_cast<int>(p.y * height_));
  const int code = kezek::testing::run_to_end(kezek::testing::SpawnOptions{
      .argv = {"xdotool", "mousemove", x, y, "mousedown", "1", "sleep", "0.08", "mouseup", "1"},
      .env = {{"DISPLAY", display_}},
      .log = "/dev/null"});
  if (code != 0)
    throw std::runtime_error("xdotool failed to tap at " + x + "," + y + " (exit " + std::to_string(code) + ")");
}

}  // namespace kezek::bench
