#pragma once
// Rng: the benchmarks' one source of randomness, repeatable from a seed on any
// platform. std::mt19937_64 is fully specified by the standard, but the
// std::*_distribution classes are not (libstdc++ and libc++ draw different
// numbers), so the few distributions we need are written out here.
//
// Threading: a plain value; one thread at a time.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace kezek::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t bits() { return engine_(); }
  // Uniform in [0, 1), 53 random bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  bool chance(double p) { return uniform() < p; }
  // Standard normal (Box-Muller; 1 - u keeps the logarithm finite).
  double normal() {
    const double u = 1.0 - uniform();
    const double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
  }
  // Lognormal with the given mean and shape sigma (the sigma of its logarithm).
  double lognormal_with_mean(double mean, double sigma) {
    const double mu = std::log(mean) - sigma * sigma / 2.0;
    return std::exp(mu + sigma * normal());
  }
  double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
  // An index drawn in proportion to the weights (which need not sum to 1).
  std::size_t pick(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.empty() ? 0 : weights.size() - 1;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace kezek::bench
