#pragma once
// Take a ticket, step 3: the service card — what it is, the documents to
// bring as a checklist, the fees by tier with the state duty, the processing
// time and the "ready by" date, the rules. For a visa extension the visitor
// first enters the visa's expiry date and is told at once whether the
// application window is open. Then the tier buttons take the ticket.

#include <optional>
#include <string>
#include <vector>

#include "kiosk/intents.hpp"
#include "kiosk/kiosk_ui.hpp"

namespace kezek::kiosk {

struct DocumentLine {
  std::size_t index = 0;  // in the service's document list, for ToggleDocument
  std::string name;
  std::string detail;  // the condition ("for a family member") and the note
  bool ticked = false;
};

struct FeeLine {
  std::string label;
  std::string value;
};

struct TierChoice {
  catalog::Tier tier = catalog::Tier::standard;
  std::string label;  // "Walk-in: priority submission"
  std::string price;  // "40 000 ₸"
};

// checking: the server is asked about the date; unavailable: it could not say.
enum class ExtensionState { not_needed, incomplete, invalid_date, checking, unavailable, within, too_early, too_late };

struct ServiceCardView {
  catalog::Lang lang = catalog::Lang::en;
  std::string service;  // id
  std::string name;
  std::string description;
  std::vector<FeeLine> fees;  // per tier, then the state duty
  std::string fee_note;
  std::string processing;  // "5 working days"
  std::string ready_by;    // "today" for a same-day service, else empty (processing says how long)
  std::string may_extend;  // "up to 30 calendar days", or empty
  std::vector<DocumentLine> documents;
  std::size_t ticked = 0;
  std::vector<std::string> steps;
  std::string embassy_step;
  std::vector<std::string> embassy_documents;
  std::vector<std::string> rules;

  ExtensionState extension = ExtensionState::not_needed;
  std::string expiry_entry;       // "24.12.2_"
  std::string extension_message;  // the verdict in words

  std::vector<TierChoice> tiers;
  bool can_take = true;     // online, not busy, extension window open
  std::string cannot_take;  // why not, when not
  bool busy = false;
};

Intents draw_service_card(const ServiceCardView& view, const Ui& ui);

}  // namespace kezek::kiosk
