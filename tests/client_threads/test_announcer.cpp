// The display's Announcer: calls are handed over from the UI thread (or any
// thread) and played one after another on the Announcer's own thread. Run in
// the ThreadSanitizer tree, these are what prove the hand-over race-free; the
// playing end is a test sink instead of ALSA, so no speakers are needed (the
// words are still rendered by espeak-ng, as on the wall).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>

#include "display/announcer.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_client_threads_announcer {

using namespace std::chrono_literals;
using kezek::display::Announcement;
using kezek::display::Announcer;
using kezek::display::AnnouncerSettings;
using kezek::display::Pcm;

namespace {

// What the sink saw: every call it played, on which thread, and whether two
// ever overlapped.
struct PlayLog {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  int played = 0;
  int with_sound = 0;
  std::atomic<bool> playing{false};
  std::atomic<int> overlaps{0};

  int count() {
    std::lock_guard lock(mutex);
    return played;
  }
};

AnnouncerSettings english_into(PlayLog& log) {
  AnnouncerSettings settings;
  settings.languages = {kezek::catalog::Lang::en};
  settings.play = [&log](const Pcm& pcm, const std::atomic<bool>&, std::string&) {
    if (log.playing.exchange(true)) ++log.overlaps;
    std::this_thread::sleep_for(2ms);  // a call takes time to play; others queue meanwhile
    {
      std::lock_guard lock(log.mutex);
      log.threads.insert(std::this_thread::get_id());
      ++log.played;
      if (!pcm.samples.empty()) ++log.with_sound;
    }
    log.playing = false;
    return true;
  };
  return settings;
}

}  // namespace

TEST_CASE("announcer: calls handed over from two threads are each played once, one at a time, on its own thread") {
  PlayLog log;
  {
    Announcer announcer(english_into(log));
    auto announce_three = [&announcer](char letter) {
      for (int n = 1; n <= 3; ++n)
        announcer.announce(Announcement{std::string(1, letter) + "-00" + std::to_string(n), n});
    };
    std::thread other([&] { announce_three('W'); });
    announce_three('R');
    other.join();
    REQUIRE(kezek::testing::wait_until([&] { return log.count() == 6; }, 60s));
  }
  std::lock_guard lock(log.mutex);
  CHECK(log.played == 6);
  CHECK(log.with_sound == 6);  // each was rendered (chime and words), not an empty buffer
  CHECK(log.overlaps == 0);
  REQUIRE(log.threads.size() == 1);
  CHECK(*log.threads.begin() != std::this_thread::get_id());
}

TEST_CASE("announcer: destroying it stops the call being played, and joins") {
  std::atomic<bool> started{false};
  std::atomic<bool> stopped_by_request{false};
  {
    AnnouncerSettings settings;
    settings.languages = {kezek::catalog::Lang::en};
    settings.play = [&](const Pcm&, const std::atomic<bool>& stop, std::string&) {
      started = true;
      // A long call: it ends only when the Announcer asks it to.
      while (!stop) std::this_thread::sleep_for(1ms);
      stopped_by_request = true;
      return true;
    };
    Announcer announcer(std::move(settings));
    announcer.announce(Announcement{"W-017", 3});
    REQUIRE(kezek::testing::wait_until([&] { return started.load(); }, 60s));
  }
  // The destructor returned: the thread was joined after the sink saw `stop`.
  CHECK(stopped_by_request);
}

}  // namespace kezek_client_threads_announcer
