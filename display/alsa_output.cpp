#include "display/alsa_output.hpp"

#include <alsa/asoundlib.h>

#include <algorithm>

namespace kezek::display {
namespace {

// ALSA prints its own diagnostics to stderr ("cannot find card '0'") on every
// failed open; the display reports a missing device once, in its own words.
void quiet_alsa(const char*, int, const char*, int, const char*, ...) {}

}  // namespace

AlsaOutput::AlsaOutput(std::string device) : device_(std::move(device)) { snd_lib_error_set_handler(quiet_alsa); }

bool AlsaOutput::play(const Pcm& pcm, const std::atomic<bool>& stop, std::string& error) {
  snd_pcm_t* handle = nullptr;
  if (const int rc = snd_pcm_open(&handle, device_.c_str(), SND_PCM_STREAM_PLAYBACK, 0); rc < 0) {
    error = "cannot open audio device \"" + device_ + "\": " + snd_strerror(rc);
    return false;
  }
  if (const int rc = snd_pcm_set_params(handle, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                                        static_cast<unsigned>(pcm.sample_rate), 1, 200000);
      rc < 0) {
    error = "audio device \"" + device_ + "\" refuses 16-bit mono: " + snd_strerror(rc);
    snd_pcm_close(handle);
    return false;
  }
  // In slices of a tenth of a second, so that shutting down does not wait for
  // a whole announcement.
  const std::size_t slice = static_cast<std::size_t>(pcm.sample_rate) / 10;
  std::size_t done = 0;
  bool ok = true;
  while (done < pcm.samples.size() && !stop) {
    const std::size_t n = std::min(slice, pcm.samples.size() - done);
    snd_pcm_sframes_t written = snd_pcm_writei(handle, pcm.samples.data() + done, n);
    if (written < 0) written = snd_pcm_recover(handle, static_cast<int>(written), 1);
    if (written < 0) {
      error = std::string("audio playback failed: ") + snd_strerror(static_cast<int>(written));
      ok = false;
      break;
    }
    done += static_cast<std::size_t>(written);
  }
  if (stop || !ok)
    snd_pcm_drop(handle);
  else
    snd_pcm_drain(handle);
  snd_pcm_close(handle);
  return ok;
}

}  // namespace kezek::display
