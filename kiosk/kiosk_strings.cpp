#include "kiosk/kiosk_strings.hpp"

#include <array>
#include <cstddef>

#include "shared/i18n/fill.hpp"

namespace kezek::kiosk {
namespace {

using Row = i18n::Row<S>;

// In the order of S; a static_assert below keeps them in step.
constexpr std::array<Row, static_cast<std::size_t>(S::count_)> kRows{{
    // chrome
    {S::centre_name, "AIFC Expat Centre", "Экспат центр МФЦА", "АХҚО Экспат орталығы"},
    {S::back, "← Back", "← Назад", "← Артқа"},
    {S::start_over, "Start over", "В начало", "Басына оралу"},
    {S::offline_banner,
     "No connection to the queue server. Tickets and check-in are unavailable for now; "
     "reconnecting by itself…",
     "Нет связи с сервером очереди. Талоны и отметка временно недоступны; подключаемся "
     "автоматически…",
     "Кезек серверімен байланыс жоқ. Талон алу мен тіркелу уақытша қолжетімсіз; байланыс өздігінен "
     "қалпына "
     "келтірілуде…"},
    {S::offline_short, "Unavailable: no connection to the server", "Недоступно: нет связи с сервером",
     "Қолжетімсіз: сервермен байланыс жоқ"},
    {S::please_wait, "Please wait…", "Пожалуйста, подождите…", "Күте тұрыңыз…"},
    // home
    {S::welcome, "Welcome! How can we help?", "Добро пожаловать! Чем можем помочь?",
     "Қош келдіңіз! Сізге қалай көмектесе аламыз?"},
    {S::take_ticket, "Take a ticket", "Взять талон", "Талон алу"},
    {S::take_ticket_hint, "Choose your service: documents, fees, processing time",
     "Выберите услугу: документы, стоимость, сроки", "Қызметті таңдаңыз: құжаттар, төлемдер, мерзімдер"},
    {S::have_appointment, "I have an appointment", "У меня есть запись", "Менің жазылуым бар"},
    {S::have_appointment_hint, "Check in with your booking code", "Отметьтесь по коду записи",
     "Жазылу кодымен тіркеліңіз"},
    {S::check_booking, "Check my booking", "Проверить мою запись", "Жазылуымды тексеру"},
    {S::check_booking_hint, "Date, time and documents to bring", "Дата, время и необходимые документы",
     "Күні, уақыты және алып келетін құжаттар"},
    {S::today_hours, "Today", "Сегодня", "Бүгін"},
    {S::hours_line, "{}–{}, lunch break {}–{}", "{}–{}, обед {}–{}", "{}–{}, түскі үзіліс {}–{}"},
    {S::closed_today, "closed", "выходной", "демалыс күні"},
    {S::hours_unknown, "not known yet", "пока неизвестно", "әзірге белгісіз"},
    {S::status_from_calendar, "by the Centre's calendar", "по календарю Центра", "Орталық күнтізбесі бойынша"},
    {S::status_unreadable, "The Centre's status could not be read.", "Не удалось прочитать состояние Центра.",
     "Орталықтың жай-күйін оқу мүмкін болмады."},
    {S::protocol_mismatch,
     "This kiosk cannot work with the Centre's server (it speaks protocol version {}, the kiosk "
     "knows version {}). "
     "Tickets are not issued here for now; please ask at the information desk.",
     "Этот киоск не может работать с сервером Центра (у сервера версия протокола {}, киоск знает "
     "версию {}). "
     "Сейчас талоны здесь не выдаются; обратитесь, пожалуйста, на стойку информации.",
     "Бұл киоск Орталықтың серверімен жұмыс істей алмайды (сервердің хаттама нұсқасы: {}, киоск "
     "білетін нұсқа: {}). "
     "Әзірге мұнда талон берілмейді; ақпарат бөліміне жүгініңіз."},
    // catalog browsing
    {S::choose_group, "Choose a service group", "Выберите группу услуг", "Қызметтер тобын таңдаңыз"},
    {S::choose_service, "Choose a service", "Выберите услугу", "Қызметті таңдаңыз"},
    {S::services_count, "Services: {}", "Услуг: {}", "Қызметтер: {}"},
    // service card
    {S::documents_to_bring, "Documents to bring", "Какие документы принести", "Алып келетін құжаттар"},
    {S::documents_tick_hint, "Tick what you have — ready: {} / {}", "Отметьте, что уже есть, — готово: {} / {}",
     "Барын белгілеңіз — дайын: {} / {}"},
    {S::how_to_apply, "How to apply", "Как подать", "Қалай тапсыру керек"},
    {S::at_embassy, "Then at the embassy", "Затем в посольстве", "Одан кейін елшілікте"},
    {S::good_to_know, "Good to know", "Важно знать", "Білген жөн"},
    {S::fees, "Fees", "Стоимость", "Төлемдер"},
    {S::service_fee, "Service fee", "Сервисный сбор", "Сервистік алым"},
    {S::state_duty, "State duty", "Госпошлина", "Мемлекеттік баж"},
    {S::no_state_duty, "not charged", "не взимается", "алынбайды"},
    {S::processing_time, "Processing time", "Срок оформления", "Ресімдеу мерзімі"},
    {S::ready_by, "Ready by, if you apply today", "Будет готово, если подать сегодня",
     "Бүгін тапсырсаңыз, дайын болу күні"},
    {S::ready_today, "today", "сегодня", "бүгін"},
    {S::may_extend, "If state bodies take longer", "Если госорганы задержат", "Мемлекеттік органдар кешіктірсе"},
    {S::fee_not_stated, "not stated", "не указан", "көрсетілмеген"},
    {S::tier_standard, "Standard", "Стандартная подача", "Стандартты тапсыру"},
    {S::tier_priority, "Walk-in: priority submission", "Walk-in: приоритетная подача",
     "Walk-in: басым тәртіппен тапсыру"},
    {S::tier_manager, "Personal manager", "Персональный менеджер", "Жеке менеджер"},
    {S::choose_tier, "Choose how to submit", "Выберите вариант подачи", "Тапсыру түрін таңдаңыз"},
    {S::take_ticket_for, "Take a ticket: {}", "Взять талон: {}", "Талон алу: {}"},
    // visa extension
    {S::expiry_prompt, "When does your current visa expire?", "Когда истекает ваша текущая виза?",
     "Қазіргі визаңыздың мерзімі қашан бітеді?"},
    {S::expiry_format, "day . month . year", "день . месяц . год", "күн . ай . жыл"},
    {S::extension_within, "You can apply today. Last day to apply: {}",
     "Подать можно сегодня. Последний день подачи: {}", "Бүгін тапсыруға болады. Тапсырудың соңғы күні: {}"},
    {S::extension_too_early,
     "Too early: an extension is accepted from 30 to 5 working days before the visa expires. Come "
     "back on: {}",
     "Рано: продление принимается за 30–5 рабочих дней до окончания визы. Приходите не раньше: {}",
     "Әзірге ерте: ұзартуға өтініш виза мерзімі біткенге дейін 30–5 жұмыс күні ішінде қабылданады. "
     "Келу күні: {}"},
    {S::extension_too_late,
     "Too late: less than 5 working days are left before the visa expires. The last day to apply "
     "was: {}. Please ask "
     "at the information desk.",
     "Поздно: до окончания визы осталось меньше 5 рабочих дней. Последний день подачи: {}. "
     "Обратитесь на стойку "
     "информации.",
     "Кеш: виза мерзімі біткенге дейін 5 жұмыс күнінен аз қалды. Тапсырудың соңғы күні: {}. "
     "Ақпарат бөліміне "
     "жүгініңіз."},
    {S::not_a_date, "This date does not exist — please check it", "Такой даты нет — проверьте, пожалуйста",
     "Мұндай күн жоқ — тексеріп көріңіз"},
    {S::change_date, "Change the date", "Изменить дату", "Күнді өзгерту"},
    {S::extension_needs_date, "Enter the date first to take a ticket", "Чтобы взять талон, сначала введите дату",
     "Талон алу үшін алдымен күнді енгізіңіз"},
    {S::extension_checking, "Checking the date with the Centre…", "Проверяем дату по календарю Центра…",
     "Күнді Орталық күнтізбесі бойынша тексеріп жатырмыз…"},
    {S::extension_unreachable,
     "The date cannot be checked now: no connection to the server. Please try again or ask at the "
     "information desk.",
     "Сейчас нельзя проверить дату: нет связи с сервером. Попробуйте ещё раз или обратитесь на "
     "стойку информации.",
     "Күнді қазір тексеру мүмкін емес: сервермен байланыс жоқ. Қайталап көріңіз немесе ақпарат "
     "бөліміне жүгініңіз."},
    {S::extension_unreadable, "The date could not be checked. Please ask at the information desk.",
     "Не удалось проверить дату. Обратитесь, пожалуйста, на стойку информации.",
     "Күнді тексеру мүмкін болмады. Ақпарат бөліміне жүгініңіз."},
    // ticket
    {S::your_ticket, "Your ticket", "Ваш талон", "Сіздің талоныңыз"},
    {S::people_ahead, "People ahead of you: {}", "Перед вами в очереди: {}", "Алдыңызда тұрғандар: {}"},
    {S::estimated_wait, "Estimated wait: about {} min", "Ожидание: около {} мин", "Күту уақыты: шамамен {} мин"},
    {S::expected_call, "Expected call time: about {}", "Ожидаемое время вызова: около {}",
     "Шақырылу уақыты: шамамен {}"},
    {S::after_lunch, "You will be served after the lunch break. The break ends at {}.",
     "Вас обслужат после обеденного перерыва. Перерыв до {}.",
     "Сізге түскі үзілістен кейін қызмет көрсетіледі. Үзіліс аяқталатын уақыт: {}."},
    {S::after_lunch_no_time, "You will be served after the lunch break.", "Вас обслужат после обеденного перерыва.",
     "Сізге түскі үзілістен кейін қызмет көрсетіледі."},
    {S::watch_screen, "Watch the screen: your number will be called to a counter.",
     "Следите за табло: ваш номер вызовут к окну.", "Таблоны қадағалаңыз: нөміріңіз терезеге шақырылады."},
    {S::scan_to_follow, "Scan to follow your turn on your phone", "Отсканируйте, чтобы следить за очередью с телефона",
     "Кезегіңізді телефоннан бақылау үшін сканерлеңіз"},
    {S::printing, "Printing your ticket…", "Печатаем талон…", "Талон басып шығарылуда…"},
    {S::printed, "Take your printed ticket below.", "Возьмите напечатанный талон внизу.",
     "Басып шығарылған талонды төменнен алыңыз."},
    {S::print_failed, "The ticket could not be printed, but it is valid. Please note your number: {}",
     "Талон не удалось напечатать, но он действителен. Запишите или запомните номер: {}",
     "Талонды басып шығару мүмкін болмады, бірақ ол жарамды. Нөміріңізді жазып алыңыз: {}"},
    {S::no_printer, "This kiosk has no printer. Please note your number: {}",
     "У этого киоска нет принтера. Запишите или запомните номер: {}",
     "Бұл киоскіде принтер жоқ. Нөміріңізді жазып алыңыз: {}"},
    {S::done, "Done", "Готово", "Аяқтау"},
    {S::checked_in_at, "You are checked in. Appointment time: {}", "Вы отметились. Время записи: {}",
     "Сіз тіркелдіңіз. Жазылу уақыты: {}"},
    {S::not_today_title, "This service can no longer be served today", "Сегодня эту услугу уже не успеют оказать",
     "Бұл қызметті бүгін көрсетіп үлгермейміз"},
    {S::not_today_body, "The queue for it will not be reached before the Centre closes.",
     "Очередь не дойдёт до вас до закрытия Центра.", "Орталық жабылғанға дейін кезек сізге жетпейді."},
    {S::next_free_slot, "Next free appointment: {}", "Ближайшая свободная запись: {}",
     "Ең жақын бос жазылу уақыты: {}"},
    {S::book_elsewhere, "Book it on the Centre's portal or at the information desk.",
     "Запишитесь на портале Центра или на стойке информации.",
     "Орталық порталы арқылы немесе ақпарат бөлімінде жазылыңыз."},
    {S::no_free_slot, "There are no free appointments in the coming days; please ask at the information desk.",
     "Свободных записей на ближайшие дни нет; обратитесь на стойку информации.",
     "Жақын күндерге бос жазылу жоқ; ақпарат бөліміне жүгініңіз."},
    {S::centre_closed, "Tickets are issued only while the Centre is open.",
     "Талоны выдаются только в часы работы Центра.", "Талондар тек Орталықтың жұмыс уақытында беріледі."},
    {S::day_full, "Today's tickets have run out. Please come back on the next working day.",
     "Талоны на сегодня закончились. Приходите в следующий рабочий день.",
     "Бүгінгі талондар таусылды. Келесі жұмыс күні келіңіз."},
    {S::issue_failed, "The ticket could not be issued. Please try again or ask at the information desk.",
     "Не удалось выдать талон. Попробуйте ещё раз или обратитесь на стойку информации.",
     "Талон беру мүмкін болмады. Қайталап көріңіз немесе ақпарат бөліміне жүгініңіз."},
    // booking code
    {S::enter_code, "Enter your booking code", "Введите код записи", "Жазылу кодын енгізіңіз"},
    {S::code_hint, "6 characters from your confirmation (for example K7M-4QX), or scan its QR code",
     "6 символов из подтверждения (например, K7M-4QX) или отсканируйте его QR-код",
     "Растаудағы 6 таңба (мысалы, K7M-4QX) немесе оның QR-кодын сканерлеңіз"},
    {S::check_in, "Check in", "Отметиться", "Тіркелу"},
    {S::show_booking, "Show my booking", "Показать запись", "Жазылуды көрсету"},
    {S::code_bad_char, "Booking codes do not use this character: {}", "В кодах записи нет такого символа: {}",
     "Жазылу кодтарында мұндай таңба жоқ: {}"},
    {S::code_unknown, "There is no booking with this code. Please check it.",
     "Записи с таким кодом нет. Проверьте код.", "Мұндай кодпен жазылу жоқ. Кодты тексеріңіз."},
    {S::code_too_early, "Too early to check in. Please come back at {}.", "Отметиться пока рано. Вернитесь к {}.",
     "Тіркелуге әлі ерте. Қайта келу уақыты: {}."},
    {S::code_too_late,
     "The time of your appointment has passed. You can take a standard ticket for the same "
     "service.",
     "Время вашей записи прошло. Можно взять обычный талон на ту же услугу.",
     "Жазылу уақытыңыз өтіп кетті. Сол қызметке қарапайым талон алуға болады."},
    {S::take_standard_ticket, "Take a standard ticket", "Взять обычный талон", "Қарапайым талон алу"},
    {S::code_wrong_day, "This booking is for another day: {}", "Эта запись на другой день: {}",
     "Бұл жазылу басқа күнге: {}"},
    {S::code_already_checked_in, "You have already checked in with this code.", "По этому коду уже отметились.",
     "Бұл кодпен тіркеліп қойғансыз."},
    {S::code_not_active, "This booking is no longer valid.", "Эта запись больше не действует.",
     "Бұл жазылу енді жарамсыз."},
    {S::request_failed, "The request failed. Please try again or ask at the information desk.",
     "Запрос не выполнен. Попробуйте ещё раз или обратитесь на стойку информации.",
     "Сұрау орындалмады. Қайталап көріңіз немесе ақпарат бөліміне жүгініңіз."},
    {S::clear, "Clear", "Стереть", "Өшіру"},
    // booking details
    {S::your_booking, "Your booking", "Ваша запись", "Сіздің жазылуыңыз"},
    {S::booking_code, "Code", "Код", "Коды"},
    {S::booking_date, "Date", "Дата", "Күні"},
    {S::booking_time, "Time", "Время", "Уақыты"},
    {S::booking_service, "Service", "Услуга", "Қызмет"},
    {S::booking_status, "Status", "Статус", "Күйі"},
    {S::status_booked, "Booked", "Активна", "Белсенді"},
    {S::status_checked_in, "Checked in", "Вы отметились", "Тіркелген"},
    {S::status_served, "Served", "Обслужена", "Қызмет көрсетілді"},
    {S::status_cancelled, "Cancelled", "Отменена", "Күші жойылған"},
    {S::status_missed, "Missed", "Пропущена", "Өткізіп алынған"},
    // Checked in, but the day ended before the visitor was served.
    {S::status_unserved, "Not served: the day ended", "Не обслужена: день закончился",
     "Қызмет көрсетілмеді: күн аяқталды"},
    {S::check_in_now, "Check in now", "Отметиться сейчас", "Қазір тіркелу"},
    // printed ticket
    {S::receipt_issued, "Issued", "Выдан", "Берілген уақыты"},
    {S::receipt_scan, "Scan to follow your turn", "Сканируйте, чтобы следить за очередью",
     "Кезегіңізді бақылау үшін сканерлеңіз"},
}};

static_assert(i18n::keys_in_order(kRows), "kRows must list every S in declaration order");

}  // namespace

std::span<const i18n::Row<S>> strings_table(S) { return kRows; }

}  // namespace kezek::kiosk
