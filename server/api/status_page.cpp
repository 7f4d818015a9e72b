#include "server/api/status_page.hpp"

#include <array>

#include "shared/domain/day_end.hpp"

namespace kezek::server::api {

namespace {

struct Labels {
  const char* title;
  const char* ticket;
  const char* status;
  const char* ahead;
  const char* wait;
  const char* minutes;
  const char* unknown;
  const char* called;
  const char* go_to;
  const char* after_lunch;
  const char* not_today;
  const char* day_ended;
  const char* updated;
};

constexpr Labels kEn{"Your ticket",
                     "Ticket",
                     "Status",
                     "People ahead",
                     "Estimated wait",
                     "min",
                     "This ticket is not known. Please ask at the reception.",
                     "It is your turn",
                     "Please go to counter",
                     "You will be served after the lunch break (14:00).",
                     "This ticket can no longer be served today.",
                     "The Centre closed for the day before this ticket was served. Please take a new ticket.",
                     "Updated"};
constexpr Labels kRu{"Ваш талон",
                     "Талон",
                     "Статус",
                     "Перед вами",
                     "Ожидание",
                     "мин",
                     "Талон не найден. Обратитесь на ресепшен.",
                     "Ваша очередь",
                     "Пройдите к окну",
                     "Вас обслужат после обеденного перерыва (14:00).",
                     "Сегодня этот талон уже не может быть обслужен.",
                     "Центр закрылся до того, как этот талон был обслужен. Пожалуйста, возьмите новый талон.",
                     "Обновлено"};
constexpr Labels kKk{"Сіздің талоныңыз",
                     "Талон",
                     "Күйі",
                     "Алдыңызда",
                     "Күту уақыты",
                     "мин",
                     "Талон табылмады. Ресепшенге жүгініңіз.",
                     "Сіздің кезегіңіз",
                     "Терезеге өтіңіз",
                     "Сізге түскі үзілістен кейін (14:00) қызмет көрсетіледі.",
                     "Бұл талонға бүгін қызмет көрсету мүмкін емес.",
                     "Бұл талонға қызмет көрсетілгенге дейін орталық жұмысын аяқтады. Жаңа талон алыңыз.",
                     "Жаңартылды"};

const Labels& labels_for(std::string_view lang) {
  if (lang == "ru") return kRu;
  if (lang == "kk") return kKk;
  return kEn;
}

std::string status_word(std::string_view status, std::string_view lang) {
  struct Row {
    const char* id;
    std::array<const char*, 3> text;  // en, ru, kk
  };
  static constexpr std::array<Row, 6> kRows{{
      {"waiting", {"Waiting", "Ожидание", "Күтуде"}},
      {"called", {"Called", "Вызван", "Шақырылды"}},
      {"serving", {"Being served", "Обслуживается", "Қызмет көрсетілуде"}},
      {"done", {"Served", "Обслужен", "Қызмет көрсетілді"}},
      {"no_show", {"Missed", "Не явился", "Келмеді"}},
      {"cancelled", {"Cancelled", "Отменён", "Күші жойылды"}},
  }};
  const std::size_t i = lang == "ru" ? 1 : lang == "kk" ? 2 : 0;
  for (const Row& row : kRows)
    if (status == row.id) return row.text[i];
  return std::string(status);
}

template <typename T>
std::string text_of(const std::optional<T>& v) {
  return v ? std::to_string(*v) : std::string();
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string render_status_page(const protocol::Ticket* ticket, Instant now) {
  const std::string lang = ticket ? ticket->lang : "en";
  const Labels& l = labels_for(lang);
  std::string html = "<!DOCTYPE html><html lang=\"" + html_escape(lang.empty() ? "en" : lang) +
                     "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                     "<meta http-equiv=\"refresh\" content=\"20\"><title>Kezek — " +
                     std::string(l.title) +
                     "</title><style>body{font-family:sans-serif;margin:2em;color:#14203a}"
                     ".n{font-size:4em;font-weight:bold;color:#0f2a55}.s{font-size:1.4em}</style></head><body>";
  html += "<p>AIFC Expat Centre · Kezek</p>";
  if (ticket == nullptr) {
    html += "<p class=\"s\">" + std::string(l.unknown) + "</p>";
  } else {
    const std::string status(domain::to_string(ticket->status));
    html += "<h1>" + std::string(l.title) + "</h1>";
    html += "<div class=\"n\">" + html_escape(ticket->number) + "</div>";
    html += "<p class=\"s\">" + std::string(l.status) + ": " + html_escape(status_word(status, lang)) + "</p>";
    if (ticket->status == domain::TicketStatus::called) {
      html += "<p class=\"s\"><b>" + std::string(l.called) + ". " + l.go_to + " " +
              html_escape(text_of(ticket->counter)) + "</b></p>";
    } else if (ticket->status == domain::TicketStatus::waiting) {
      html += "<p>" + std::string(l.ahead) + ": " + html_escape(text_of(ticket->position)) + "</p>";
      html += "<p>" + std::string(l.wait) + ": " + html_escape(text_of(ticket->estimated_wait_min)) + " " + l.minutes +
              "</p>";
      if (ticket->after_lunch == true) html += "<p>" + std::string(l.after_lunch) + "</p>";
      if (ticket->served_today == false) html += "<p>" + std::string(l.not_today) + "</p>";
    } else if (ticket->close_reason == domain::kClosedDayEnded) {
      html += "<p>" + std::string(l.day_ended) + "</p>";
    }
  }
  html += "<p><small>" + std::string(l.updated) + " " + format_hhmm(to_local(now).time_of_day) +
          "</small></p></body></html>";
  return html;
}

}  // namespace kezek::server::api
