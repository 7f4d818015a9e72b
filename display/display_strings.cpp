#include "display/display_strings.hpp"

#include "shared/i18n/fill.hpp"

#include <array>
#include <cstddef>

namespace kezek::display {
namespace {

using Row = i18n::Row<S>;

// In the order of S; a static_assert below keeps them in step.
constexpr std::array<Row, static_cast<std::size_t>(S::count_)> kRows{{
    // chrome
    {S::centre_name, "AIFC Expat Centre", "Экспат центр МФЦА", "АХҚО Экспат орталығы"},
    {S::queue_name, "Electronic queue", "Электронная очередь", "Электронды кезек"},
    {S::reconnecting, "Reconnecting…", "Переподключение…", "Қайта қосылуда…"},
    {S::connecting, "Connecting to the queue server…", "Подключение к серверу очереди…", "Кезек серверіне қосылуда…"},
    {S::board_unavailable, "The queue board is unavailable", "Табло очереди недоступно", "Кезек таблосы қолжетімсіз"},
    {S::setup_problem, "Display setup problem: {}", "Ошибка настройки табло: {}", "Табло баптауындағы қате: {}"},
    // the newest call and the history
    {S::now_calling, "Now calling", "Вызывается", "Шақырылады"},
    {S::ticket, "Ticket", "Талон", "Талон"},
    {S::counter, "Counter", "Окно", "Терезе"},
    {S::called_again, "Called again", "Повторный вызов", "Қайта шақыру"},
    {S::recent_calls, "Recent calls", "Последние вызовы", "Соңғы шақырулар"},
    {S::no_calls_yet, "No calls yet today", "Сегодня вызовов ещё не было", "Бүгін әлі шақыру болған жоқ"},
    {S::take_ticket_hint, "Take a ticket at the kiosk and watch this screen",
     "Возьмите талон в терминале и следите за табло", "Терминалдан талон алып, таблоны қадағалаңыз"},
    {S::lunch_hint, "Tickets taken now are called after the break", "Талоны, взятые сейчас, вызовут после перерыва",
     "Қазір алынған талондар үзілістен кейін шақырылады"},
    // waiting per group
    {S::waiting_title, "Waiting now", "Сейчас в очереди", "Қазір кезекте"},
    {S::people_waiting, "{} waiting", "ожидают: {}", "{} адам күтуде"},
    {S::about_minutes, "about {} min", "около {} мин", "шамамен {} мин"},
    {S::no_queue, "no queue", "без очереди", "кезек жоқ"},
    // the ticker
    {S::hours_line, "Opening hours: Monday to Friday {}–{}, lunch break {}–{}",
     "Часы работы: понедельник–пятница {}–{}, обед {}–{}", "Жұмыс уақыты: дүйсенбі–жұма {}–{}, түскі үзіліс {}–{}"},
    {S::weekends_closed, "Closed on Saturdays, Sundays and public holidays",
     "Суббота, воскресенье и праздничные дни — выходные", "Сенбі, жексенбі және мереке күндері — демалыс"},
    {S::notice_keep_ticket, "Please keep your ticket until you are called", "Пожалуйста, сохраняйте талон до вызова",
     "Шақырылғанға дейін талоныңызды сақтаңыз"},
    {S::notice_documents, "Have your passport and documents ready before you go to the counter",
     "Приготовьте паспорт и документы до подхода к окну",
     "Терезеге барар алдында төлқұжат пен құжаттарыңызды дайындап қойыңыз"},
    {S::notice_follow_phone, "Scan the QR code on your ticket to follow your turn on your phone",
     "Отсканируйте QR-код на талоне, чтобы следить за очередью с телефона",
     "Кезегіңізді телефоннан бақылау үшін талондағы QR-кодты сканерлеңіз"},
    // spoken: the letter's name, the number in digits, the counter (Kazakh: an
    // ordinal in words, "үшінші терезеге" — "to the third window")
    {S::spoken_call, "Ticket {} {}, please go to counter {}.", "Талон {} {}, пройдите к окну номер {}.",
     "Талон {} {}, {} терезеге өтіңіз."},
}};

static_assert(i18n::keys_in_order(kRows), "kRows must list every S in declaration order");

}  // namespace

std::span<const i18n::Row<S>> strings_table(S) { return kRows; }

std::string tr3(S key) {
  std::string out(tr(key, Lang::en));
  out.append(" · ").append(tr(key, Lang::ru)).append(" · ").append(tr(key, Lang::kk));
  return out;
}

}  // namespace kezek::display
