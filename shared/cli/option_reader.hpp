#pragma once
// OptionReader: the "--flag value" loop over argv that every Kezek program
// runs (server, GUI clients, bench tools), with one wording for its errors.
//
//   for (cli::OptionReader args(argc, argv, kUsage); args.next();) {
//     if (args.is("--data")) o.data = args.value();
//     else if (args.is("--seconds")) o.seconds = args.number();
//     else args.reject();
//   }
//
// Given a usage text, next() answers --help / -h itself (prints it, exits 0);
// without one, --help comes back like any other flag (a first pass that
// leaves the rest to another reader). Every error is a std::invalid_argument
// whose message names the option and the bad text, so main() can print it as
// one readable line.
//
// Threading: a plain value over argv; no shared state.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kezek::cli {

class OptionReader {
 public:
  OptionReader(int argc, char** argv, std::string usage);  // argv[1..]
  OptionReader(std::vector<std::string> args, std::string usage);

  // Moves to the next argument; false when there is none.
  bool next();
  const std::string& flag() const { return flag_; }
  bool is(std::string_view name) const { return flag_ == name; }

  // The argument after the flag, consumed; throws when there is none.
  std::string value();
  // The value as a whole number / a number; the whole text must be one.
  std::int64_t integer();
  int integer_between(int low, int high);
  double number();
  double number_between(double low, double high);

  // Throws "unknown option" with the usage.
  [[noreturn]] void reject() const;
  // Throws "<flag> expects <what>, got "<text>"".
  [[noreturn]] void expected(std::string_view what, std::string_view text) const;

 private:
  std::int64_t to_integer(const std::string& text) const;

  std::vector<std::string> args_;
  std::size_t index_ = 0;  // of the next argument to read
  std::string usage_;
  std::string flag_;
};

}  // namespace kezek::cli
