#pragma once
// TapTour: what makes the kiosk move. It has no animation of its own: a touch
// redraws it for a few frames (press, release, ImGui's settle frames) and may
// change the screen. The tour is a visitor's taps through the screens —
// "take a ticket", a service group, back, back — as real X pointer events from
// xdotool (a touchscreen's driver delivers the same), each held 80 ms like a
// finger.
//
// Threading: one thread at a time.
#include <string>
#include <vector>

namespace kezek::bench {

struct TapPoint {
  double x = 0, y = 0;  // as fractions of the screen's width and height
};

class TapTour {
 public:
  TapTour(std::string display, int width, int height, std::vector<TapPoint> points);
  // xdotool is installed (./kezek.sh installs it) and reaches `display`.
  static bool available(const std::string& display);
  // Taps the tour's next point (round robin); throws when xdotool fails.
  void tap_next();

 private:
  std::string display_;
  int width_, height_;
  std::vector<TapPoint> points_;
  std::size_t next_ = 0;
};

}  // namespace kezek::bench
