#pragma once
// Announcer: the display's audio thread. The UI thread hands it calls; it
// renders each (chime + speech, espeak-ng) and plays it through ALSA, one after
// another. With no audio device it says so once on stderr and goes on (the
// screen still shows every call); muted, it does nothing at all.
//
// Threading: announce() from the UI thread (any thread is safe); everything
// else happens on the Announcer's own thread, which owns the SpeechSynth. The
// destructor stops playback within a tenth of a second and joins.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "display/announcement_queue.hpp"
#include "display/pcm.hpp"
#include "shared/catalog/lang.hpp"

namespace kezek::display {

// Plays one rendered call on the Announcer's thread; returns false with `error`
// set when it could not. It must return soon after `stop` becomes true.
using PlayCall = std::function<bool(const Pcm& pcm, const std::atomic<bool>& stop, std::string& error)>;

struct AnnouncerSettings {
  std::vector<catalog::Lang> languages;
  std::string device = "default";
  // Where the calls go: empty plays them on the ALSA `device`. The thread tests
  // (tests/client_threads) pass their own, to watch the thread without speakers.
  PlayCall play;
};

class Announcer {
 public:
  explicit Announcer(AnnouncerSettings settings);
  ~Announcer();
  Announcer(const Announcer&) = delete;
  Announcer& operator=(const Announcer&) = delete;

  void announce(const Announcement& call);

 private:
  void run();

  AnnouncerSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  AnnouncementQueue queue_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace kezek::display
