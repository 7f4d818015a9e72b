// Sections: shared entries (steps, conditions, documents, rules, groups) |
// services (references, fees, processing) | the file as a whole.
#include "shared/catalog/catalog_loader.hpp"

#include "shared/catalog/json_reader.hpp"

#include <map>
#include <string>
#include <utility>

namespace kezek::catalog {

using namespace reader;
using boost::json::value;

namespace {

constexpr int kMaxStateDutyMrp = 1000;

using IdMap = std::map<std::string, std::size_t, std::less<>>;

// The ids of shared entries, resolved while services are read.
struct IdMaps {
  IdMap steps, conditions, documents, rules, groups, services;
};

// Ids are used in URLs, the protocol and the database: keep them plain.
std::string read_id(const value& id, const Where& where) {
  std::string text = as_string(id, where);
  if (text.empty()) where.fail("must not be empty");
  for (char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!plain) where.fail("may only hold a-z, 0-9 and _, got " + in_quotes(text));
  }
  return text;
}

// Reads root[key], an array of objects with an "id" each. Every entry is
// named by its id in errors from the moment the id is known.
template <typename ReadOne>
void read_entries(const Fields& root, std::string_view key, std::string_view what, IdMap& ids, ReadOne read_one) {
  const Where where = root.where(key);
  const boost::json::array& entries = as_array(root.at(key), where);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Where entry = where.index(i);
    const boost::json::object& object = as_object(entries[i], entry);
    const value* id_value = object.if_contains("id");
    if (id_value == nullptr) entry.fail("missing key \"id\"");
    const std::string id = read_id(*id_value, entry.key("id"));
    entry = entry.named(id);
    const auto [first, fresh] = ids.emplace(id, i);
    if (!fresh) {
      entry.fail("duplicate " + std::string(what) + " id " + in_quotes(id) + ", first defined at " + std::string(key) +
                 "[" + std::to_string(first->second) + "]");
    }
    read_one(entries[i], entry, id);
  }
}

std::size_t resolve(const IdMap& ids, const value& id, const Where& where, std::string_view what) {
  const std::string name = as_string(id, where);
  const auto found = ids.find(name);
  if (found == ids.end()) where.fail("unknown " + std::string(what) + " id " + in_quotes(name));
  return found->second;
}

// [section] Shared entries -------------------------------------------------

// An extension_window rule is checked by the software, so its numbers must be
// there and make sense (the window opens before it closes).
void check_extension_window(const value& params, const Where& where) {
  const Fields fields(params, where, {"from_working_days", "to_working_days"});
  const int from = as_int_between(fields.at("from_working_days"), fields.where("from_working_days"), 0, 366);
  const int to = as_int_between(fields.at("to_working_days"), fields.where("to_working_days"), 0, 366);
  if (from < to) {
    where.fail("from_working_days " + std::to_string(from) + " is less than to_working_days " + std::to_string(to));
  }
}

Rule read_rule(const value& json, const Where& where, std::string id) {
  const Fields fields(json, where, {"id", "kind", "text"}, {"params"});
  Rule rule{std::move(id),
            as_nonempty_string(fields.at("kind"), fields.where("kind")),
            {},
            read_text(fields.at("text"), fields.where("text"))};
  const value* params = fields.find("params");
  if (params != nullptr) rule.params = as_object(*params, fields.where("params"));
  if (rule.kind == "extension_window") {
    if (params == nullptr) where.fail("missing key \"params\" (from_working_days, to_working_days)");
    check_extension_window(*params, fields.where("params"));
  }
  return rule;
}

char read_letter(const value& json, const Where& where) {
  const std::string letter = as_string(json, where);
  if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z') {
    where.fail("expected one letter A-Z, got " + in_quotes(letter));
  }
  return letter[0];
}

// [section] Services -------------------------------------------------------

std::vector<DocumentRef> read_document_refs(const value& json, const Where& where, const IdMaps& ids) {
  std::vector<DocumentRef> refs;
  const boost::json::array& entries = as_array(json, where);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Where entry = where.index(i);
    const Fields fields(entries[i], entry, {"doc"}, {"condition"});
    DocumentRef ref{resolve(ids.documents, fields.at("doc"), entry, "document"), std::nullopt};
    if (const value* condition = fields.find_non_null("condition")) {
      ref.condition = resolve(ids.conditions, *condition, entry, "condition");
    }
    refs.push_back(ref);
  }
  return refs;
}

