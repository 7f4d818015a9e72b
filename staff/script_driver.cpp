#include "staff/script_driver.hpp"

#include <charconv>
#include <optional>
#include <sstream>

namespace kezek::staff {

namespace {

std::optional<int> whole(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::string rest_of(std::istringstream& in) {
  std::string rest;
  std::getline(in, rest);
  const auto first = rest.find_first_not_of(" \t");
  return first == std::string::npos ? std::string() : rest.substr(first);
}

}  // namespace

std::vector<ScriptStep> parse_script(std::string_view text, std::string& problem) {
  std::vector<ScriptStep> steps;
  std::istringstream lines{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream in(line);
    std::string verb, arg;
    if (!(in >> verb)) continue;
    ScriptStep step;
    step.line = number;
    auto fail = [&](const std::string& why) {
      problem = "--script line " + std::to_string(number) + ": " + why;
      return std::vector<ScriptStep>{};
    };
    if (verb == "key") {
      in >> arg;
      const auto n =
          arg.size() >= 2 && (arg[0] == 'F' || arg[0] == 'f') ? whole(std::string_view(arg).substr(1)) : std::nullopt;
      if (!n || *n < 1 || *n > 8) return fail("\"key\" takes F1 to F8");
      step.kind = ScriptStep::Kind::key;
      step.number = *n;
    } else if (verb == "wait") {
      step.kind = ScriptStep::Kind::wait;
    } else if (verb == "sleep") {
      in >> arg;
      const auto ms = whole(arg);
      if (!ms) return fail("\"sleep\" takes milliseconds");
      step.kind = ScriptStep::Kind::sleep;
      step.number = *ms;
    } else if (verb == "transfer") {
      std::string to;
      in >> to >> arg;
      if (to == "service" && !arg.empty()) {
        step.kind = ScriptStep::Kind::transfer_service;
        step.word = arg;
      } else if (to == "counter" && whole(arg)) {
        step.kind = ScriptStep::Kind::transfer_counter;
        step.number = *whole(arg);
      } else {
        return fail("\"transfer\" takes \"service ID\" or \"counter N\", then an optional reason");
      }
      step.reason = rest_of(in);
    } else if (verb == "tick") {
      in >> arg;
      const auto n = whole(arg);
      if (!n || *n < 1) return fail("\"tick\" takes a document number from 1");
      step.kind = ScriptStep::Kind::tick;
      step.number = *n;
    } else if (verb == "lang") {
      in >> arg;
      if (arg != "en" && arg != "ru" && arg != "kk") return fail("\"lang\" takes en, ru or kk");
      step.kind = ScriptStep::Kind::lang;
      step.word = arg;
    } else if (verb == "view") {
      in >> arg;
      if (arg != "counter" && arg != "supervisor") return fail("\"view\" takes counter or supervisor");
      step.kind = ScriptStep::Kind::view;
      step.word = arg;
    } else if (verb == "export") {
      step.kind = ScriptStep::Kind::export_csv;
    } else if (verb == "quit") {
      step.kind = ScriptStep::Kind::quit;
    } else {
      return fail("unknown step \"" + verb + "\"");
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

void ScriptDriver::advance(const std::function<bool()>& settled,
                           const std::function<void(const ScriptStep&)>& execute) {
  while (next_ < steps_.size()) {
    const ScriptStep& step = steps_[next_];
    if (step.kind == ScriptStep::Kind::wait) {
      if (!settled()) return;
    } else if (step.kind == ScriptStep::Kind::sleep) {
      const auto now = std::chrono::steady_clock::now();
      if (!sleeping_) {
        sleeping_ = true;
        wake_at_ = now + std::chrono::milliseconds(step.number);
      }
      if (now < wake_at_) return;
      sleeping_ = false;
    } else {
      execute(step);
    }
    ++next_;
  }
}

}  // namespace kezek::staff
