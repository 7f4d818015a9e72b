#include "shared/gui/board_state.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace kezek::gui {

namespace json = boost::json;

namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error("board: " + what); }

const json::value& member(const json::object& o, std::string_view key, std::string_view where) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) fail(std::string(where) + " has no \"" + std::string(key) + "\"");
  return *v;
}

const json::object& object_member(const json::object& o, std::string_view key, std::string_view where) {
  const json::value& v = member(o, key, where);
  if (!v.is_object()) fail("\"" + std::string(key) + "\" in " + std::string(where) + " is not an object");
  return v.get_object();
}

const json::array& array_member(const json::object& o, std::string_view key, std::string_view where) {
  const json::value& v = member(o, key, where);
  if (!v.is_array()) fail("\"" + std::string(key) + "\" in " + std::string(where) + " is not a list");
  return v.get_array();
}

std::int64_t int_member(const json::object& o, std::string_view key, std::string_view where) {
  const json::value& v = member(o, key, where);
  if (v.is_int64()) return v.get_int64();
  if (v.is_uint64()) return static_cast<std::int64_t>(v.get_uint64());
  fail("\"" + std::string(key) + "\" in " + std::string(where) + " is not a whole number");
}

// Optional members take a default: the server may leave them out (no ticket).
std::string opt_string(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::int64_t opt_int(const json::object& o, std::string_view key, std::int64_t fallback = 0) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return fallback;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
  return fallback;
}

std::optional<Instant> opt_instant(const json::object& o, std::string_view key) {
  const std::string text = opt_string(o, key);
  if (text.empty()) return std::nullopt;
  return parse_iso8601(text);
}

std::string string_member(const json::object& o, std::string_view key, std::string_view where) {
  const json::value& v = member(o, key, where);
  if (!v.is_string()) fail("\"" + std::string(key) + "\" in " + std::string(where) + " is not text");
  return std::string(v.get_string());
}

BoardCall parse_call(const json::object& c) {
  BoardCall call;
  call.number = string_member(c, "number", "a call");
  call.counter = static_cast<int>(opt_int(c, "counter"));
  call.service = opt_string(c, "service");
  call.status = opt_string(c, "status");
  call.called_at = opt_instant(c, "called_at").value_or(Instant{});
  call.recalls = static_cast<int>(opt_int(c, "recalls"));
  return call;
}

std::vector<BoardGroup> parse_waiting(const json::array& list) {
  std::vector<BoardGroup> groups;
  for (const json::value& v : list) {
    if (!v.is_object()) fail("a waiting group is not an object");
    const json::object& g = v.get_object();
    BoardGroup group;
    group.id = string_member(g, "group", "a waiting group");
    group.letter = opt_string(g, "letter");
    if (const json::value* name = g.if_contains("name"); name != nullptr && name->is_object()) {
      group.name_en = opt_string(name->get_object(), "en");
      group.name_ru = opt_string(name->get_object(), "ru");
      group.name_kk = opt_string(name->get_object(), "kk");
    }
    if (group.name_en.empty()) group.name_en = group.id;
    if (group.name_ru.empty()) group.name_ru = group.name_en;
    if (group.name_kk.empty()) group.name_kk = group.name_en;
    group.count = static_cast<int>(opt_int(g, "count"));
    group.longest_wait_min = static_cast<int>(opt_int(g, "longest_wait_min"));
    group.estimated_wait_min = static_cast<int>(opt_int(g, "estimated_wait_min"));
    groups.push_back(std::move(group));
  }
  return groups;
}

BoardCounter* find_counter(BoardState& board, int number) {
  for (BoardCounter& c : board.counters)
    if (c.number == number) return &c;
  return nullptr;
}

void remove_call(BoardState& board, const std::string& number) {
  std::erase_if(board.calls, [&](const BoardCall& c) { return c.number == number; });
}

BoardCall* find_call(BoardState& board, const std::string& number) {
  for (BoardCall& c : board.calls)
    if (c.number == number) return &c;
  return nullptr;
}

}  // namespace

const std::string& BoardGroup::name(catalog::Lang lang) const {
  switch (lang) {
    case catalog::Lang::en: return name_en;
    case catalog::Lang::ru: return name_ru;
    case catalog::Lang::kk: return name_kk;
  }
  return name_en;
}

