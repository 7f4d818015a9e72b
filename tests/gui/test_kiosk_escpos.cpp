// The printed ticket's ESC/POS bytes: initialise, centre, the number in large
// type, the Kazakh lines as raster images, the QR code's GS ( k sequence with
// the status page's link, and the cut — and the printer port's plain-file and
// unreachable-printer cases.

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "kiosk/escpos.hpp"
#include "kiosk/kiosk_format.hpp"
#include "kiosk/kiosk_strings.hpp"
#include "kiosk/printer_port.hpp"
#include "kiosk/receipt.hpp"
#include "tests/support/server_process.hpp"

namespace kezek_gui_kiosk_escpos {

namespace {

using namespace kezek;
using namespace kezek::kiosk;
using Bytes = std::vector<std::uint8_t>;

bool contains(const Bytes& haystack, const Bytes& needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

std::size_t find(const Bytes& haystack, const Bytes& needle) {
  return static_cast<std::size_t>(std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) -
                                  haystack.begin());
}

Bytes bytes(std::string_view text) { return Bytes(text.begin(), text.end()); }

Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

TicketForReceipt kazakh_ticket() {
  TicketForReceipt input;
  input.ticket.id = 1;
  input.ticket.number = "O-001";
  input.ticket.service = "iin";
  input.ticket.tier = domain::TicketTier::priority;
  input.ticket.position = 3;
  input.ticket.estimated_wait_min = 25;
  input.ticket.after_lunch = true;
  input.ticket.status_token = "38ce1294f9c4bf031a5d28ace4324171";
  input.ticket.issued_at = *parse_iso8601("2026-11-24T10:00:00+05:00");
  input.service_name = "ЖСН алу";
  input.tier_name = "Walk-in: басым тәртіппен тапсыру";
  input.status_url = ticket_status_url("http://127.0.0.1:8080", input.ticket.status_token);
  input.lunch_end = "14:00";
  input.lang = Lang::kk;
  return input;
}

// Stands in for FreeType: a 16×2 block per line, and a note of what it drew.
struct FakeRasteriser {
  std::vector<std::string> drawn;
  TextRasteriser function() {
    return [this](const std::string& text, ReceiptSize, bool, int) {
      drawn.push_back(text);
      MonoBitmap image;
      image.width = 16;
      image.height = 2;
      image.bits.assign(4, 0xFF);
      return image;
    };
  }
};

}  // namespace

TEST_CASE("escpos: a ticket starts with init and centring and ends with the cut") {
  FakeRasteriser fake;
  const Bytes out = encode_escpos(build_ticket_receipt(kazakh_ticket()), fake.function());
  REQUIRE(out.size() > 20);
  CHECK(Bytes(out.begin(), out.begin() + 5) == Bytes{0x1B, 0x40, 0x1B, 0x61, 0x01});  // ESC @, ESC a 1
  CHECK(Bytes(out.end() - 4, out.end()) == Bytes{0x1D, 0x56, 66, 3});                 // GS V 66 3: feed, cut
}

TEST_CASE("escpos: the number is printed as text at four times the size, in bold") {
  FakeRasteriser fake;
  const Bytes out = encode_escpos(build_ticket_receipt(kazakh_ticket()), fake.function());
  // GS ! 0x33 (4× wide, 4× high), ESC E 1, "O-001", LF, ESC E 0, GS ! 0
  const Bytes number =
      cat({{0x1D, 0x21, 0x33, 0x1B, 0x45, 0x01}, bytes("O-001"), {0x0A, 0x1B, 0x45, 0x00, 0x1D, 0x21, 0x00}});
  CHECK(contains(out, number));
}

TEST_CASE("escpos: the QR code links to the ticket's status page with the GS ( k sequence") {
  FakeRasteriser fake;
  const TicketForReceipt input = kazakh_ticket();
  const Bytes out = encode_escpos(build_ticket_receipt(input), fake.function());
  const std::string url = "http://127.0.0.1:8080/t/38ce1294f9c4bf031a5d28ace4324171";
  REQUIRE(input.status_url == url);
  const Bytes model = {0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00};  // model 2
  const Bytes size = {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06};         // 6-dot modules
  const Bytes level = {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31};        // error correction M
  const std::size_t stored = url.size() + 3;
  const Bytes store = cat({{0x1D, 0x28, 0x6B, static_cast<std::uint8_t>(stored), 0x00, 0x31, 0x50, 0x30}, bytes(url)});
  const Bytes print = {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30};
  const Bytes sequence = cat({model, size, level, store, print});
  CHECK(contains(out, sequence));
  // The link is printed as text too, for a phone without a camera.
  CHECK(contains(out, cat({bytes(url), {0x0A}})));
  CHECK(find(out, sequence) < find(out, Bytes{0x1D, 0x56, 66, 3}));
}

TEST_CASE("escpos: Kazakh lines go out as raster images, ASCII lines as text") {
  FakeRasteriser fake;
  const Bytes out = encode_escpos(build_ticket_receipt(kazakh_ticket()), fake.function());
  CHECK(std::find(fake.drawn.begin(), fake.drawn.end(), "ЖСН алу") != fake.drawn.end());
  CHECK(std::find(fake.drawn.begin(), fake.drawn.end(), "Алдыңызда тұрғандар: 3") != fake.drawn.end());
  CHECK(std::find(fake.drawn.begin(), fake.drawn.end(),
                  "Сізге түскі үзілістен кейін қызмет көрсетіледі. Үзіліс аяқталатын уақыт: 14:00.") !=
        fake.drawn.end());
  CHECK(std::none_of(fake.drawn.begin(), fake.drawn.end(), [](const std::string& s) { return s == "O-001"; }));
  // GS v 0, mode 0, 2 bytes a row, 2 rows, then the dots.
  CHECK(contains(out, Bytes{0x1D, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0xFF, 0xFF, 0xFF, 0xFF}));
  // Nothing but ASCII goes to the printer as text: no UTF-8 lead bytes anywhere outside rasters.
  CHECK_FALSE(contains(out, bytes("ЖСН")));
}

TEST_CASE("escpos: an English ticket needs no raster at all") {
  FakeRasteriser fake;
  TicketForReceipt input = kazakh_ticket();
  input.lang = Lang::en;
  input.service_name = "Individual identification number (IIN)";
  input.tier_name = "Walk-in: priority submission";
  const Bytes out = encode_escpos(build_ticket_receipt(input), fake.function());
  // Only the centre's name line holds a non-ASCII "·".
  CHECK(fake.drawn.size() <= 2);
  CHECK(contains(out, bytes("People ahead of you: 3\n")));
  CHECK(contains(out, bytes("Individual identification number (IIN)\n")));
}

TEST_CASE("escpos: a large raster is sent in bands a printer's buffer takes") {
  MonoBitmap tall;
  tall.width = 8;
  tall.height = 600;
  tall.bits.assign(600, 0x0F);
  const Bytes out = escpos::raster(tall);
  // 256 + 256 + 88 rows, each band with its own 8-byte header.
  CHECK(out.size() == 600 + 3 * 8);
  CHECK(Bytes(out.begin(), out.begin() + 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x00, 0x01});
}

TEST_CASE("printer port: specs, a plain file, and a printer that is not there") {
  CHECK(parse_printer_target("").kind == PrinterTarget::Kind::none);
  CHECK(parse_printer_target("/dev/usb/lp0").kind == PrinterTarget::Kind::device);
  const PrinterTarget tcp = parse_printer_target("tcp:10.0.0.5");
  CHECK(tcp.kind == PrinterTarget::Kind::tcp);
  CHECK(tcp.host == "10.0.0.5");
  CHECK(tcp.port == "9100");
  CHECK(parse_printer_target("10.0.0.5:9101").port == "9101");
  CHECK_THROWS_AS(parse_printer_target("tcp:"), std::invalid_argument);
  CHECK_THROWS_AS(parse_printer_target("file:"), std::invalid_argument);

  const kezek::testing::TempDir dir;
  const std::string file = (dir.path() / "printer.bin").string();
  const Bytes ticket = {0x1B, 0x40, 'O', '-', '0', '0', '1', 0x0A};
  CHECK_FALSE(send_to_printer(parse_printer_target("file:" + file), ticket).has_value());
  std::ifstream in(file, std::ios::binary);
  const Bytes written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written == ticket);

  // Nobody listens on port 1 of loopback: an error in words, quickly, no throw.
  const auto refused = send_to_printer(parse_printer_target("tcp:127.0.0.1:1"), ticket, std::chrono::seconds(2));
  REQUIRE(refused.has_value());
  CHECK(refused->find("cannot connect to printer tcp:127.0.0.1:1") != std::string::npos);
  const auto missing = send_to_printer(parse_printer_target("/nonexistent/lp0"), ticket);
  REQUIRE(missing.has_value());
  CHECK(missing->find("cannot open printer /nonexistent/lp0") != std::string::npos);
}

}  // namespace kezek_gui_kiosk_escpos
