// The one main() of the unit suites; every other tests/unit/*.cpp holds cases.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
