// The catalog model as the loader builds it from a small, valid fixture:
// lookups, references by index, derived tiers, languages, the summary.
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/catalog_summary.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

namespace kezek_unit_catalog_model {

using namespace kezek::catalog;

namespace {

Catalog small_catalog() { return load_catalog(KEZEK_TEST_DATA_DIR "/catalog/small_catalog.json"); }

}  // namespace

TEST_CASE("catalog: language codes round-trip and unknown codes are refused") {
  for (Lang lang : kAllLangs) CHECK(parse_lang(to_string(lang)) == lang);
  CHECK(to_string(Lang::kk) == "kk");
  CHECK_FALSE(parse_lang("kz").has_value());
  CHECK_FALSE(parse_lang("EN").has_value());
  CHECK_FALSE(parse_lang("").has_value());
}

TEST_CASE("catalog: tier names round-trip") {
  for (Tier tier : kAllTiers) CHECK(parse_tier(to_string(tier)) == tier);
  CHECK(to_string(Tier::manager) == "manager");
  CHECK_FALSE(parse_tier("vip").has_value());
}

TEST_CASE("catalog: the small fixture parses with every entry in file order") {
  const Catalog catalog = small_catalog();
  CHECK(catalog.source() == "test fixture");
  REQUIRE(catalog.services().size() == 3);
  CHECK(catalog.groups().size() == 2);
  CHECK(catalog.documents().size() == 3);
  CHECK(catalog.conditions().size() == 1);
  CHECK(catalog.rules().size() == 2);
  CHECK(catalog.steps().size() == 2);
  CHECK(catalog.services()[0].id == "work_visa_invitation");
  CHECK(catalog.services()[2].id == "iin");
  CHECK(catalog.languages() == std::vector<Lang>{Lang::en, Lang::ru, Lang::kk});
}

TEST_CASE("catalog: lookups by id and by index agree") {
  const Catalog catalog = small_catalog();
  const Service* invitation = catalog.find_service("work_visa_invitation");
  REQUIRE(invitation != nullptr);
  CHECK(invitation->name.in(Lang::en) == "Work visa invitation");
  CHECK(invitation->name.in(Lang::ru) == "Приглашение на рабочую визу");
  CHECK(invitation->name.in(Lang::kk) == "Жұмыс визасына шақыру");
  CHECK(catalog.group_of(*invitation).id == "work_visa");
  CHECK(catalog.group_of(*invitation).letter == 'W');

  REQUIRE(invitation->apply.size() == 2);
  CHECK(catalog.step(invitation->apply[1]).id == "portal_book_visit");

  REQUIRE(invitation->documents.size() == 2);
  CHECK(catalog.document(invitation->documents[0].document).id == "passport_copy");
  CHECK_FALSE(invitation->documents[0].condition.has_value());
  CHECK(catalog.document(invitation->documents[1].document).id == "marriage_certificate");
  REQUIRE(invitation->documents[1].condition.has_value());
  CHECK(catalog.condition(*invitation->documents[1].condition).id == "family_member");
  REQUIRE(catalog.document(invitation->documents[0].document).note.has_value());
  CHECK_FALSE(catalog.find_document("marriage_certificate")->note.has_value());

  REQUIRE(invitation->embassy_step.has_value());
  CHECK(invitation->embassy_step->text.in(Lang::kk) == "Елшілікте");
  REQUIRE(invitation->embassy_step->documents.size() == 1);
  CHECK(catalog.document(invitation->embassy_step->documents[0].document).id == "approved_invitation");

  CHECK(catalog.find_service("no_such_service") == nullptr);
  CHECK(catalog.find_group("other")->letter == 'O');
  CHECK(catalog.find_group("nope") == nullptr);
  CHECK(catalog.find_group_by_letter('W')->id == "work_visa");
  CHECK(catalog.find_group_by_letter('Z') == nullptr);
  CHECK(catalog.find_condition("family_member") != nullptr);
  CHECK(catalog.find_step("portal_upload") != nullptr);
  CHECK(catalog.find_rule("same_host_party")->kind == "info");
  CHECK_THROWS_AS(catalog.document(99), std::out_of_range);
}

TEST_CASE("catalog: fees, processing and rules are read as written") {
  const Catalog catalog = small_catalog();
  const Service& invitation = *catalog.find_service("work_visa_invitation");
  CHECK(invitation.fees.standard_kzt == 730000);
  CHECK_FALSE(invitation.fees.priority_kzt.has_value());
  CHECK(invitation.fees.state_duty_mrp == doctest::Approx(0.5));
  REQUIRE(invitation.fees.note.has_value());
  CHECK(invitation.fees.note->in(Lang::ru) == "До 2 лет");
  CHECK(invitation.processing.unit == ProcessingUnit::working_days);
  CHECK(invitation.processing.min == 5);
  CHECK(invitation.processing.may_extend_to_calendar_days == 30);
  CHECK(invitation.counter_minutes == 20);
  CHECK(invitation.rules.empty());

  const Service& extension = *catalog.find_service("work_visa_extension");
  REQUIRE(extension.rules.size() == 2);
  const Rule& window = catalog.rule(extension.rules[0]);
  CHECK(window.kind == "extension_window");
  CHECK(window.params.at("from_working_days").as_int64() == 30);
  CHECK(catalog.rule(extension.rules[1]).params.empty());
  CHECK_FALSE(extension.processing.may_extend_to_calendar_days.has_value());

  const Service& iin = *catalog.find_service("iin");
  CHECK(iin.processing.unit == ProcessingUnit::minutes);
  CHECK_FALSE(iin.fees.state_duty_mrp.has_value());
  CHECK(iin.apply.empty());
}

TEST_CASE("catalog: tiers are derived from the fees given") {
  const Catalog catalog = small_catalog();
  CHECK(catalog.find_service("work_visa_invitation")->tiers() == std::vector<Tier>{Tier::standard});
  CHECK(catalog.find_service("work_visa_extension")->tiers() == std::vector<Tier>{Tier::standard, Tier::manager});
  CHECK(catalog.find_service("iin")->tiers() == std::vector<Tier>{Tier::standard, Tier::priority, Tier::manager});
  CHECK(catalog.find_service("iin")->fees.service_kzt(Tier::priority) == 40000);

  Service free_service;  // no fee stated at all: the standard tier is still sold
  CHECK(free_service.tiers() == std::vector<Tier>{Tier::standard});
  CHECK_FALSE(free_service.offers(Tier::priority));
}

TEST_CASE("catalog: services_in_group keeps file order and ignores unknown groups") {
  const Catalog catalog = small_catalog();
  const auto work = catalog.services_in_group("work_visa");
  REQUIRE(work.size() == 2);
  CHECK(work[0]->id == "work_visa_invitation");
  CHECK(work[1]->id == "work_visa_extension");
  CHECK(catalog.services_in_group("other").size() == 1);
  CHECK(catalog.services_in_group("nope").empty());
}

TEST_CASE("catalog: a moved catalog still resolves its references") {
  Catalog original = small_catalog();
  const Catalog moved = std::move(original);
  const Service& invitation = *moved.find_service("work_visa_invitation");
  CHECK(moved.group_of(invitation).id == "work_visa");
  CHECK(moved.document(invitation.documents[1].document).id == "marriage_certificate");
  CHECK(moved.services_in_group("work_visa").size() == 2);
}

TEST_CASE("catalog: building from parts refuses an index out of range") {
  CatalogParts parts;
  parts.groups.push_back({"g", 'G', {"g", "g", "g"}});
  Service service;
  service.id = std::string("s");  // not = "s": GCC 12 -O2 warns falsely (-Wrestrict, PR 105329)
  service.group = 1;              // only group 0 exists
  parts.services.push_back(service);
  CHECK_THROWS_AS(static_cast<void>(Catalog(parts)), std::invalid_argument);
  parts.services[0].group = 0;
  parts.services[0].documents.push_back({0, std::nullopt});  // no documents at all
  CHECK_THROWS_AS(static_cast<void>(Catalog(parts)), std::invalid_argument);
  parts.services[0].documents.clear();
  CHECK(Catalog(parts).services().size() == 1);
}

TEST_CASE("catalog: the summary counts services per group and the shared entries") {
  const std::string summary = summarize(small_catalog());
  CHECK(summary ==
        "services: 3 in 2 groups\n"
        "  W work_visa: 2\n"
        "  O other: 1\n"
        "documents: 3\n"
        "conditions: 1\n"
        "rules: 2\n"
        "steps: 2\n"
        "languages: en, ru, kk\n"
        "source: test fixture\n");
}

}  // namespace kezek_unit_catalog_model
