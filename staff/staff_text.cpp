#include "staff/staff_text.hpp"

#include <array>

#include "shared/i18n/fill.hpp"

namespace kezek::staff {
namespace {

using catalog::Lang;

// Kept in the order of Msg (checked below at compile time).
constexpr std::array<Phrase, static_cast<std::size_t>(Msg::count_)> kPhrases = {{
    {Msg::title_counter, "Counter {}", "Окно {}", "{}-терезе"},
    {Msg::title_supervisor, "Supervisor", "Руководитель смены", "Ауысым жетекшісі"},
    {Msg::console_name, "Counter console", "Пульт оператора", "Оператор пульті"},

    {Msg::act_call_next, "Call next", "Вызвать следующего", "Келесіні шақыру"},
    {Msg::act_recall, "Recall", "Вызвать повторно", "Қайта шақыру"},
    {Msg::act_start, "Start", "Начать приём", "Қабылдауды бастау"},
    {Msg::act_finish, "Finish", "Завершить", "Аяқтау"},
    {Msg::act_no_show, "No-show", "Не явился", "Келмеді"},
    {Msg::act_transfer, "Transfer", "Передать", "Басқаға жіберу"},
    {Msg::act_pause, "Pause", "Пауза", "Үзіліс"},
    {Msg::act_resume, "Resume", "Продолжить", "Жалғастыру"},

    {Msg::current_visitor, "Current visitor", "Текущий посетитель", "Қазіргі келуші"},
    {Msg::no_visitor, "No visitor at the counter", "У окна нет посетителя", "Терезе алдында келуші жоқ"},
    {Msg::press_call, "Press F1 to call the next visitor", "Нажмите F1, чтобы вызвать следующего посетителя",
     "Келесі келушіні шақыру үшін F1 пернесін басыңыз"},
    {Msg::counter_paused, "The counter is paused", "Окно на паузе", "Терезе үзілісте"},
    {Msg::resume_hint, "Press F8 to resume taking visitors", "Нажмите F8, чтобы продолжить приём",
     "Қабылдауды жалғастыру үшін F8 пернесін басыңыз"},
    {Msg::status_called, "Called — waiting for the visitor", "Вызван — ждём посетителя",
     "Шақырылды — келушіні күтудеміз"},
    {Msg::status_serving, "Serving", "Идёт приём", "Қабылдау жүріп жатыр"},
    {Msg::tier_standard, "Standard queue", "Общая очередь", "Жалпы кезек"},
    {Msg::tier_priority, "Priority (paid walk-in)", "Приоритет (платная подача)", "Басым кезек (ақылы тапсыру)"},
    {Msg::tier_manager, "Personal manager", "Персональный менеджер", "Жеке менеджер"},
    {Msg::tier_appointment, "By appointment", "По записи", "Алдын ала жазылу бойынша"},
    {Msg::waited, "Waited {} min", "Ждал {} мин", "{} мин күтті"},
    {Msg::called_ago, "called {} min ago", "вызван {} мин назад", "{} мин бұрын шақырылды"},
    {Msg::serving_for, "at the counter for {} min", "у окна {} мин", "терезе алдында {} мин"},
    {Msg::recalls, "recalled {} times", "повторных вызовов: {}", "қайта шақыру саны: {}"},
    {Msg::appointment_line, "Appointment {} at {}", "Запись {} на {}", "Жазылу {}, уақыты {}"},
    {Msg::transferred_line, "Transferred: {}", "Передан: {}", "Басқадан жіберілді: {}"},
    {Msg::documents, "Documents to receive", "Документы к приёму", "Қабылданатын құжаттар"},
    {Msg::received_count, "received {} of {}", "получено {} из {}", "қабылданды: {} / {}"},
    {Msg::no_documents, "The catalog lists no documents for this service", "Для этой услуги в каталоге нет документов",
     "Каталогта бұл қызметке құжаттар көрсетілмеген"},
    {Msg::document_condition, "({})", "({})", "({})"},

    {Msg::queue_title, "Queue for this counter", "Очередь к этому окну", "Осы терезенің кезегі"},
    {Msg::col_service, "Service", "Услуга", "Қызмет"},
    {Msg::col_waiting, "Waiting", "Ждут", "Күтуде"},
    {Msg::longest_wait, "Longest wait: {} min", "Дольше всех ждут: {} мин", "Ең ұзақ күту: {} мин"},
    {Msg::next_appointments, "Next appointments", "Ближайшие записи", "Жақын жазылулар"},
    {Msg::no_appointments, "No appointments ahead", "Записей больше нет", "Алда жазылулар жоқ"},
    {Msg::appt_booked, "booked", "записан", "жазылған"},
    {Msg::appt_checked_in, "checked in", "отметился", "келіп тіркелді"},

    {Msg::nobody_waiting, "Nobody is waiting for this counter", "К этому окну никто не ждёт",
     "Бұл терезеге ешкім күтіп тұрған жоқ"},
    {Msg::refused_busy, "Finish the current visitor or mark a no-show first",
     "Сначала завершите приём или отметьте неявку", "Алдымен қабылдауды аяқтаңыз немесе келмеді деп белгілеңіз"},
    {Msg::refused_paused, "The counter is paused — resume first (F8)", "Окно на паузе — сначала продолжите (F8)",
     "Терезе үзілісте — алдымен жалғастырыңыз (F8)"},
    {Msg::refused_no_ticket, "There is no visitor at the counter for that", "Для этого у окна нет посетителя",
     "Бұл әрекет үшін терезе алдында келуші жоқ"},
    {Msg::refused_same_counter, "The ticket is already at this counter", "Талон уже у этого окна",
     "Талон осы терезеде тұр"},
    {Msg::refused_not_served, "No counter serves that service", "Эту услугу не обслуживает ни одно окно",
     "Бұл қызметті ешбір терезе көрсетпейді"},
    {Msg::refused_unknown_counter, "There is no such counter", "Такого окна нет", "Мұндай терезе жоқ"},
    {Msg::refused_unknown_service, "There is no such service", "Такой услуги нет", "Мұндай қызмет жоқ"},
    {Msg::refused_already_paused, "The counter is already paused", "Окно уже на паузе",
     "Терезе қазірдің өзінде үзілісте"},
    {Msg::refused_not_paused, "The counter is not paused", "Окно не на паузе", "Терезе үзілісте емес"},
    {Msg::refused_token, "The server does not accept this console's token: check --token",
     "Сервер не принимает токен этого пульта: проверьте --token",
     "Сервер бұл пульттің токенін қабылдамайды: --token параметрін тексеріңіз"},
    {Msg::refused_bad_transfer, "Choose a service or a counter to transfer to",
     "Выберите услугу или окно, куда передать", "Жіберетін қызметті немесе терезені таңдаңыз"},
    {Msg::refused_other, "The server refused", "Сервер отказал", "Сервер бас тартты"},
    {Msg::server_says, "Server: {}", "Сервер: {}", "Сервер: {}"},
    {Msg::unreachable, "Cannot reach the server {}", "Нет связи с сервером {}", "{} серверіне қосылу мүмкін емес"},
    {Msg::bad_reply, "The server's answer could not be read: {}", "Не удалось прочитать ответ сервера: {}",
     "Сервердің жауабын оқу мүмкін болмады: {}"},
    {Msg::protocol_mismatch,
     "The server speaks protocol {}, this console understands protocol {}: update the console or "
     "the server",
     "Сервер работает по протоколу {}, а этот пульт понимает протокол {}: обновите пульт или "
     "сервер",
     "Сервер {} хаттамасымен жұмыс істейді, ал бұл пульт {} хаттамасын түсінеді: пультті немесе "
     "серверді жаңартыңыз"},

    {Msg::conn_live, "Live", "На связи", "Байланыста"},
    {Msg::conn_connecting, "Connecting…", "Подключение…", "Қосылуда…"},
    {Msg::conn_retry, "No connection — retrying in {} s", "Нет связи — повтор через {} с",
     "Байланыс жоқ — {} с кейін қайталанады"},
    {Msg::loading, "Loading…", "Загрузка…", "Жүктелуде…"},

    {Msg::transfer_title, "Transfer {}", "Передать {}", "{} талонын басқаға жіберу"},
    {Msg::to_service, "To a service", "На услугу", "Қызметке"},
    {Msg::to_counter, "To a counter", "В окно", "Терезеге"},
    {Msg::counter_number, "Counter number", "Номер окна", "Терезе нөмірі"},
    {Msg::reason, "Reason", "Причина", "Себебі"},
    {Msg::do_transfer, "Transfer", "Передать", "Жіберу"},
    {Msg::cancel, "Cancel", "Отмена", "Болдырмау"},
    {Msg::choose_service, "Choose a service", "Выберите услугу", "Қызметті таңдаңыз"},
    {Msg::transfer_keys, "Enter — transfer · Esc — cancel", "Enter — передать · Esc — отмена",
     "Enter — жіберу · Esc — болдырмау"},

    {Msg::not_set_up, "This console is not set up", "Пульт не настроен", "Пульт бапталмаған"},
    {Msg::setup_usage,
     "Start it with --counter N --token TOKEN (or --config FILE); a supervisor with --supervisor "
     "and the admin token",
     "Запустите с --counter N --token ТОКЕН (или --config ФАЙЛ); руководитель — с --supervisor и "
     "токеном администратора",
     "--counter N --token ТОКЕН (немесе --config ФАЙЛ) арқылы іске қосыңыз; жетекші — --supervisor "
     "және әкімші токенімен"},

    {Msg::stat_issued, "Tickets today", "Талонов сегодня", "Бүгінгі талондар"},
    {Msg::stat_served, "Served", "Обслужено", "Қызмет көрсетілді"},
    {Msg::stat_no_show, "No-shows", "Неявки", "Келмегендер"},
    {Msg::stat_waiting, "Waiting now", "Ждут сейчас", "Қазір күтуде"},
    {Msg::stat_mean_wait, "Mean wait", "Среднее ожидание", "Орташа күту"},
    {Msg::stat_max_wait, "Longest wait", "Дольше всех", "Ең ұзақ күту"},
    {Msg::counters_title, "Counters", "Окна", "Терезелер"},
    {Msg::col_counter, "Counter", "Окно", "Терезе"},
    {Msg::col_operator, "Operator", "Оператор", "Оператор"},
    {Msg::col_state, "State", "Состояние", "Күйі"},
    {Msg::col_ticket, "Ticket", "Талон", "Талон"},
    {Msg::phase_idle, "Free", "Свободно", "Бос"},
    {Msg::phase_calling, "Calling", "Вызов", "Шақыруда"},
    {Msg::phase_serving, "Serving", "Приём", "Қабылдауда"},
    {Msg::phase_paused, "Paused", "Пауза", "Үзілісте"},
    {Msg::manager_counter, "manager", "менеджер", "менеджер"},
    {Msg::waiting_by_service, "Waiting by service", "Ожидают по услугам", "Қызметтер бойынша күтуде"},
    {Msg::col_longest, "Longest", "Дольше всех", "Ең ұзақ"},
    {Msg::chart_waiting, "Waiting through the day", "Ожидающие в течение дня", "Күн бойы күткендер"},
    {Msg::chart_waits, "Wait times of called tickets", "Время ожидания вызванных", "Шақырылғандардың күту уақыты"},
    {Msg::no_data, "No data yet", "Данных пока нет", "Әзірге дерек жоқ"},
    {Msg::export_csv, "Export CSV", "Выгрузить CSV", "CSV-ге шығару"},
    {Msg::export_saved, "Saved {}", "Сохранено: {}", "Сақталды: {}"},
    {Msg::export_failed, "Could not save the report: {}", "Не удалось сохранить отчёт: {}",
     "Есепті сақтау мүмкін болмады: {}"},
    {Msg::minutes, "{} min", "{} мин", "{} мин"},
    {Msg::minutes_unit, "min", "мин", "мин"},
}};

// Checked at compile time: a phrase out of place would show the wrong words.
static_assert(i18n::keys_in_order(kPhrases));

}  // namespace

std::span<const Phrase> strings_table(Msg) { return kPhrases; }

}  // namespace kezek::staff
