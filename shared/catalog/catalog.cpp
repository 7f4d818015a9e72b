#include "shared/catalog/catalog.hpp"

#include <stdexcept>
#include <utility>

namespace kezek::catalog {

const std::string& Text::in(Lang lang) const {
  switch (lang) {
    case Lang::en: return en;
    case Lang::ru: return ru;
    case Lang::kk: return kk;
  }
  return en;  // unreachable for valid enumerators
}

std::string_view to_string(Tier tier) {
  switch (tier) {
    case Tier::standard: return "standard";
    case Tier::priority: return "priority";
    case Tier::manager: return "manager";
  }
  return "standard";  // unreachable for valid enumerators
}

std::optional<Tier> parse_tier(std::string_view name) {
  for (Tier tier : kAllTiers) {
    if (to_string(tier) == name) return tier;
  }
  return std::nullopt;
}

std::optional<std::int64_t> Fees::service_kzt(Tier tier) const {
  switch (tier) {
    case Tier::standard: return standard_kzt;
    case Tier::priority: return priority_kzt;
    case Tier::manager: return manager_kzt;
  }
  return std::nullopt;  // unreachable for valid enumerators
}

std::string_view to_string(ProcessingUnit unit) { return unit == ProcessingUnit::minutes ? "minutes" : "working_days"; }

std::optional<ProcessingUnit> parse_processing_unit(std::string_view name) {
  if (name == "working_days") return ProcessingUnit::working_days;
  if (name == "minutes") return ProcessingUnit::minutes;
  return std::nullopt;
}

bool Service::offers(Tier tier) const {
  // The standard tier is always sold, even where the guide states no fee.
  return tier == Tier::standard || fees.service_kzt(tier).has_value();
}

std::vector<Tier> Service::tiers() const {
  std::vector<Tier> out;
  for (Tier tier : kAllTiers) {
    if (offers(tier)) out.push_back(tier);
  }
  return out;
}

namespace {

template <typename Entry>
void index_ids(const std::vector<Entry>& entries, std::map<std::string, std::size_t, std::less<>>& index,
               std::string_view what) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!index.emplace(entries[i].id, i).second) {
      throw std::invalid_argument("catalog: duplicate " + std::string(what) + " id \"" + entries[i].id + "\"");
    }
  }
}

void check_index(std::size_t index, std::size_t size, const std::string& service_id, std::string_view what) {
  if (index >= size) {
    throw std::invalid_argument("catalog: service \"" + service_id + "\" refers to " + std::string(what) + " #" +
                                std::to_string(index) + " of " + std::to_string(size));
  }
}

template <typename Entry>
const Entry* find_by_id(const std::vector<Entry>& entries, const std::map<std::string, std::size_t, std::less<>>& index,
                        std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &entries[it->second];
}

}  // namespace

Catalog::Catalog(CatalogParts parts) : parts_(std::move(parts)) {
  index_ids(parts_.services, service_ids_, "service");
  index_ids(parts_.groups, group_ids_, "group");
  index_ids(parts_.documents, document_ids_, "document");
  index_ids(parts_.conditions, condition_ids_, "condition");
  index_ids(parts_.rules, rule_ids_, "rule");
  index_ids(parts_.steps, step_ids_, "step");

  // Indices are the Catalog's invariant: checked once here so that the
  // accessors callers use on every frame cannot fail for a built Catalog.
  const auto check_refs = [&](const std::vector<DocumentRef>& refs, const std::string& id) {
    for (const DocumentRef& ref : refs) {
      check_index(ref.document, parts_.documents.size(), id, "document");
      if (ref.condition) check_index(*ref.condition, parts_.conditions.size(), id, "condition");
    }
  };
  for (const Service& service : parts_.services) {
    check_index(service.group, parts_.groups.size(), service.id, "group");
    for (std::size_t step : service.apply) check_index(step, parts_.steps.size(), service.id, "step");
    for (std::size_t rule : service.rules) check_index(rule, parts_.rules.size(), service.id, "rule");
    check_refs(service.documents, service.id);
    if (service.embassy_step) check_refs(service.embassy_step->documents, service.id);
  }
}

const Service* Catalog::find_service(std::string_view id) const {
  return find_by_id(parts_.services, service_ids_, id);
}

const Group* Catalog::find_group(std::string_view id) const { return find_by_id(parts_.groups, group_ids_, id); }

const Group* Catalog::find_group_by_letter(char letter) const {
  for (const Group& group : parts_.groups) {
    if (group.letter == letter) return &group;
  }
  return nullptr;
}

const Document* Catalog::find_document(std::string_view id) const {
  return find_by_id(parts_.documents, document_ids_, id);
}

const Condition* Catalog::find_condition(std::string_view id) const {
  return find_by_id(parts_.conditions, condition_ids_, id);
}

const Rule* Catalog::find_rule(std::string_view id) const { return find_by_id(parts_.rules, rule_ids_, id); }

const Step* Catalog::find_step(std::string_view id) const { return find_by_id(parts_.steps, step_ids_, id); }

std::vector<const Service*> Catalog::services_in_group(std::string_view group_id) const {
  std::vector<const Service*> out;
  auto it = group_ids_.find(group_id);
  if (it == group_ids_.end()) return out;
  for (const Service& service : parts_.services) {
    if (service.group == it->second) out.push_back(&service);
  }
  return out;
}

}  // namespace kezek::catalog
