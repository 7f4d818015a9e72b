#pragma once
// DisplayView: one frame of the wall display, worked out from the model and the
// clock — the newest call and whether it flashes, the calls before it, the
// queue per service group, the Centre's state, the ticker line. The lower texts
// rotate through Kazakh, Russian and English every few seconds; the call
// itself needs no language.
//
// Pure: no ImGui, no I/O.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "display/display_config.hpp"
#include "display/display_model.hpp"
#include "shared/calendar/centre_status.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::display {

struct DisplayView {
  Instant now{};
  CentreStatus status{};  // meaningful with has_board: the server's word, carried forward by its hours
  Lang lang = Lang::en;   // the rotating texts' language in this frame
  bool has_board = false;
  std::optional<protocol::BoardCall> newest;
  bool show_call = false;                    // the big card shows `newest` (else the Centre's state or a hint)
  float flash = 0.0f;                        // 0 steady … 1 brightest
  std::vector<protocol::BoardCall> history;  // the calls before the newest, newest first
  std::vector<protocol::WaitingGroup> groups;
  std::string ticker;
  bool reconnecting = false;
  std::string problem;
};

struct ViewSettings {
  std::vector<Trilingual> notices;  // the config's notices (the display's defaults when empty)
  std::optional<Lang> pinned_lang;  // --lang: no rotation
};

inline constexpr std::chrono::seconds kFlashFor{6};
inline constexpr std::chrono::seconds kRotateEvery{8};
inline constexpr std::size_t kHistoryRows = 8;

DisplayView make_view(const DisplayModel& model, const ViewSettings& settings, Instant now,
                      std::chrono::steady_clock::time_point tick);

// The ticker's items: the Centre's hours as the server gave them (when it has),
// weekends, then the notices (the display's defaults when `notices` is empty).
// How many there are, and item `index` in `lang` — only the one on screen is
// worded, since the view is made again for every frame that is drawn.
std::size_t ticker_length(const std::optional<protocol::StatusDay>& day, const std::vector<Trilingual>& notices);
std::string ticker_line(const std::optional<protocol::StatusDay>& day, const std::vector<Trilingual>& notices,
                        std::size_t index, Lang lang);

// What changes the picture with no event: the minute on the clock, the
// rotation, a flash in progress. The frame loop redraws when it differs.
struct RedrawKey {
  std::int64_t minute = 0;
  std::int64_t page = 0;
  bool flashing = false;
  bool operator==(const RedrawKey&) const = default;
};
RedrawKey redraw_key(const DisplayModel& model, Instant now, std::chrono::steady_clock::time_point tick);

}  // namespace kezek::display
