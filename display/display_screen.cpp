// The wall display's screen. Sections:
//   [layout]   where each part goes, scaled from 1080p
//   [header]   name, clock, date; the Centre's state strip
//   [card]     the newest call, or the state / a hint when there is none
//   [waiting]  the queue per service group
//   [history]  the calls before the newest
//   [ticker]   hours and notices, the reconnecting mark, problems
#include "display/display_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "display/display_strings.hpp"
#include "display/draw_text.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek::display {

namespace {

// [layout] -------------------------------------------------------------------

struct Layout {
  float s = 1.0f;  // scale from 1080p
  float w = 0, h = 0;
  float margin = 0;
  ImVec2 header_min, header_max;
  ImVec2 strip_min, strip_max;
  ImVec2 card_min, card_max;
  ImVec2 waiting_min, waiting_max;
  ImVec2 history_min, history_max;
  ImVec2 ticker_min, ticker_max;
};

Layout make_layout(ImVec2 origin, ImVec2 size) {
  Layout l;
  l.w = size.x;
  l.h = size.y;
  l.s = size.y / 1080.0f;
  const float s = l.s;
  l.margin = 28 * s;
  const float x0 = origin.x, y0 = origin.y;
  l.header_min = {x0, y0};
  l.header_max = {x0 + l.w, y0 + 126 * s};
  l.strip_min = {x0, l.header_max.y};
  l.strip_max = {x0 + l.w, l.header_max.y + 58 * s};
  l.ticker_min = {x0, y0 + l.h - 62 * s};
  l.ticker_max = {x0 + l.w, y0 + l.h};
  const float body_top = l.strip_max.y + 22 * s;
  const float body_bottom = l.ticker_min.y - 20 * s;
  const float split = x0 + l.w * 0.615f;
  l.card_min = {x0 + l.margin, body_top};
  l.card_max = {split, body_top + 392 * s};
  l.waiting_min = {x0 + l.margin, l.card_max.y + 20 * s};
  l.waiting_max = {split, body_bottom};
  l.history_min = {split + l.margin, body_top};
  l.history_max = {x0 + l.w - l.margin, body_bottom};
  return l;
}

const ImVec4 kWhite{1, 1, 1, 1};

std::string joined(const std::string& en, const std::string& ru, const std::string& kk) {
  std::string out = en;
  out.append("   ·   ").append(ru).append("   ·   ").append(kk);
  return out;
}

// [header] -------------------------------------------------------------------

void draw_header(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const float s = l.s;
  dl->AddRectFilled(l.header_min, l.header_max, to_u32(p.navy));
  const float x = l.header_min.x + l.margin;
  const float heading = f.heading->FontSize;
  const float kezek_w = draw_text(dl, f.heading, heading, x, l.header_min.y + 14 * s, to_u32(kWhite), "Kezek");
  draw_text(dl, f.heading, heading, x + kezek_w + 18 * s, l.header_min.y + 14 * s, to_u32(kWhite, 0.65f),
            tr(S::queue_name, v.lang));
  const std::string centre = std::string(tr(S::centre_name, Lang::en)) + " · " +
                             std::string(tr(S::centre_name, Lang::ru)) + " · " +
                             std::string(tr(S::centre_name, Lang::kk));
  draw_text(dl, f.body, f.body->FontSize, x, l.header_min.y + 76 * s, to_u32(kWhite, 0.75f), centre);

  // The clock, big enough to read across the hall, and the date under it.
  const LocalDateTime local = to_local(v.now);
  const std::string clock = format_hhmm(local.time_of_day);
  const float right = l.header_max.x - l.margin;
  const float clock_size = 96 * s;
  draw_text(dl, f.large, clock_size, right, l.header_min.y + 2 * s, to_u32(kWhite), clock, Align::right);
  const float clock_w = text_size(f.large, clock_size, clock).x;
  const std::string date = i18n::day_and_month(local.date, Lang::en) + " · " +
                           i18n::day_and_month(local.date, Lang::ru) + " · " +
                           i18n::day_and_month(local.date, Lang::kk);
  draw_text(dl, f.body, 28 * s, right - clock_w - 28 * s, l.header_min.y + 48 * s, to_u32(kWhite, 0.75f), date,
            Align::right);
}

void draw_status_strip(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f,
                       const gui::Palette& p) {
  // Before the server's first word the state is unknown: no colour claims one.
  dl->AddRectFilled(l.strip_min, l.strip_max, to_u32(v.has_board ? gui::state_colour(v.status.state, p) : p.muted));
  const std::string line = v.has_board         ? joined(i18n::describe_status(v.status, v.now, Lang::en),
                                                        i18n::describe_status(v.status, v.now, Lang::ru),
                                                        i18n::describe_status(v.status, v.now, Lang::kk))
                           : v.problem.empty() ? tr3(S::connecting)
                                               : std::string();
  const float size = fit_size(f.body, f.body->FontSize, line, l.w - 2 * l.margin);
  const float y = (l.strip_min.y + l.strip_max.y - size) / 2.0f - 2 * l.s;
  draw_text(dl, f.body, size, (l.strip_min.x + l.strip_max.x) / 2.0f, y, to_u32(kWhite), line, Align::centre);
}

// [card] ---------------------------------------------------------------------

void draw_call(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const float s = l.s;
  const protocol::BoardCall& call = *v.newest;
  const float pad = 44 * s;
  const float left = l.card_min.x + pad, right = l.card_max.x - pad;
  const float top = l.card_min.y;
  draw_text(dl, f.body, f.body->FontSize, left, top + 18 * s, to_u32(kWhite, 0.9f), tr3(S::now_calling));

  // Ticket → counter, as big as the card allows (the huge font is 200 px at 1080p).
  const std::string counter = std::to_string(call.counter);
  const char* arrow = "→";
  float size = f.huge->FontSize;
  const float gap = 40 * s;
  auto total = [&](float px) {
    return text_size(f.huge, px, call.number).x + text_size(f.huge, px, arrow).x + text_size(f.huge, px, counter).x +
           2 * gap;
  };
  if (total(size) > right - left) size *= (right - left - 2 * gap) / (total(size) - 2 * gap);
  const float number_y = top + 104 * s;
  draw_text(dl, f.huge, size, left, number_y, to_u32(kWhite), call.number);
  const float number_w = text_size(f.huge, size, call.number).x;
  const float counter_w = text_size(f.huge, size, counter).x;
  const float arrow_x = (left + number_w + right - counter_w) / 2.0f;
  draw_text(dl, f.huge, size, arrow_x, number_y, to_u32(kWhite, 0.7f), arrow, Align::centre);
  draw_text(dl, f.huge, size, right, number_y, to_u32(kWhite), counter, Align::right);

  // What the two numbers are, above them.
  const float label = 30 * s;
  draw_text(dl, f.body, label, left, top + 72 * s, to_u32(kWhite, 0.7f), tr3(S::ticket));
  draw_text(dl, f.body, label, right, top + 72 * s, to_u32(kWhite, 0.7f), tr3(S::counter), Align::right);

  if (call.recalls > 0) {
    const std::string again = tr3(S::called_again);
    const float y = l.card_max.y - 58 * s;
    const float w = text_size(f.body, f.body->FontSize, again).x;
    dl->AddRectFilled(ImVec2(left - 14 * s, y - 6 * s), ImVec2(left + w + 14 * s, y + f.body->FontSize + 8 * s),
                      to_u32(p.lunch), 10 * s);
    draw_text(dl, f.body, f.body->FontSize, left, y, to_u32(kWhite), again);
  }
}

// Three lines, one per language, centred in the card.
void draw_card_lines(ImDrawList* dl, const Layout& l, const gui::Fonts& f, const std::string (&lines)[3],
                     const std::string& under, ImVec4 dot) {
  const float s = l.s;
  const float width = l.card_max.x - l.card_min.x - 120 * s;
  const float line_h = 74 * s;
  float y = (l.card_min.y + l.card_max.y) / 2.0f - line_h * 1.5f - (under.empty() ? 0.0f : 24 * s);
  const float cx = (l.card_min.x + l.card_max.x) / 2.0f;
  for (const std::string& line : lines) {
    const float size = fit_size(f.heading, f.heading->FontSize, line, width);
    draw_text(dl, f.heading, size, cx, y, to_u32(kWhite), line, Align::centre);
    y += line_h;
  }
  if (dot.w > 0.0f) dl->AddCircleFilled(ImVec2(cx, l.card_min.y + 40 * s), 14 * s, to_u32(dot));
  if (!under.empty()) {
    const float size = fit_size(f.body, f.body->FontSize, under, width);
    draw_text(dl, f.body, size, cx, y + 16 * s, to_u32(kWhite, 0.75f), under, Align::centre);
  }
}

void draw_card(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const ImVec4 background = v.show_call ? mix(p.navy, p.accent, v.flash) : p.navy;
  dl->AddRectFilled(l.card_min, l.card_max, to_u32(background), 22 * l.s);
  if (v.show_call) {
    draw_call(dl, l, v, f, p);
    return;
  }
  if (!v.has_board) {
    // Still trying, or given up on until someone fixes what the ticker names.
    const S key = v.problem.empty() ? S::connecting : S::board_unavailable;
    const std::string lines[3] = {std::string(tr(key, Lang::en)), std::string(tr(key, Lang::ru)),
                                  std::string(tr(key, Lang::kk))};
    draw_card_lines(dl, l, f, lines, {}, ImVec4(0, 0, 0, 0));
    return;
  }
  if (v.status.state != CentreState::open) {
    const std::string lines[3] = {i18n::describe_status(v.status, v.now, Lang::en),
                                  i18n::describe_status(v.status, v.now, Lang::ru),
                                  i18n::describe_status(v.status, v.now, Lang::kk)};
    const std::string under = v.status.state == CentreState::lunch ? std::string(tr(S::lunch_hint, v.lang)) : "";
    draw_card_lines(dl, l, f, lines, under, gui::state_colour(v.status.state, p));
    return;
  }
  const std::string lines[3] = {std::string(tr(S::no_calls_yet, Lang::en)), std::string(tr(S::no_calls_yet, Lang::ru)),
                                std::string(tr(S::no_calls_yet, Lang::kk))};
  draw_card_lines(dl, l, f, lines, std::string(tr(S::take_ticket_hint, v.lang)), ImVec4(0, 0, 0, 0));
}

// [waiting] ------------------------------------------------------------------

void draw_waiting(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const float s = l.s;
  const float left = l.waiting_min.x, right = l.waiting_max.x;
  const float title = 40 * s;
  draw_text(dl, f.heading, title, left, l.waiting_min.y, to_u32(p.navy), tr(S::waiting_title, v.lang));
  if (v.groups.empty()) return;
  const float rows_top = l.waiting_min.y + title + 12 * s;
  const float row_h = std::min(50 * s, (l.waiting_max.y - rows_top) / static_cast<float>(v.groups.size()));
  const float text = std::min(f.body->FontSize, row_h * 0.78f);
  const float wait_right = right - 16 * s;
  const float count_right = right - 290 * s;
  const float name_left = left + row_h + 14 * s;
  const float name_right = count_right - 250 * s;
  float y = rows_top;
  for (std::size_t i = 0; i < v.groups.size(); ++i, y += row_h) {
    const protocol::WaitingGroup& g = v.groups[i];
    if (i % 2 == 0) dl->AddRectFilled(ImVec2(left, y), ImVec2(right, y + row_h), to_u32(p.navy, 0.05f), 8 * s);
    const float ty = y + (row_h - text) / 2.0f - 2 * s;
    const bool busy = g.count > 0;
    // The group's letter, as on the tickets.
    const float badge = row_h - 10 * s;
    const ImVec2 b0(left + 6 * s, y + 5 * s);
    dl->AddRectFilled(b0, ImVec2(b0.x + badge, b0.y + badge), to_u32(busy ? p.accent : p.muted, busy ? 1.0f : 0.5f),
                      8 * s);
    draw_text(dl, f.body, text, b0.x + badge / 2.0f, ty, to_u32(kWhite), std::string(1, g.letter), Align::centre);
    const std::string& name = g.name.in(v.lang);
    draw_text(dl, f.body, fit_size(f.body, text, name, name_right - name_left), name_left, ty,
              to_u32(busy ? p.text : p.muted), name);
    if (busy) {
      const std::string count = trf(S::people_waiting, v.lang, {std::to_string(g.count)});
      draw_text(dl, f.body, fit_size(f.body, text, count, 240 * s), count_right, ty, to_u32(p.text), count,
                Align::right);
      const std::string wait =
          trf(S::about_minutes, v.lang, {std::to_string(std::max<std::int64_t>(1, g.estimated_wait_min))});
      draw_text(dl, f.body, fit_size(f.body, text, wait, 265 * s), wait_right, ty, to_u32(p.accent), wait,
                Align::right);
    } else {
      draw_text(dl, f.body, text, count_right, ty, to_u32(p.muted), tr(S::no_queue, v.lang), Align::right);
    }
  }
}

// [history] ------------------------------------------------------------------

void draw_history(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const float s = l.s;
  dl->AddRectFilled(l.history_min, l.history_max, to_u32(kWhite), 22 * s);
  const float left = l.history_min.x + 30 * s, right = l.history_max.x - 30 * s;
  const std::string title = tr3(S::recent_calls);
  draw_text(dl, f.body, fit_size(f.body, f.body->FontSize, title, right - left), left, l.history_min.y + 18 * s,
            to_u32(p.navy), title);
  const float head_y = l.history_min.y + 66 * s;
  draw_text(dl, f.body, 28 * s, left, head_y, to_u32(p.muted), tr(S::ticket, v.lang));
  draw_text(dl, f.body, 28 * s, right, head_y, to_u32(p.muted), tr(S::counter, v.lang), Align::right);
  const float rows_top = head_y + 44 * s;
  const float row_h = (l.history_max.y - 14 * s - rows_top) / static_cast<float>(kHistoryRows);
  if (v.history.empty()) {
    const std::string none(tr(S::no_calls_yet, v.lang));
    draw_text(dl, f.body, fit_size(f.body, f.body->FontSize, none, right - left), (left + right) / 2.0f,
              rows_top + row_h, to_u32(p.muted), none, Align::centre);
    return;
  }
  const float size = std::min(f.large->FontSize * 0.76f, row_h * 0.86f);
  float y = rows_top;
  for (const protocol::BoardCall& call : v.history) {
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), to_u32(p.muted, 0.25f), 2 * s);
    // Still waiting for its visitor: dark; being served: normal; over: faded.
    using domain::TicketStatus;
    const bool over = call.status == TicketStatus::done || call.status == TicketStatus::no_show;
    const ImVec4 colour = call.status == TicketStatus::called ? p.navy : over ? p.muted : p.text;
    const float alpha = over ? 0.7f : 1.0f;
    const float ty = y + (row_h - size) / 2.0f - 4 * s;
    draw_text(dl, f.large, size, left, ty, to_u32(colour, alpha), call.number);
    draw_text(dl, f.large, size * 0.8f, (left + right) / 2.0f + 60 * s, ty + size * 0.1f, to_u32(p.muted, 0.6f), "→",
              Align::centre);
    draw_text(dl, f.large, size, right - 20 * s, ty, to_u32(colour, alpha), std::to_string(call.counter), Align::right);
    y += row_h;
  }
}

