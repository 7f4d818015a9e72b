#pragma once
// The printed ticket, as a list of centred blocks: what a receipt printer
// prints (escpos.hpp) and what the PNG preview shows (receipt_image.hpp)
// come from the same Receipt, so the preview is the ticket.

#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/lang.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::kiosk {

enum class ReceiptSize { small, normal, large };

struct ReceiptBlock {
  enum class Kind { text, number, qr, rule };
  Kind kind = Kind::text;
  std::string text;  // the words, the ticket number, or the QR code's content
  ReceiptSize size = ReceiptSize::normal;
  bool bold = false;
};

struct Receipt {
  std::vector<ReceiptBlock> blocks;
};

struct TicketForReceipt {
  protocol::Ticket ticket;
  std::string service_name;                  // in the visitor's language
  std::string tier_name;                     // empty for the standard tier
  std::optional<Instant> appointment_start;  // a checked-in booking
  std::string status_url;                    // http://SERVER/t/{status_token}
  std::string lunch_end;                     // "14:00", for an after-lunch ticket; empty when not known
  catalog::Lang lang = catalog::Lang::en;
};

Receipt build_ticket_receipt(const TicketForReceipt& input);

// "http://HOST:PORT/t/TOKEN" from a base such as "http://HOST:PORT".
std::string ticket_status_url(const std::string& base, const std::string& status_token);

}  // namespace kezek::kiosk
