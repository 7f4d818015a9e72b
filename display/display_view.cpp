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

std::vector<Trilingual> ticker_items(const std::optional<protocol::StatusDay>& day,
                                     const std::vector<Trilingual>& notices) {
  auto both = [](S key, std::initializer_list<std::string_view> values) {
    return Trilingual{trf(key, Lang::en, values), trf(key, Lang::ru, values), trf(key, Lang::kk, values)};
  };
  std::vector<Trilingual> items;
  if (day) {
    items.push_back(both(S::hours_line, {format_hhmm(day->open), format_hhmm(day->close), format_hhmm(day->lunch_start),
                                         format_hhmm(day->lunch_end)}));
    items.push_back(both(S::weekends_closed, {}));
  }
  if (notices.empty()) {
    for (S key : {S::notice_keep_ticket, S::notice_documents, S::notice_follow_phone}) items.push_back(both(key, {}));
  } else {
    items.insert(items.end(), notices.begin(), notices.end());
  }
  return items;
}

DisplayView make_view(const DisplayModel& model, const ViewSettings& settings, Instant now,
                      std::chrono::steady_clock::time_point tick) {
  DisplayView view;
  view.now = now;
  if (model.board) view.status = protocol::centre_status_at(model.board->status, now);
  const std::int64_t page = rotation_page(now);
  view.lang = settings.pinned_lang.value_or(kRotation[page % 3]);
  const std::vector<Trilingual> items =
      ticker_items(model.board ? model.board->status.day : std::nullopt, settings.notices);
  if (!items.empty()) {
    // Each item is read in all three languages before the next one comes.
    const auto item = static_cast<std::size_t>(page / 3) % items.size();
    view.ticker = items[item].in(view.lang);
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