// [ticker] -------------------------------------------------------------------

void draw_ticker(ImDrawList* dl, const Layout& l, const DisplayView& v, const gui::Fonts& f, const gui::Palette& p) {
  const float s = l.s;
  dl->AddRectFilled(l.ticker_min, l.ticker_max, to_u32(p.navy, 0.08f));
  float right = l.ticker_max.x - l.margin;
  if (v.reconnecting) {
    // Small and to the side: the board above is still the last one known.
    const std::string mark = tr3(S::reconnecting);
    const float size = 28 * s;
    const float w = text_size(f.body, size, mark).x;
    const float h = l.ticker_max.y - l.ticker_min.y;
    const ImVec2 a(right - w - 56 * s, l.ticker_min.y + 10 * s);
    dl->AddRectFilled(a, ImVec2(right, l.ticker_max.y - 10 * s), to_u32(p.warning), (h - 20 * s) / 2.0f);
    dl->AddCircleFilled(ImVec2(a.x + 24 * s, (l.ticker_min.y + l.ticker_max.y) / 2.0f), 8 * s, to_u32(kWhite));
    draw_text(dl, f.body, size, right - 18 * s, (l.ticker_min.y + l.ticker_max.y - size) / 2.0f - 2 * s, to_u32(kWhite),
              mark, Align::right);
    right = a.x - 24 * s;
  }
  const bool problem = !v.problem.empty();
  const std::string line = problem ? trf(S::setup_problem, v.lang, {v.problem}) : v.ticker;
  const float left = l.ticker_min.x + l.margin;
  const float size = fit_size(f.body, 32 * s, line, right - left);
  draw_text(dl, f.body, size, left, (l.ticker_min.y + l.ticker_max.y - size) / 2.0f - 2 * s,
            to_u32(problem ? p.warning : p.text, problem ? 1.0f : 0.8f), line);
}

}  // namespace

void draw_display(const DisplayView& view, const gui::Fonts& fonts, const gui::Palette& palette) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const Layout layout = make_layout(viewport->Pos, viewport->Size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // The whole screen is ours: not clipped to the root window's padded inside.
  dl->PushClipRectFullScreen();
  draw_header(dl, layout, view, fonts, palette);
  draw_status_strip(dl, layout, view, fonts, palette);
  draw_card(dl, layout, view, fonts, palette);
  draw_waiting(dl, layout, view, fonts, palette);
  draw_history(dl, layout, view, fonts, palette);
  draw_ticker(dl, layout, view, fonts, palette);
  dl->PopClipRect();
}

}  // namespace kezek::display
