#pragma once
// VirtualDisplay: an X server for the clients under test — an Xvfb of our own
// (the default: nothing else draws on it, and the clients' full-screen windows
// are the whole screen), or the display in $DISPLAY when asked.
//
// Our Xvfb picks a free display number itself (-displayfd) and tells us once
// it accepts clients, so two runs on one machine never race for a number.
//
// Threading: one thread at a time.
#include <memory>
#include <string>

#include "bench/clients/child_process.hpp"

namespace kezek::bench {

class VirtualDisplay {
 public:
  // Starts Xvfb with one screen of width x height x 24 bits; throws
  // std::runtime_error when it does not come up within 10 s.
  VirtualDisplay(int width, int height);
  // The display in $DISPLAY (throws when it is not set).
  static VirtualDisplay from_environment();

  const std::string& name() const { return name_; }  // ":57"
  // Our Xvfb's process (its CPU is part of what drawing costs), or -1.
  pid_t pid() const { return xvfb_ ? xvfb_->pid() : -1; }

 private:
  VirtualDisplay() = default;
  std::string name_;
  std::unique_ptr<ChildProcess> xvfb_;
};

}  // namespace kezek::bench
