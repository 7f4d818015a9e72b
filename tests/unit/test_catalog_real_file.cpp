// The Centre's real catalog (assets/catalog/catalog.json) and MRP table
// (assets/catalog/mrp.json) against the guide's facts. These fail until the
// data files are there: the programs cannot run without them either.
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/mrp_table.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kezek_unit_catalog_real_file {

using namespace kezek::catalog;

namespace {

Catalog real_catalog() { return load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json"); }

bool has_kazakh_letter(std::string_view text) {
  for (std::string_view letter :
       {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"}) {
    if (text.find(letter) != std::string_view::npos) return true;
  }
  return false;
}

void check_text(const Text& text, const std::string& what) {
  INFO(what);
  for (Lang lang : kAllLangs) CHECK_FALSE(text.in(lang).empty());
}

}  // namespace

TEST_CASE("real catalog: it loads, with 23 services in 8 groups of unique letters") {
  const Catalog catalog = real_catalog();
  CHECK(catalog.services().size() == 23);
  CHECK(catalog.groups().size() == 8);
  std::set<char> letters;
  for (const Group& group : catalog.groups()) letters.insert(group.letter);
  CHECK(letters.size() == catalog.groups().size());
  for (const Group& group : catalog.groups()) {
    INFO(group.id);
    CHECK_FALSE(catalog.services_in_group(group.id).empty());
  }
}

TEST_CASE("real catalog: every text is there in English, Russian and Kazakh") {
  const Catalog catalog = real_catalog();
  CHECK(catalog.languages().size() == 3);
  for (const Service& service : catalog.services()) {
    check_text(service.name, service.id + " name");
    check_text(service.description, service.id + " description");
    if (service.embassy_step) check_text(service.embassy_step->text, service.id + " embassy step");
    if (service.fees.note) check_text(*service.fees.note, service.id + " fee note");
  }
  for (const Group& group : catalog.groups()) check_text(group.name, group.id);
  for (const Document& document : catalog.documents()) check_text(document.name, document.id);
  for (const Step& step : catalog.steps()) check_text(step.text, step.id);
  for (const Condition& condition : catalog.conditions()) check_text(condition.text, condition.id);
  for (const Rule& rule : catalog.rules()) check_text(rule.text, rule.id);
}

TEST_CASE("real catalog: Kazakh texts are written with Kazakh letters") {
  const Catalog catalog = real_catalog();
  std::size_t with_kazakh_letters = 0;
  for (const Service& service : catalog.services()) {
    if (has_kazakh_letter(service.name.kk) || has_kazakh_letter(service.description.kk)) ++with_kazakh_letters;
  }
  // Russian words passed off as Kazakh have none of ә ғ қ ң ө ұ ү һ і.
  CHECK(with_kazakh_letters > catalog.services().size() / 2);
}

TEST_CASE("real catalog: IIN and digital signature offer the walk-in priority tier") {
  const Catalog catalog = real_catalog();
  for (std::string_view id : {"iin", "digital_signature"}) {
    INFO(id);
    const Service* service = catalog.find_service(id);
    REQUIRE(service != nullptr);
    CHECK(service->offers(Tier::priority));
  }
}

TEST_CASE("real catalog: work visa invitation costs 730 000 KZT plus 0.5 MRP") {
  const Catalog catalog = real_catalog();
  const Service* invitation = catalog.find_service("work_visa_invitation");
  REQUIRE(invitation != nullptr);
  CHECK(invitation->fees.standard_kzt == 730000);
  REQUIRE(invitation->fees.state_duty_mrp.has_value());
  CHECK(*invitation->fees.state_duty_mrp == doctest::Approx(0.5));
}

TEST_CASE("real catalog: permanent residence costs 480 000 KZT plus 4 MRP and takes 45 working days") {
  const Catalog catalog = real_catalog();
  const Service* permanent = catalog.find_service("prp");
  REQUIRE(permanent != nullptr);
  CHECK(permanent->fees.standard_kzt == 480000);
  REQUIRE(permanent->fees.state_duty_mrp.has_value());
  CHECK(*permanent->fees.state_duty_mrp == doctest::Approx(4));
  CHECK(permanent->processing.unit == ProcessingUnit::working_days);
  CHECK(permanent->processing.max == 45);
}

TEST_CASE("real catalog: fingerprinting takes 20 to 30 minutes") {
  const Catalog catalog = real_catalog();
  const Service* fingerprinting = catalog.find_service("fingerprinting");
  REQUIRE(fingerprinting != nullptr);
  CHECK(fingerprinting->processing.unit == ProcessingUnit::minutes);
  CHECK(fingerprinting->processing.min == 20);
  CHECK(fingerprinting->processing.max == 30);
}

TEST_CASE("real catalog: visa extensions carry the extension window rule") {
  const Catalog catalog = real_catalog();
  std::size_t extensions = 0;
  for (const Service& service : catalog.services()) {
    if (service.id.find("extension") == std::string::npos) continue;
    ++extensions;
    INFO(service.id);
    bool has_window = false;
    for (std::size_t rule : service.rules) has_window = has_window || catalog.rule(rule).id == "extension_window";
    CHECK(has_window);
  }
  CHECK(extensions > 0);
  const Rule* window = catalog.find_rule("extension_window");
  REQUIRE(window != nullptr);
  CHECK(window->kind == "extension_window");
}

TEST_CASE("real MRP table: 3,932 KZT in 2025 and 4,325 KZT in 2026") {
  const MrpTable table = load_mrp_table(KEZEK_ASSETS_DIR "/catalog/mrp.json");
  CHECK(table.kzt_for_year(2025) == 3932);
  CHECK(table.kzt_for_year(2026) == 4325);
}

}  // namespace kezek_unit_catalog_real_file
