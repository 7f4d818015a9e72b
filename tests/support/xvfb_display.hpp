#pragma once
// XvfbDisplay: an X server of our own for GUI programs under test, stopped
// with the object. Xvfb picks a free display number itself (-displayfd) and
// tells us once it accepts clients, so two runs on one machine never race for
// a number.
//
// Threading: one thread at a time.
#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "tests/support/child_process.hpp"

namespace kezek::testing {

class XvfbDisplay {
 public:
  // One screen of width x height x 24 bits; throws std::runtime_error when it
  // does not come up within 10 s.
  XvfbDisplay(int width, int height);
  // The display in $DISPLAY instead of one of our own (throws when it is not
  // set): for measuring on a real screen.
  static XvfbDisplay from_environment();

  const std::string& name() const { return name_; }  // ":57"
  // Our Xvfb's process (its CPU is part of what drawing costs), or -1 for $DISPLAY.
  pid_t pid() const { return xvfb_ ? xvfb_->pid() : -1; }
  // argv that runs `program_argv` on this display (through /usr/bin/env).
  std::vector<std::string> on_display(const std::vector<std::string>& program_argv) const;

 private:
  XvfbDisplay() = default;
  std::string name_;
  std::unique_ptr<ChildProcess> xvfb_;
};

}  // namespace kezek::testing
