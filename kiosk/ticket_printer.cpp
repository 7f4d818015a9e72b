#include "kiosk/ticket_printer.hpp"

#include <cstdio>
#include <exception>
#include <utility>

#include "kiosk/escpos.hpp"
#include "kiosk/receipt_image.hpp"

namespace kezek::kiosk {
namespace {

constexpr int kPaperDots = 576;  // 80 mm at 203 dpi
constexpr int kQrModule = 6;

}  // namespace

TicketPrinter::TicketPrinter(PrinterTarget target, std::filesystem::path preview_dir, std::mutex& stb_lock,
                             net::Inbox& inbox)
    : target_(std::move(target)), preview_dir_(std::move(preview_dir)), stb_lock_(stb_lock), inbox_(inbox) {}

TicketPrinter::~TicketPrinter() = default;

void TicketPrinter::print(Receipt receipt, std::string file_stem, Done done) {
  worker_.submit([this, receipt = std::move(receipt), file_stem = std::move(file_stem), done = std::move(done)] {
    PrintOutcome outcome = run(receipt, file_stem);
    if (!outcome.error.empty())
      std::fprintf(stderr, "kezek-kiosk: ticket %s not printed: %s\n", file_stem.c_str(), outcome.error.c_str());
    inbox_.post([outcome = std::move(outcome), done] { done(outcome); });
  });
}

PrintOutcome TicketPrinter::run(const Receipt& receipt, const std::string& file_stem) {
  PrintOutcome outcome;
  outcome.no_printer = !has_printer();
  try {
    if (!typesetter_) typesetter_ = std::make_unique<ReceiptTypesetter>();
    if (!preview_dir_.empty()) {
      const std::filesystem::path png = preview_dir_ / (file_stem + ".png");
      if (write_png(typesetter_->render(receipt, kPaperDots, kQrModule), png, stb_lock_)) outcome.png = png;
    }
    if (outcome.no_printer) {
      outcome.error = "no printer is configured";
      return outcome;
    }
    const TextRasteriser rasterise = [this](const std::string& text, ReceiptSize size, bool bold, int max_width) {
      return to_mono(typesetter_->text(text, size, bold, max_width));
    };
    EscPosOptions options;
    options.paper_dots = kPaperDots;
    options.qr_module_dots = kQrModule;
    if (auto error = send_to_printer(target_, encode_escpos(receipt, rasterise, options))) {
      outcome.error = *error;
    } else {
      outcome.printed = true;
    }
  } catch (const std::exception& e) {
    outcome.error = e.what();
  }
  return outcome;
}

}  // namespace kezek::kiosk
