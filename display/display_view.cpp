#include "display/display_view.hpp"

#include <cmath>
#include <numbers>

#include "display/display_strings.hpp"
#include "shared/protocol/status_at.hpp"

namespace kezek::display {

namespace {

std::int64_t rotation_page(Instant now) { return now.time_since_epoch().count() / kRotateEvery.count(); }

// The order the rotation goes through: the state language first.
constexpr Lang kRotation[] = {Lang::kk, Lang::ru, Lang::en};

std::optional<std::chrono::duration<double>> flash_age(const DisplayModel& model,
                                                       std::chrono::steady_clock::time_point tick) {
  if (!model.flash_since) return std::nullopt;
  const std::chrono::duration<double> age = tick - *model.flash_since;
  if (age < std::chrono::duration<double>::zero() || age >= kFlashFor) return std::nullopt;
  return age;
}

}  // namespace

namespace {

constexpr S kDefaultNotices[] = {S::notice_keep_ticket, S::notice_documents, S::notice_follow_phone};
constexpr std::size_t kDayItems = 2;  // the hours, the weekends

}  // namespace

std::size_t ticker_length(const std::optional<protocol::StatusDay>& day, const std::vector<Trilingual>& notices) {
  return (day ? kDayItems : 0) + (notices.empty() ? std::size(kDefaultNotices) : notices.size());
}

std::string ticker_line(const std::optional<protocol::StatusDay>& day, const std::vector<Trilingual>& notices,
                        std::size_t index, Lang lang) {
  if (day) {
    if (index == 0)
      return trf(S::hours_line, lang,
                 {format_hhmm(day->open), format_hhmm(day->close), format_hhmm(day->lunch_start),
                  format_hhmm(day->lunch_end)});
    if (index == 1) return trf(S::weekends_closed, lang, {});
    index -= kDayItems;
  }
  if (notices.empty())
    return index < std::size(kDefaultNotices) ? trf(kDefaultNotices[index], lang, {}) : std::string();
  return index < notices.size() ? notices[index].in(lang) : std::string();
}

DisplayView make_view(const DisplayModel& model, const ViewSettings& settings, Instant now,
                      std::chrono::steady_clock::time_point tick) {
  DisplayView view;
  view.now = now;
  if (model.board) view.status = protocol::centre_status_at(model.board->status, now);
  const std::int64_t page = rotation_page(now);
  view.lang = settings.pinned_lang.value_or(kRotation[page % 3]);
  const std::optional<protocol::StatusDay> no_day;
  const std::optional<protocol::StatusDay>& day = model.board ? model.board->status.day : no_day;
  if (const std::size_t items = ticker_length(day, settings.notices); items > 0) {
    // Each item is read in all three languages before the next one comes.
    const auto item = static_cast<std::size_t>(page / 3) % items;
    view.ticker = ticker_line(day, settings.notices, item, view.lang);
  }
  view.reconnecting = model.link == Link::reconnecting;
  view.problem = !model.problem.empty() ? model.problem : model.link_problem;
  if (!model.board) return view;

  view.has_board = true;
  const protocol::Board& board = *model.board;
  view.groups = board.waiting;
  if (!board.calls.empty()) {
    view.newest = board.calls.front();
    for (std::size_t i = 1; i < board.calls.size() && view.history.size() < kHistoryRows; ++i)
      view.history.push_back(board.calls[i]);
  }
  if (model.flash_pinned) {
    view.flash = 1.0f;
  } else if (const auto age = flash_age(model, tick)) {
    // A soft pulse, once a second, starting at its brightest.
    view.flash = static_cast<float>(0.5 + 0.5 * std::cos(2.0 * std::numbers::pi * age->count()));
  }
  // During lunch and after hours the card tells the Centre's state; a call
  // that has just come in is still shown first.
  view.show_call = view.newest &&
                   (view.status.state == CentreState::open || view.flash > 0.0f || flash_age(model, tick).has_value());
  return view;
}

RedrawKey redraw_key(const DisplayModel& model, Instant now, std::chrono::steady_clock::time_point tick) {
  RedrawKey key;
  key.minute = now.time_since_epoch().count() / 60;
  key.page = rotation_page(now);
  key.flashing = flash_age(model, tick).has_value();
  return key;
}

}  // namespace kezek::display
