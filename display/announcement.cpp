#include "display/announcement.hpp"

#include <array>
#include <cctype>

#include "display/chime.hpp"
#include "display/display_strings.hpp"
#include "display/kazakh_numbers.hpp"

namespace kezek::display {
namespace {

// The names of the Latin letters as a Russian or Kazakh speaker says them (the
// English names, in Cyrillic): read by the Russian or Kazakh voice instead of
// making espeak switch to its English voice in mid-sentence.
constexpr std::array<const char*, 26> kCyrillicLetterNames = {
    "эй", "би", "си", "ди",  "и",  "эф", "джи", "эйч", "ай", "джей",   "кей", "эл",  "эм",
    "эн", "оу", "пи", "кью", "ар", "эс", "ти",  "ю",   "ви", "дабл-ю", "экс", "уай", "зед"};

std::string letter_name(char letter, catalog::Lang lang) {
  const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
  if (upper < 'A' || upper > 'Z') return std::string(1, letter);
  if (lang != catalog::Lang::en) return kCyrillicLetterNames[static_cast<std::size_t>(upper - 'A')];
  // English reads a lone "A" as the article; "eh" comes out as the letter's name.
  return upper == 'A' ? "eh" : std::string(1, upper);
}

}  // namespace

std::string spoken_text(const Announcement& call, catalog::Lang lang) {
  // "W-017": the letters before the dash, the number after it without its zeros.
  std::string letters, digits;
  for (char c : call.number) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      letters += c;
    else if (std::isdigit(static_cast<unsigned char>(c)))
      digits += c;
  }
  const auto first = digits.find_first_not_of('0');
  digits = first == std::string::npos ? (digits.empty() ? "" : "0") : digits.substr(first);
  std::string letter_words;
  for (char c : letters) {
    if (!letter_words.empty()) letter_words += ' ';
    letter_words += letter_name(c, lang);
  }
  const std::string counter = lang == catalog::Lang::kk ? kazakh_ordinal(call.counter) : std::to_string(call.counter);
  return trf(S::spoken_call, lang, {letter_words, digits, counter});
}

Pcm render_announcement(SpeechSynth& synth, const Announcement& call, const std::vector<catalog::Lang>& languages,
                        std::string& problems) {
  Pcm pcm;
  pcm.sample_rate = synth.ok() ? synth.sample_rate() : 22050;
  pcm.append(make_chime(pcm.sample_rate));
  pcm.append_silence(200);
  bool first = true;
  for (catalog::Lang lang : languages) {
    std::string error;
    const std::vector<std::int16_t> speech = synth.speak(spoken_text(call, lang), lang, error);
    if (speech.empty()) {
      if (!problems.empty()) problems += "; ";
      problems += error.empty() ? "no speech for " + std::string(catalog::to_string(lang)) : error;
      continue;
    }
    if (!first) pcm.append_silence(400);
    first = false;
    pcm.append(speech);
  }
  pcm.append_silence(300);
  return pcm;
}

}  // namespace kezek::display
