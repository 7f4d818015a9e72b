#pragma once
// What the display says when a ticket is called: a chime, then the call in
// each configured language — "Ticket W 17, please go to counter 3.",
// "Талон дабл-ю 17, пройдите к окну номер 3.", "Талон дабл-ю 17, үшінші
// терезеге өтіңіз." The ticket's letter is said by its name and its number as
// a number (W-017 → "W seventeen"), which listeners catch more easily than
// "zero one seven".

#include <string>
#include <vector>

#include "display/pcm.hpp"
#include "display/speech_synth.hpp"
#include "shared/catalog/lang.hpp"

namespace kezek::display {

struct Announcement {
  std::string number;  // "W-017"
  int counter = 0;
  bool operator==(const Announcement&) const = default;
};

// The sentence for `lang` (pure).
std::string spoken_text(const Announcement& call, catalog::Lang lang);

// The chime and the sentences, one after another with short pauses. A language
// whose voice fails is skipped and named in `problems`.
Pcm render_announcement(SpeechSynth& synth, const Announcement& call, const std::vector<catalog::Lang>& languages,
                        std::string& problems);

}  // namespace kezek::display
