// The command-line reader every program uses: values, numbers, and the
// wording of its errors.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "shared/cli/option_reader.hpp"

namespace kezek_unit_cli_option_reader {

using kezek::cli::OptionReader;

namespace {

std::string error_of(std::vector<std::string> args, void (*read)(OptionReader&)) {
  try {
    OptionReader reader(std::move(args), "usage: test [--n N]\n");
    while (reader.next()) read(reader);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("cli option reader: flags, values and numbers in order") {
  char prog[] = "prog", data[] = "--data", dir[] = "/tmp/x", flag[] = "--smoke", n[] = "--n", seven[] = "7",
       x[] = "--x", half[] = "0.5";
  char* argv[] = {prog, data, dir, flag, n, seven, x, half};
  OptionReader reader(8, argv, "usage\n");
  std::vector<std::string> seen;
  while (reader.next()) {
    if (reader.is("--data"))
      seen.push_back("data=" + reader.value());
    else if (reader.is("--n"))
      seen.push_back("n=" + std::to_string(reader.integer_between(1, 9)));
    else if (reader.is("--x"))
      seen.push_back("x=" + std::to_string(reader.number()));
    else
      seen.push_back(reader.flag());
  }
  CHECK(seen == std::vector<std::string>{"data=/tmp/x", "--smoke", "n=7", "x=0.500000"});
  OptionReader empty(1, argv, "usage\n");
  CHECK_FALSE(empty.next());
}

TEST_CASE("cli option reader: every mistake is one readable line naming the option") {
  auto integer = [](OptionReader& r) { (void)r.integer_between(1, 99); };
  auto number = [](OptionReader& r) { (void)r.number(); };
  auto strict = [](OptionReader& r) { r.reject(); };
  CHECK(error_of({"--n"}, integer) == "--n needs a value");
  CHECK(error_of({"--n", "12a"}, integer) == "--n expects a whole number, got \"12a\"");
  CHECK(error_of({"--n", ""}, integer) == "--n expects a whole number, got \"\"");
  CHECK(error_of({"--n", "100"}, integer) == "--n expects a whole number from 1 to 99, got \"100\"");
  CHECK(error_of({"--n", "0"}, integer) == "--n expects a whole number from 1 to 99, got \"0\"");
  CHECK(error_of({"--n", "5"}, integer).empty());
  CHECK(error_of({"--rate", "fast"}, number) == "--rate expects a number, got \"fast\"");
  CHECK(error_of({"--rate", "1e3"}, number).empty());
  auto bounded = [](OptionReader& r) { (void)r.number_between(1, 3600); };
  CHECK(error_of({"--time-scale", "0.5"}, bounded) == "--time-scale expects a number from 1 to 3600, got \"0.5\"");
  CHECK(error_of({"--time-scale", "3601"}, bounded) == "--time-scale expects a number from 1 to 3600, got \"3601\"");
  CHECK(error_of({"--time-scale", "nan"}, bounded) == "--time-scale expects a number from 1 to 3600, got \"nan\"");
  CHECK(error_of({"--time-scale", "fast"}, bounded) == "--time-scale expects a number from 1 to 3600, got \"fast\"");
  CHECK(error_of({"--time-scale", "600"}, bounded).empty());
  CHECK(error_of({"--time-scale", "3600"}, bounded).empty());
  CHECK(error_of({"--frobnicate"}, strict) == "unknown option \"--frobnicate\"\nusage: test [--n N]\n");
}

TEST_CASE("cli option reader: without a usage, --help is an ordinary flag for a later pass") {
  OptionReader reader(std::vector<std::string>{"--help", "--lang", "kk"}, "");
  REQUIRE(reader.next());
  CHECK(reader.is("--help"));
  REQUIRE(reader.next());
  CHECK(reader.value() == "kk");
  CHECK_FALSE(reader.next());
  try {
    reader.reject();
    FAIL("reject() must throw");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == "unknown option \"--lang\"");
  }
}

}  // namespace kezek_unit_cli_option_reader
