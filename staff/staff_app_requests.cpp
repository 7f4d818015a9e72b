// StaffApp — the network side: what the console asks of the server, and what
// each answer changes. Every callback here runs on the UI thread (Inbox).
#include <GLFW/glfw3.h>

#include "shared/protocol/event_frame.hpp"
#include "staff/event_scope.hpp"
#include "staff/served_catalog.hpp"
#include "staff/staff_app.hpp"

namespace kezek::staff {

namespace {

// With the event stream up, a slow poll only keeps minute-based figures fresh;
// without it, the poll is how the console stays current.
constexpr std::chrono::seconds kPollWhenLive{60};
constexpr std::chrono::seconds kPollWhenOffline{5};
// When the server's word on the Centre runs out, it is asked again at once,
// but not more often than this (the two clocks may differ by a little).
constexpr std::chrono::seconds kStatusAgainAfter{2};

}  // namespace

std::string StaffApp::counter_path() const {
  return "/api/v1/counters/" + std::to_string(options_.counter.value_or(0));
}

void StaffApp::start_network() {
  // glfwPostEmptyEvent may be called from any thread: it ends the UI loop's
  // idle wait as soon as an answer is in the Inbox.
  auto wake = [] { glfwPostEmptyEvent(); };
  network_ = std::make_unique<net::RequestWorker>(options_.server, options_.token, inbox_, wake);
  refresh_all();  // the status (and the protocol version in it) first
  load_catalog();
  net::EventFeedHandlers handlers;
  handlers.on_message = [this](const boost::json::object& message) { on_event(message); };
  handlers.on_link = [this](bool up, std::optional<std::int64_t>, const std::string& detail) { on_link(up, detail); };
  handlers.on_retry = [this](std::chrono::steady_clock::time_point at, const std::string& detail) {
    on_retry(at, detail);
  };
  handlers.wake = wake;
  feed_ = std::make_unique<net::EventFeed>(options_.server, options_.token, inbox_, std::move(handlers));
  last_poll_ = std::chrono::steady_clock::now();
}

void StaffApp::load_catalog() {
  network_->get("/api/v1/catalog", [this](const net::HttpResult& r) {
    catalog_tried_ = true;
    // Without it, names fall back to service ids until a later poll loads it.
    if (!r.ok() || !understands_server(data_)) return;
    std::string error;
    if (auto parsed = parse_served_catalog(r.body, error))
      catalog_ = std::move(*parsed);
    else
      data_.notice = Notice::bad_reply(error, false);
  });
}

void StaffApp::refresh_status() {
  if (status_loading_) return;
  status_loading_ = true;
  status_asked_ = std::chrono::steady_clock::now();
  // Requests run in order: this answer (and the protocol version in it) comes
  // before the views asked after it.
  network_->get("/api/v1/status", [this](const net::HttpResult& r) {
    status_loading_ = false;
    take_status_reply(data_, r);
  });
}

void StaffApp::maybe_ask_status(Instant now) {
  if (!status_ran_out(data_, now) || status_loading_) return;
  if (std::chrono::steady_clock::now() - status_asked_ < kStatusAgainAfter) return;
  refresh_status();
}

void StaffApp::refresh_counter() {
  if (!options_.counter) return;
  if (counter_loading_) {
    counter_again_ = true;  // one more after this one: the answer on its way may predate the change
    return;
  }
  counter_loading_ = true;
  network_->get(counter_path(), [this](const net::HttpResult& r) {
    counter_loading_ = false;
    take_counter_view(data_, r, network_->server(), lang_);
    if (!catalog_ && r.ok()) load_catalog();
    if (counter_again_) {
      counter_again_ = false;
      refresh_counter();
    }
  });
}

void StaffApp::refresh_supervisor() {
  if (!options_.supervisor) return;
  if (supervisor_loading_) {
    supervisor_again_ = true;
    return;
  }
  supervisor_loading_ = true;
  network_->get("/api/v1/board", [this](const net::HttpResult& board) {
    const std::string error = take_board(data_, board, network_->server(), lang_);
    network_->get("/api/v1/report", [this, error](const net::HttpResult& report) {
      supervisor_loading_ = false;
      const std::string report_error = take_report(data_, report, network_->server(), lang_);
      data_.supervisor_error = error.empty() ? report_error : error;
      if (supervisor_again_) {
        supervisor_again_ = false;
        refresh_supervisor();
      }
    });
  });
}

void StaffApp::refresh_all() {
  last_poll_ = std::chrono::steady_clock::now();
  refresh_status();
  refresh_counter();
  refresh_supervisor();
}

void StaffApp::maybe_poll() {
  const bool live = connection_ && connection_->live();
  if (std::chrono::steady_clock::now() - last_poll_ < (live ? kPollWhenLive : kPollWhenOffline)) return;
  if (!catalog_) load_catalog();
  refresh_all();
}

void StaffApp::on_event(const boost::json::object& message) {
  // The event says whom it concerns; the refreshes coalesce, so a burst of
  // events costs one or two requests. A frame that does not decode may have
  // changed anything: everything is asked again (the status, with the
  // protocol version, first).
  protocol::Frame frame;
  try {
    frame = protocol::decode_frame(message);
  } catch (const protocol::DecodeError&) {
    refresh_all();
    return;
  }
  take_frame(data_, frame);
  if (!understands_server(data_)) return;
  const EventScope scope = event_scope(frame, options_.counter, options_.supervisor);
  if (scope.counter) refresh_counter();
  if (scope.supervisor) refresh_supervisor();
}

void StaffApp::on_link(bool up, const std::string& detail) {
  const bool back = up && !(connection_ && connection_->live());
  connection_ = up ? net::LinkState{net::LinkState::State::live, {}, {}}
                   : net::LinkState{net::LinkState::State::connecting, detail, {}};
  if (back) refresh_all();  // whatever happened while we were away
}

void StaffApp::on_retry(std::chrono::steady_clock::time_point next_try, const std::string& detail) {
  connection_ = net::LinkState{net::LinkState::State::retrying, detail, next_try};
}

void StaffApp::press(Action action) {
  if (!options_.counter || acting_ || !understands_server(data_)) return;
  const Instant now = shell_.clock().now();
  if (!availability(action, data_.counter ? &*data_.counter : nullptr, centre_now(now), now, lang_).enabled) return;
  if (action == Action::transfer) {
    screen_.transfer_open = true;
    screen_.form = TransferForm{};
    screen_.form.focus_reason = true;
    return;
  }
  acting_ = true;
  data_.notice = {};
  network_->request("POST", counter_path() + "/" + std::string(api_path(action)), {},
                    [this, action](const net::HttpResult& r) {
                      acting_ = false;
                      take_action_reply(data_, action, r, network_->server());
                      refresh_counter();
                    });
}

void StaffApp::confirm_transfer() {
  if (!options_.counter || acting_ || !understands_server(data_) || !transfer_ready(screen_.form)) return;
  acting_ = true;
  data_.notice = {};
  network_->request("POST", counter_path() + "/transfer", transfer_body(screen_.form),
                    [this](const net::HttpResult& r) {
                      acting_ = false;
                      take_action_reply(data_, Action::transfer, r, network_->server());
                      if (r.ok()) screen_.transfer_open = false;
                      refresh_counter();
                    });
}

void StaffApp::export_csv() {
  if (!options_.supervisor || exporting_) return;
  const std::string date = format_date(local_date(shell_.clock().now()));
  const std::filesystem::path file = options_.export_dir / ("kezek-report-" + date + ".csv");
  exporting_ = true;
  network_->download("/api/v1/report.csv?date=" + date, file, [this, file](const net::HttpResult& r) {
    exporting_ = false;
    export_failed_ = !r.ok();
    export_note_ = r.ok() ? trf(Msg::export_saved, lang_, {file.string()})
                          : trf(Msg::export_failed, lang_, {failure_line(r, network_->server(), lang_)});
  });
}

}  // namespace kezek::staff
