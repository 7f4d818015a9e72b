#pragma once
// ScriptDriver: runs the console from a file of steps (--script FILE), for
// scripted tests and training demos. One step a line; '#' starts a comment:
//   key F1 ... key F8           press a function key (the same path as the keyboard)
//   wait                        until every request is answered and the view is fresh
//   sleep MS                    wait MS milliseconds
//   transfer service ID [WHY]   transfer the current ticket to a service, with a reason
//   transfer counter N [WHY]    ... or to a counter
//   tick N                      tick the N-th document of the checklist (1-based)
//   lang en|ru|kk               switch the language
//   view counter|supervisor     switch the view
//   export                      Export CSV (supervisor)
//   quit                        close the console
//
// Threading: UI thread only.

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kezek::staff {

struct ScriptStep {
  enum class Kind { key, wait, sleep, transfer_service, transfer_counter, tick, lang, view, export_csv, quit };
  Kind kind = Kind::wait;
  int number = 0;      // key F-number, sleep ms, counter, document
  std::string word;    // service id, language, view
  std::string reason;  // transfer reason
  int line = 0;
};

// The steps of a script; on a bad line `problem` names it and the result is empty.
std::vector<ScriptStep> parse_script(std::string_view text, std::string& problem);

class ScriptDriver {
 public:
  explicit ScriptDriver(std::vector<ScriptStep> steps) : steps_(std::move(steps)) {}

  // Runs steps in order until one has to wait: `wait` until settled() is true,
  // `sleep` until its time has passed.
  void advance(const std::function<bool()>& settled, const std::function<void(const ScriptStep&)>& execute);
  bool finished() const { return next_ >= steps_.size(); }

 private:
  std::vector<ScriptStep> steps_;
  std::size_t next_ = 0;
  bool sleeping_ = false;
  std::chrono::steady_clock::time_point wake_at_{};
};

}  // namespace kezek::staff