std::vector<std::size_t> read_refs(const value& json, const Where& where, const IdMap& ids, std::string_view what) {
  std::vector<std::size_t> refs;
  const boost::json::array& entries = as_array(json, where);
  for (std::size_t i = 0; i < entries.size(); ++i) refs.push_back(resolve(ids, entries[i], where.index(i), what));
  return refs;
}

std::optional<std::int64_t> read_fee(const value& json, const Where& where) {
  if (json.is_null()) return std::nullopt;
  const std::int64_t fee = as_int(json, where);
  if (fee < 0) where.fail("negative fee " + std::to_string(fee));
  return fee;
}

Fees read_fees(const value& json, const Where& where) {
  const Fields fields(json, where, {"service_kzt"}, {"state_duty_mrp", "note"});
  Fees fees;
  const Where tiers_at = fields.where("service_kzt");
  const boost::json::object& tiers = as_object(fields.at("service_kzt"), tiers_at);
  for (const auto& entry : tiers) {
    if (!parse_tier(entry.key())) {
      tiers_at.fail("unknown tier " + in_quotes(entry.key()) + " (expected \"standard\", \"priority\" or \"manager\")");
    }
  }
  // A tier left out is a tier the guide gives no fee for, like an explicit null;
  // only the standard fee must always be stated (null when the guide has none).
  if (!tiers.contains("standard")) tiers_at.fail("missing key \"standard\"");
  fees.standard_kzt = read_fee(tiers.at("standard"), tiers_at.key("standard"));
  if (const value* fee = tiers.if_contains("priority")) fees.priority_kzt = read_fee(*fee, tiers_at.key("priority"));
  if (const value* fee = tiers.if_contains("manager")) fees.manager_kzt = read_fee(*fee, tiers_at.key("manager"));

  if (const value* duty = fields.find_non_null("state_duty_mrp")) {
    const double mrp = as_number(*duty, fields.where("state_duty_mrp"));
    if (mrp < 0) fields.where("state_duty_mrp").fail("negative state duty " + describe(*duty));
    // The guide's largest duty is 30 MRP; a thousand catches a slipped digit
    // (and keeps every price far inside the arithmetic's range).
    if (mrp > kMaxStateDutyMrp)
      fields.where("state_duty_mrp")
          .fail("state duty " + describe(*duty) + " MRP is more than " + std::to_string(kMaxStateDutyMrp) + " MRP");
    fees.state_duty_mrp = mrp;
  }
  if (const value* note = fields.find_non_null("note")) fees.note = read_text(*note, fields.where("note"));
  return fees;
}

Processing read_processing(const value& json, const Where& where) {
  const Fields fields(json, where, {"unit", "min", "max"}, {"may_extend_to_calendar_days"});
  Processing processing;
  const std::string unit = as_string(fields.at("unit"), fields.where("unit"));
  const std::optional<ProcessingUnit> parsed = parse_processing_unit(unit);
  if (!parsed)
    fields.where("unit").fail("unknown unit " + in_quotes(unit) + " (expected \"working_days\" or \"minutes\")");
  processing.unit = *parsed;
  processing.min = as_int_between(fields.at("min"), fields.where("min"), 0, 100000);
  processing.max = as_int_between(fields.at("max"), fields.where("max"), 0, 100000);
  if (processing.min > processing.max) {
    where.fail("min " + std::to_string(processing.min) + " is greater than max " + std::to_string(processing.max));
  }
  if (const value* days = fields.find_non_null("may_extend_to_calendar_days")) {
    processing.may_extend_to_calendar_days = as_int_between(*days, fields.where("may_extend_to_calendar_days"), 1, 366);
  }
  return processing;
}

Service read_service(const value& json, const Where& where, std::string id, const IdMaps& ids) {
  const Fields fields(
      json, where,
      {"id", "group", "name", "description", "apply", "documents", "fees", "processing", "counter_minutes"},
      {"embassy_step", "rules"});
  Service service;
  service.id = std::move(id);
  service.group = resolve(ids.groups, fields.at("group"), fields.where("group"), "group");
  service.name = read_text(fields.at("name"), fields.where("name"));
  service.description = read_text(fields.at("description"), fields.where("description"));
  service.apply = read_refs(fields.at("apply"), fields.where("apply"), ids.steps, "step");
  if (const value* embassy = fields.find_non_null("embassy_step")) {
    const Fields step(*embassy, fields.where("embassy_step"), {"text"}, {"documents"});
    EmbassyStep embassy_step{read_text(step.at("text"), step.where("text")), {}};
    if (const value* documents = step.find("documents")) {
      embassy_step.documents = read_document_refs(*documents, step.where("documents"), ids);
    }
    service.embassy_step = std::move(embassy_step);
  }
  service.documents = read_document_refs(fields.at("documents"), fields.where("documents"), ids);
  service.fees = read_fees(fields.at("fees"), fields.where("fees"));
  service.processing = read_processing(fields.at("processing"), fields.where("processing"));
  service.counter_minutes = as_int_between(fields.at("counter_minutes"), fields.where("counter_minutes"), 1, 480);
  if (const value* rules = fields.find("rules")) {
    service.rules = read_refs(*rules, fields.where("rules"), ids.rules, "rule");
  }
  return service;
}