BoardState parse_board(const json::object& message) {
  const json::object& board = message.contains("board") ? object_member(message, "board", "the snapshot") : message;
  BoardState state;
  state.seq = message.contains("seq") ? int_member(message, "seq", "the snapshot") : opt_int(board, "seq");
  if (const json::value* status = board.if_contains("status"); status != nullptr && status->is_object())
    state.centre_state = opt_string(status->get_object(), "state");
  for (const json::value& v : array_member(board, "calls", "the board")) {
    if (!v.is_object()) fail("a call is not an object");
    state.calls.push_back(parse_call(v.get_object()));
    if (state.calls.size() == BoardState::kMaxCalls) break;
  }
  state.waiting = parse_waiting(array_member(board, "waiting", "the board"));
  if (const json::value* counters = board.if_contains("counters"); counters != nullptr && counters->is_array()) {
    for (const json::value& v : counters->get_array()) {
      if (!v.is_object()) fail("a counter is not an object");
      const json::object& c = v.get_object();
      BoardCounter counter;
      counter.number = static_cast<int>(int_member(c, "number", "a counter"));
      counter.phase = opt_string(c, "phase");
      counter.paused = c.contains("paused") && c.at("paused").is_bool() && c.at("paused").get_bool();
      counter.manager = c.contains("manager") && c.at("manager").is_bool() && c.at("manager").get_bool();
      counter.ticket = opt_string(c, "ticket");
      state.counters.push_back(std::move(counter));
    }
  }
  return state;
}

BoardChange apply_event(BoardState& board, const json::object& event) {
  BoardChange change;
  const std::int64_t seq = int_member(event, "seq", "an event");
  if (seq <= board.seq) {
    change.kind = BoardChange::Kind::duplicate;
    return change;
  }
  if (seq > board.seq + 1) {
    change.kind = BoardChange::Kind::gap;
    return change;
  }
  board.seq = seq;
  change.at = opt_instant(event, "at");
  const std::string type = string_member(event, "type", "an event");

  if (type == "ticket.called" || type == "ticket.recalled") {
    BoardCall call = parse_call(object_member(event, "ticket", type));
    call.counter = static_cast<int>(int_member(event, "counter", type));
    if (call.called_at == Instant{} && change.at) call.called_at = *change.at;
    remove_call(board, call.number);
    board.calls.insert(board.calls.begin(), call);
    if (board.calls.size() > BoardState::kMaxCalls) board.calls.resize(BoardState::kMaxCalls);
    if (BoardCounter* counter = find_counter(board, call.counter)) {
      counter->phase = "calling";
      counter->ticket = call.number;
    }
    change.kind = type == "ticket.called" ? BoardChange::Kind::call : BoardChange::Kind::recall;
    change.call = std::move(call);
  } else if (type == "ticket.started" || type == "ticket.finished" || type == "ticket.no_show") {
    const BoardCall ticket = parse_call(object_member(event, "ticket", type));
    if (BoardCall* shown = find_call(board, ticket.number)) shown->status = ticket.status;
    if (BoardCounter* counter = find_counter(board, static_cast<int>(int_member(event, "counter", type)))) {
      const bool serving = type == "ticket.started";
      counter->phase = serving ? "serving" : "idle";
      counter->ticket = serving ? ticket.number : std::string();
    }
    change.kind = BoardChange::Kind::updated;
  } else if (type == "ticket.transferred") {
    // Back in line: no longer called to any counter, so off the board.
    const BoardCall ticket = parse_call(object_member(event, "ticket", type));
    remove_call(board, ticket.number);
    if (BoardCounter* counter = find_counter(board, static_cast<int>(int_member(event, "counter", type)))) {
      counter->phase = "idle";
      counter->ticket.clear();
    }
    change.kind = BoardChange::Kind::updated;
  } else if (type == "counter.paused" || type == "counter.resumed") {
    if (BoardCounter* counter = find_counter(board, static_cast<int>(int_member(event, "counter", type))))
      counter->paused = type == "counter.paused";
    change.kind = BoardChange::Kind::updated;
  } else if (type == "waiting") {
    board.waiting = parse_waiting(array_member(event, "waiting", type));
    change.kind = BoardChange::Kind::updated;
  } else if (type == "centre.status") {
    board.centre_state = opt_string(object_member(event, "status", type), "state");
    change.kind = BoardChange::Kind::updated;
  } else if (type == "day.started") {
    // A new day: yesterday's calls are no longer anyone's business.
    board.calls.clear();
    for (BoardCounter& c : board.counters) {
      c.phase = "idle";
      c.ticket.clear();
    }
    change.kind = BoardChange::Kind::updated;
  }
  return change;
}

}  // namespace kezek::gui
