#pragma once
// Overloaded: a set of lambdas as one visitor for std::visit over the kiosk's
// intents and the requests the navigation reducer asks for.
namespace kezek::kiosk {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace kezek::kiosk
