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

  const std::string& name() const { return name_; }  // ":57"
  pid_t pid() const { return xvfb_->pid(); }          // its CPU is part of what drawing costs
  // argv that runs `program_argv` on this display (through /usr/bin/env).
  std::vector<std::string> on_display(const std::vector<std::string>& program_argv) const;

 private:
  std::string name_;
  std::unique_ptr<ChildProcess> xvfb_;
};

}  // namespace kezek::testing
