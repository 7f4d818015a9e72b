// EventFeed against a real server: a link that stays quiet is reopened (to
// notice a dead TCP connection) without telling the UI anything, so an idle
// wall display is not woken to redraw an unchanged screen every minute; events
// still arrive afterwards.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "shared/net/event_feed.hpp"
#include "tests/support/api_session.hpp"

namespace kezek_client_threads_event_feed {

using namespace std::chrono_literals;

TEST_CASE("event feed: a quiet link is reopened without a link message, and still delivers") {
  kezek::testing::ApiSession api;
  kezek::net::Inbox inbox;
  std::vector<bool> links;
  std::vector<std::string> types;
  kezek::net::EventFeedHandlers handlers;
  handlers.on_message = [&](boost::json::object message) {
    types.push_back(std::string(message.at("type").as_string()));
  };
  handlers.on_link = [&](bool up, std::optional<std::int64_t>, std::string) { links.push_back(up); };
  kezek::net::EventFeedTiming timing;
  timing.quiet_reopen = 300ms;  // several quiet reopens in the wait below
  kezek::net::EventFeed feed(api.server().address(), api.server().token("display"), inbox, handlers, timing);

  auto drain_for = [&](std::chrono::milliseconds span) {
    const auto until = std::chrono::steady_clock::now() + span;
    while (std::chrono::steady_clock::now() < until) {
      inbox.drain();
      std::this_thread::sleep_for(20ms);
    }
  };
  drain_for(1500ms);
  CHECK(links == std::vector<bool>{true});  // up once; the reopens said nothing
  REQUIRE(!types.empty());
  CHECK(types.front() == "snapshot");

  REQUIRE(api.issue("iin").status == 201);
  drain_for(1000ms);
  CHECK(std::find(types.begin(), types.end(), "ticket.issued") != types.end());
  CHECK(links == std::vector<bool>{true});
}

}  // namespace kezek_client_threads_event_feed
