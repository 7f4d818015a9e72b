#pragma once
// The Centre's service catalog in memory: services, the groups that give ticket
// letters, and the documents, conditions, steps and rules they share.
//
// Entries refer to one another by index into the Catalog's vectors, never by
// pointer, so a Catalog can be moved or copied freely. A Catalog is immutable
// once built; any number of threads may read it at once.

#include "shared/catalog/lang.hpp"

#include <boost/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kezek::catalog {

// One translatable text; the loader guarantees all three are non-empty.
struct Text {
  std::string en, ru, kk;
  const std::string& in(Lang lang) const;
};

struct Step {
  std::string id;
  Text text;
};

struct Condition {
  std::string id;
  Text text;  // e.g. "for a family member's visa"
};

struct Document {
  std::string id;
  Text name;
  std::optional<Text> note;
};

// `kind` tells the software what it can check ("extension_window"); "info" and
// any kind it does not know are only shown. `params` is empty when absent.
struct Rule {
  std::string id;
  std::string kind;
  boost::json::object params;
  Text text;
};

struct Group {
  std::string id;
  char letter = '?';  // prefixes ticket numbers (W-017); unique, 'A'..'Z'
  Text name;
};

enum class Tier { standard, priority, manager };
inline constexpr std::array<Tier, 3> kAllTiers{Tier::standard, Tier::priority, Tier::manager};
std::string_view to_string(Tier tier);  // "standard", "priority", "manager"
std::optional<Tier> parse_tier(std::string_view name);

struct Fees {
  // Service fee in whole tenge per tier; nullopt where the guide gives none
  // (for standard: no fee stated; for priority/manager: tier not offered).
  std::optional<std::int64_t> standard_kzt, priority_kzt, manager_kzt;
  // State duty in MRP; priced per year with state_duty_kzt() (mrp_table.hpp).
  std::optional<double> state_duty_mrp;
  std::optional<Text> note;  // e.g. "up to 2 years"

  std::optional<std::int64_t> service_kzt(Tier tier) const;
};

enum class ProcessingUnit { working_days, minutes };
std::string_view to_string(ProcessingUnit unit);  // "working_days", "minutes"
std::optional<ProcessingUnit> parse_processing_unit(std::string_view name);

struct Processing {
  ProcessingUnit unit = ProcessingUnit::working_days;
  int min = 0;
  int max = 0;  // min <= max
  // When state bodies delay, the time may stretch to this many calendar days.
  std::optional<int> may_extend_to_calendar_days;
};

struct DocumentRef {
  std::size_t document = 0;              // index into Catalog::documents()
  std::optional<std::size_t> condition;  // index into Catalog::conditions()
};

// The part of a service done at a Kazakh embassy abroad, after the Centre.
struct EmbassyStep {
  Text text;
  std::vector<DocumentRef> documents;
};

struct Service {
  std::string id;
  std::size_t group = 0;  // index into Catalog::groups()
  Text name;
  Text description;
  std::vector<std::size_t> apply;  // indices into Catalog::steps(), in order
  std::optional<EmbassyStep> embassy_step;
  std::vector<DocumentRef> documents;
  Fees fees;
  Processing processing;
  int counter_minutes = 0;         // expected time at the counter
  std::vector<std::size_t> rules;  // indices into Catalog::rules()

  // standard always; priority and manager only where the guide gives their fee.
  std::vector<Tier> tiers() const;
  bool offers(Tier tier) const;
};

// Everything a Catalog is built from; the loader fills it.
struct CatalogParts {
  std::vector<Lang> languages;  // as listed in the file
  std::string source;
  std::vector<Step> steps;
  std::vector<Condition> conditions;
  std::vector<Document> documents;
  std::vector<Rule> rules;
  std::vector<Group> groups;
  std::vector<Service> services;
};

class Catalog {
 public:
  Catalog() = default;
  // Throws std::invalid_argument if an index between entries is out of range.
  explicit Catalog(CatalogParts parts);

  const std::vector<Lang>& languages() const { return parts_.languages; }
  const std::string& source() const { return parts_.source; }
  const std::vector<Step>& steps() const { return parts_.steps; }
  const std::vector<Condition>& conditions() const { return parts_.conditions; }
  const std::vector<Document>& documents() const { return parts_.documents; }
  const std::vector<Rule>& rules() const { return parts_.rules; }
  const std::vector<Group>& groups() const { return parts_.groups; }
  const std::vector<Service>& services() const { return parts_.services; }

  // By id; nullptr when unknown. Pointers stay valid while the Catalog lives
  // and is not moved.
  const Service* find_service(std::string_view id) const;
  const Group* find_group(std::string_view id) const;
  const Group* find_group_by_letter(char letter) const;
  const Document* find_document(std::string_view id) const;
  const Condition* find_condition(std::string_view id) const;
  const Rule* find_rule(std::string_view id) const;
  const Step* find_step(std::string_view id) const;

  // By index as stored in entries; throw std::out_of_range when out of range.
  const Step& step(std::size_t index) const { return parts_.steps.at(index); }
  const Condition& condition(std::size_t index) const { return parts_.conditions.at(index); }
  const Document& document(std::size_t index) const { return parts_.documents.at(index); }
  const Rule& rule(std::size_t index) const { return parts_.rules.at(index); }
  const Group& group(std::size_t index) const { return parts_.groups.at(index); }
  const Group& group_of(const Service& service) const { return group(service.group); }

  // The group's services in file order; empty for an unknown group id.
  std::vector<const Service*> services_in_group(std::string_view group_id) const;

 private:
  using IdIndex = std::map<std::string, std::size_t, std::less<>>;

  CatalogParts parts_;
  IdIndex service_ids_, group_ids_, document_ids_, condition_ids_, rule_ids_, step_ids_;
};

}  // namespace kezek::catalog
