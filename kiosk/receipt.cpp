#include "kiosk/receipt.hpp"

#include "kiosk/kiosk_format.hpp"
#include "kiosk/kiosk_strings.hpp"

namespace kezek::kiosk {
namespace {

ReceiptBlock text(std::string words, ReceiptSize size = ReceiptSize::normal, bool bold = false) {
  return ReceiptBlock{ReceiptBlock::Kind::text, std::move(words), size, bold};
}

}  // namespace

Receipt build_ticket_receipt(const TicketForReceipt& input) {
  const Lang lang = input.lang;
  const protocol::Ticket& t = input.ticket;
  Receipt receipt;
  auto& b = receipt.blocks;
  b.push_back(text(std::string(tr(S::centre_name, lang)) + " · Kezek", ReceiptSize::small));
  b.push_back(text(std::string(tr(S::your_ticket, lang)), ReceiptSize::small));
  b.push_back(ReceiptBlock{ReceiptBlock::Kind::number, t.number, ReceiptSize::large, true});
  b.push_back(text(input.service_name, ReceiptSize::normal, true));
  if (!input.tier_name.empty()) b.push_back(text(input.tier_name));
  if (input.appointment_start) {
    b.push_back(text(trf(S::checked_in_at, lang, {format_time(*input.appointment_start)})));
  } else {
    if (t.position) b.push_back(text(trf(S::people_ahead, lang, {std::to_string(*t.position)})));
    if (t.estimated_wait_min) b.push_back(text(trf(S::estimated_wait, lang, {std::to_string(*t.estimated_wait_min)})));
  }
  if (t.after_lunch.value_or(false)) b.push_back(text(after_lunch_line(input.lunch_end, lang)));
  b.push_back(ReceiptBlock{ReceiptBlock::Kind::rule, {}, ReceiptSize::small, false});
  if (!input.status_url.empty()) {
    b.push_back(ReceiptBlock{ReceiptBlock::Kind::qr, input.status_url, ReceiptSize::normal, false});
    b.push_back(text(std::string(tr(S::receipt_scan, lang)), ReceiptSize::small));
    b.push_back(text(input.status_url, ReceiptSize::small));
  }
  b.push_back(text(std::string(tr(S::receipt_issued, lang)) + ": " + format_long_date(local_date(t.issued_at), lang) +
                       ", " + format_time(t.issued_at),
                   ReceiptSize::small));
  return receipt;
}

std::string ticket_status_url(const std::string& base, const std::string& status_token) {
  if (status_token.empty()) return {};
  std::string url = base;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/t/" + status_token;
}

}  // namespace kezek::kiosk
