#pragma once
// The transfer form: send the current ticket to another service (chosen from
// the catalog, in the console's language) or to a counter, with a reason. The
// form's fields live in TransferForm, which the counter screen keeps.

#include <array>
#include <optional>
#include <string>

#include "shared/catalog/catalog.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/gui/theme.hpp"
#include "shared/gui/touch_widgets.hpp"
#include "shared/protocol/counter.hpp"

namespace kezek::staff {

struct TransferForm {
  bool to_counter = false;
  std::string service;  // catalog id; empty until chosen
  int counter = 1;
  std::array<char, 200> reason{};
  bool focus_reason = false;  // set when the form opens, so typing goes there
};

// The body of POST .../transfer (protocol::TransferRequest): the service or
// the counter, whichever the form is set to, and the reason when there is one.
protocol::TransferRequest transfer_request(const TransferForm& form);
std::string transfer_body(const TransferForm& form);
bool transfer_ready(const TransferForm& form);

enum class TransferOutcome { none, confirm, cancel };

// Draws the form into the current window. Enter confirms, Escape cancels.
// Registers transfer:to_service, transfer:to_counter, transfer:service:ID
// (the services in view), transfer:counter, transfer:reason,
// transfer:confirm and transfer:cancel in `widgets`.
TransferOutcome draw_transfer_panel(TransferForm& form, const catalog::Catalog* catalog, const std::string& ticket,
                                    catalog::Lang lang, const gui::Fonts& fonts, const gui::Palette& palette,
                                    gui::WidgetRegistry& widgets);

}  // namespace kezek::staff
