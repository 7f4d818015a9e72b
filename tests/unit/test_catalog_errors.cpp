// The loader refuses a broken catalog with a message naming the file, the
// entry and the problem. Each case breaks one thing in the valid fixture and
// checks the whole message, so a vaguer message fails the test.
#include "shared/catalog/catalog_loader.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <functional>
#include <string>

namespace kezek_unit_catalog_errors {

using namespace kezek::catalog;
namespace json = boost::json;

namespace {

json::value fixture() {
  return json::parse(R"({
    "format": 1, "languages": ["en", "ru", "kk"],
    "steps": [{"id": "upload", "text": {"en": "Upload", "ru": "Загрузить", "kk": "Жүктеу"}}],
    "conditions": [{"id": "family_member", "text": {"en": "Family", "ru": "Семья", "kk": "Отбасы"}}],
    "documents": [
      {"id": "passport", "name": {"en": "Passport", "ru": "Паспорт", "kk": "Паспорт"}},
      {"id": "photo", "name": {"en": "Photo", "ru": "Фото", "kk": "Фото"}}],
    "rules": [{"id": "extension_window", "kind": "extension_window",
               "params": {"from_working_days": 30, "to_working_days": 5},
               "text": {"en": "Window", "ru": "Окно", "kk": "Мерзім"}}],
    "groups": [
      {"id": "work_visa", "letter": "W", "name": {"en": "Work", "ru": "Работа", "kk": "Жұмыс"}},
      {"id": "other", "letter": "O", "name": {"en": "Other", "ru": "Другое", "kk": "Басқа"}}],
    "services": [
      {"id": "work_visa_invitation", "group": "work_visa",
       "name": {"en": "Invitation", "ru": "Приглашение", "kk": "Шақыру"},
       "description": {"en": "Invitation", "ru": "Приглашение", "kk": "Шақыру"},
       "apply": ["upload"], "documents": [{"doc": "passport"}],
       "fees": {"service_kzt": {"standard": 730000, "priority": null, "manager": null}, "state_duty_mrp": 0.5},
       "processing": {"unit": "working_days", "min": 5, "max": 5}, "counter_minutes": 20},
      {"id": "work_visa_extension", "group": "work_visa",
       "name": {"en": "Extension", "ru": "Продление", "kk": "Ұзарту"},
       "description": {"en": "Extension", "ru": "Продление", "kk": "Ұзарту"},
       "apply": ["upload"],
       "documents": [{"doc": "passport"}, {"doc": "photo", "condition": "family_member"}],
       "fees": {"service_kzt": {"standard": 250000, "priority": null, "manager": 400000}, "state_duty_mrp": 30},
       "processing": {"unit": "working_days", "min": 3, "max": 5}, "counter_minutes": 15,
       "rules": ["extension_window"]}
    ]})");
}

// The message of the CatalogError the broken fixture raises.
std::string error_after(const std::function<void(json::object&)>& breakage) {
  json::value document = fixture();
  breakage(document.as_object());
  try {
    parse_catalog(json::serialize(document), "catalog.json");
  } catch (const CatalogError& error) {
    return error.what();
  }
  return "<accepted>";
}

json::object& service(json::object& root, std::size_t i) { return root["services"].as_array()[i].as_object(); }

}  // namespace

TEST_CASE("catalog errors: the unbroken fixture is accepted") {
  CHECK(error_after([](json::object&) {}) == "<accepted>");
}

TEST_CASE("catalog errors: malformed JSON names the line and column") {
  std::string message;
  try {
    parse_catalog("{\"format\": 1,\n  \"languages\": [\"en\" \"ru\"]}", "catalog.json");
  } catch (const CatalogError& error) {
    message = error.what();
  }
  CHECK(message.rfind("catalog.json: malformed JSON at line 2, column 22: ", 0) == 0);

  try {
    parse_catalog("{\"format\": 1,", "catalog.json");
    message.clear();
  } catch (const CatalogError& error) {
    message = error.what();
  }
  CHECK(message == "catalog.json: malformed JSON at line 1, column 14: incomplete JSON");
}