// [section] The file as a whole ---------------------------------------------

// Texts are read as en/ru/kk, so the file must declare exactly those.
std::vector<Lang> read_languages(const value& json, const Where& where) {
  std::vector<Lang> languages;
  const boost::json::array& codes = as_array(json, where);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const std::string code = as_string(codes[i], where.index(i));
    const std::optional<Lang> lang = parse_lang(code);
    if (!lang) where.index(i).fail("unknown language " + in_quotes(code) + " (expected \"en\", \"ru\" or \"kk\")");
    for (Lang seen : languages) {
      if (seen == *lang) where.index(i).fail("language " + in_quotes(code) + " listed twice");
    }
    languages.push_back(*lang);
  }
  for (Lang lang : kAllLangs) {
    bool listed = false;
    for (Lang seen : languages) listed = listed || seen == lang;
    if (!listed) where.fail("missing language " + in_quotes(to_string(lang)));
  }
  return languages;
}

}  // namespace

Catalog parse_catalog(std::string_view json_text, std::string_view file_name) {
  const std::string file(file_name);
  const value document = parse_json(json_text, file);
  const Fields root(document, Where(file),
                    {"format", "languages", "steps", "conditions", "documents", "rules", "groups", "services"},
                    {"source"});
  const std::int64_t format = as_int(root.at("format"), root.where("format"));
  if (format != 1) root.where("format").fail("unsupported format " + std::to_string(format) + " (expected 1)");

  CatalogParts parts;
  parts.languages = read_languages(root.at("languages"), root.where("languages"));
  if (const value* source = root.find_non_null("source")) parts.source = as_string(*source, root.where("source"));

  // Shared entries first, whatever their order in the file, so that services
  // can resolve every reference.
  IdMaps ids;
  read_entries(root, "steps", "step", ids.steps, [&](const value& json, const Where& where, std::string id) {
    const Fields fields(json, where, {"id", "text"});
    parts.steps.push_back({std::move(id), read_text(fields.at("text"), fields.where("text"))});
  });
  read_entries(root, "conditions", "condition", ids.conditions,
               [&](const value& json, const Where& where, std::string id) {
                 const Fields fields(json, where, {"id", "text"});
                 parts.conditions.push_back({std::move(id), read_text(fields.at("text"), fields.where("text"))});
               });
  read_entries(root, "documents", "document", ids.documents,
               [&](const value& json, const Where& where, std::string id) {
                 const Fields fields(json, where, {"id", "name"}, {"note"});
                 Document doc{std::move(id), read_text(fields.at("name"), fields.where("name")), std::nullopt};
                 if (const value* note = fields.find_non_null("note"))
                   doc.note = read_text(*note, fields.where("note"));
                 parts.documents.push_back(std::move(doc));
               });
  read_entries(root, "rules", "rule", ids.rules, [&](const value& json, const Where& where, std::string id) {
    parts.rules.push_back(read_rule(json, where, std::move(id)));
  });
  std::map<char, std::string> letters;
  read_entries(root, "groups", "group", ids.groups, [&](const value& json, const Where& where, std::string id) {
    const Fields fields(json, where, {"id", "letter", "name"});
    const char letter = read_letter(fields.at("letter"), fields.where("letter"));
    const auto [first, fresh] = letters.emplace(letter, id);
    if (!fresh) {
      fields.where("letter").fail(in_quotes(std::string(1, letter)) + " is already used by group " +
                                  in_quotes(first->second));
    }
    parts.groups.push_back({std::move(id), letter, read_text(fields.at("name"), fields.where("name"))});
  });
  read_entries(root, "services", "service", ids.services, [&](const value& json, const Where& where, std::string id) {
    parts.services.push_back(read_service(json, where, std::move(id), ids));
  });
  return Catalog(std::move(parts));
}

Catalog load_catalog(const std::filesystem::path& path) { return parse_catalog(read_file_text(path), path.string()); }

}  // namespace kezek::catalog
