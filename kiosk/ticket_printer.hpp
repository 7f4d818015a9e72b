#pragma once
// Prints tickets off the UI thread: typesets the Receipt, encodes it as
// ESC/POS, hands it to the printer and writes a PNG of it beside. A missing or
// failing printer loses nothing: the ticket is already issued and on screen;
// the outcome only says whether paper came out.
//
// Threading: print() from the UI thread; the work runs on the printer's own
// thread (a jammed printer must not delay the network); `done` runs on the UI
// thread via the Inbox.

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "kiosk/printer_port.hpp"
#include "kiosk/receipt.hpp"
#include "shared/net/background_worker.hpp"
#include "shared/net/inbox.hpp"

namespace kezek::kiosk {

class ReceiptTypesetter;

struct PrintOutcome {
  bool printed = false;
  bool no_printer = false;
  std::string error;          // why nothing was printed
  std::filesystem::path png;  // the preview, when written
};

class TicketPrinter {
 public:
  using Done = std::function<void(const PrintOutcome&)>;

  TicketPrinter(PrinterTarget target, std::filesystem::path preview_dir, std::mutex& stb_lock, net::Inbox& inbox);
  ~TicketPrinter();
  TicketPrinter(const TicketPrinter&) = delete;
  TicketPrinter& operator=(const TicketPrinter&) = delete;

  // `file_stem` names the PNG ("2026-11-24-O-001").
  void print(Receipt receipt, std::string file_stem, Done done);
  bool has_printer() const { return target_.kind != PrinterTarget::Kind::none; }

 private:
  PrintOutcome run(const Receipt& receipt, const std::string& file_stem);

  PrinterTarget target_;
  std::filesystem::path preview_dir_;
  std::mutex& stb_lock_;
  net::Inbox& inbox_;
  std::unique_ptr<ReceiptTypesetter> typesetter_;  // printer thread only, made on first use
  net::BackgroundWorker worker_;                   // last: joined before the rest goes
};

}  // namespace kezek::kiosk