TEST_CASE("catalog errors: translations must be complete and non-empty") {
  CHECK(error_after([](json::object& root) { service(root, 1)["name"].as_object().erase("kk"); }) ==
        R"(catalog.json: services[1] "work_visa_extension": name: missing the "kk" translation)");
  CHECK(error_after([](json::object& root) { service(root, 0)["description"].as_object()["ru"] = ""; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": description.ru: the "ru" translation is empty)");
  CHECK(error_after([](json::object& root) { service(root, 0)["name"].as_object()["en"] = "  "; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": name.en: the "en" translation is empty)");
  CHECK(error_after([](json::object& root) { service(root, 0)["name"].as_object()["de"] = "Einladung"; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": name: unknown language "de")");
  CHECK(error_after([](json::object& root) {
          root["documents"].as_array()[1].as_object()["name"].as_object()["kk"] = 5;
        }) == R"(catalog.json: documents[1] "photo": name.kk: expected a string, got 5)");
}

TEST_CASE("catalog errors: references to unknown ids name the reference") {
  CHECK(error_after([](json::object& root) {
          service(root, 1)["documents"].as_array()[1].as_object()["doc"] = "foo";
        }) == R"(catalog.json: services[1] "work_visa_extension": documents[1]: unknown document id "foo")");
  CHECK(error_after([](json::object& root) {
          service(root, 1)["documents"].as_array()[1].as_object()["condition"] = "spouse";
        }) == R"(catalog.json: services[1] "work_visa_extension": documents[1]: unknown condition id "spouse")");
  CHECK(error_after([](json::object& root) { service(root, 0)["group"] = "misc"; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": group: unknown group id "misc")");
  CHECK(error_after([](json::object& root) { service(root, 0)["apply"].as_array().push_back("pay"); }) ==
        R"(catalog.json: services[0] "work_visa_invitation": apply[1]: unknown step id "pay")");
  CHECK(error_after([](json::object& root) { service(root, 1)["rules"].as_array()[0] = "same_host"; }) ==
        R"(catalog.json: services[1] "work_visa_extension": rules[0]: unknown rule id "same_host")");
  CHECK(error_after([](json::object& root) {
          service(root, 0)["embassy_step"] =
              json::parse(R"({"text": {"en": "E", "ru": "П", "kk": "Е"}, "documents": [{"doc": "visa"}]})");
        }) ==
        R"(catalog.json: services[0] "work_visa_invitation": embassy_step.documents[0]: unknown document id "visa")");
}

TEST_CASE("catalog errors: duplicate ids and reused group letters") {
  CHECK(
      error_after([](json::object& root) { service(root, 1)["id"] = "work_visa_invitation"; }) ==
      R"(catalog.json: services[1] "work_visa_invitation": duplicate service id "work_visa_invitation", first defined at services[0])");
  CHECK(error_after([](json::object& root) { root["documents"].as_array()[1].as_object()["id"] = "passport"; }) ==
        R"(catalog.json: documents[1] "passport": duplicate document id "passport", first defined at documents[0])");
  CHECK(error_after([](json::object& root) { root["groups"].as_array()[1].as_object()["letter"] = "W"; }) ==
        R"(catalog.json: groups[1] "other": letter: "W" is already used by group "work_visa")");
  CHECK(error_after([](json::object& root) { root["groups"].as_array()[1].as_object()["letter"] = "ow"; }) ==
        R"(catalog.json: groups[1] "other": letter: expected one letter A-Z, got "ow")");
  CHECK(error_after([](json::object& root) { service(root, 0)["id"] = "Work-Visa"; }) ==
        R"(catalog.json: services[0]: id: may only hold a-z, 0-9 and _, got "Work-Visa")");
}

TEST_CASE("catalog errors: fees must be non-negative and tiers known") {
  CHECK(error_after([](json::object& root) {
          service(root, 1)["fees"].as_object()["service_kzt"].as_object()["manager"] = -1;
        }) == R"(catalog.json: services[1] "work_visa_extension": fees.service_kzt.manager: negative fee -1)");
  CHECK(
      error_after([](json::object& root) {
        service(root, 0)["fees"].as_object()["service_kzt"].as_object()["vip"] = 1000000;
      }) ==
      R"(catalog.json: services[0] "work_visa_invitation": fees.service_kzt: unknown tier "vip" (expected "standard", "priority" or "manager"))");
  CHECK(error_after([](json::object& root) { service(root, 0)["fees"].as_object()["state_duty_mrp"] = -0.5; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": fees.state_duty_mrp: negative state duty -0.5)");
  CHECK(
      error_after([](json::object& root) { service(root, 0)["fees"].as_object()["state_duty_mrp"] = 30000; }) ==
      R"(catalog.json: services[0] "work_visa_invitation": fees.state_duty_mrp: state duty 30000 MRP is more than 1000 MRP)");
  CHECK(error_after([](json::object& root) { service(root, 0)["fees"].as_object()["state_duty_mrp"] = 1000; }) ==
        "<accepted>");
}

TEST_CASE("catalog errors: processing times must be sane") {
  CHECK(error_after([](json::object& root) { service(root, 1)["processing"].as_object()["min"] = 7; }) ==
        R"(catalog.json: services[1] "work_visa_extension": processing: min 7 is greater than max 5)");
  CHECK(
      error_after([](json::object& root) { service(root, 1)["processing"].as_object()["unit"] = "hours"; }) ==
      R"(catalog.json: services[1] "work_visa_extension": processing.unit: unknown unit "hours" (expected "working_days" or "minutes"))");
}

TEST_CASE("catalog errors: a value of the wrong type names what was expected and found") {
  CHECK(
      error_after([](json::object& root) { service(root, 0)["counter_minutes"] = "20"; }) ==
      R"(catalog.json: services[0] "work_visa_invitation": counter_minutes: expected an integer, got the string "20")");
  CHECK(
      error_after([](json::object& root) {
        service(root, 0)["fees"].as_object()["service_kzt"].as_object()["standard"] = "730000";
      }) ==
      R"(catalog.json: services[0] "work_visa_invitation": fees.service_kzt.standard: expected an integer, got the string "730000")");
  CHECK(error_after([](json::object& root) { service(root, 0)["processing"].as_object()["max"] = 5.5; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": processing.max: expected an integer, got 5.5)");
  CHECK(error_after([](json::object& root) { root["services"] = json::object{}; }) ==
        R"(catalog.json: services: expected an array, got an object)");
}

TEST_CASE("catalog errors: missing and unknown keys") {
  CHECK(error_after([](json::object& root) { service(root, 0).erase("fees"); }) ==
        R"(catalog.json: services[0] "work_visa_invitation": missing key "fees")");
  CHECK(error_after([](json::object& root) { service(root, 0)["feez"] = json::object{}; }) ==
        R"(catalog.json: services[0] "work_visa_invitation": unknown key "feez")");
  CHECK(error_after([](json::object& root) { root.erase("groups"); }) == R"(catalog.json: missing key "groups")");
  CHECK(error_after([](json::object& root) { root["services"].as_array()[0].as_object().erase("id"); }) ==
        R"(catalog.json: services[0]: missing key "id")");
  CHECK(error_after([](json::object& root) {
          service(root, 0)["fees"].as_object()["service_kzt"].as_object().erase("standard");
        }) == R"(catalog.json: services[0] "work_visa_invitation": fees.service_kzt: missing key "standard")");
}

TEST_CASE("catalog errors: the file header and rule parameters are checked") {
  CHECK(error_after([](json::object& root) { root["format"] = 2; }) ==
        R"(catalog.json: format: unsupported format 2 (expected 1))");
  CHECK(error_after([](json::object& root) {
          root["languages"] = json::array{"en", "ru"};
        }) == R"(catalog.json: languages: missing language "kk")");
  CHECK(error_after([](json::object& root) {
          root["languages"] = json::array{"en", "ru", "kz"};
        }) == R"(catalog.json: languages[2]: unknown language "kz" (expected "en", "ru" or "kk"))");
  CHECK(error_after([](json::object& root) {
          root["rules"].as_array()[0].as_object()["params"].as_object()["to_working_days"] = 40;
        }) ==
        R"(catalog.json: rules[0] "extension_window": params: from_working_days 30 is less than to_working_days 40)");
}

TEST_CASE("catalog errors: an unreadable file names its path") {
  std::string message;
  try {
    load_catalog("/nonexistent/kezek/catalog.json");
  } catch (const CatalogError& error) {
    message = error.what();
  }
  CHECK(message.rfind("/nonexistent/kezek/catalog.json: cannot open the file", 0) == 0);
}

}  // namespace kezek_unit_catalog_errors
