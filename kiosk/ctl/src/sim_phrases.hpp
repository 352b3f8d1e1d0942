// Plausible Chinese phrases for simulated tips and free-text answers. Invented, generic
// and without real names: demo data must never look like a real accusation.
#pragma once

#include <random>
#include <string>

namespace sk::kiosk_sync::sim {

using Rng = std::mt19937_64;

std::string unit(Rng& rng);    // a school or office
std::string person(Rng& rng);  // a position, never a name
std::string what(Rng& rng, const std::string& category_id);
std::string since(Rng& rng);
std::string evidence(Rng& rng);
std::string contact(Rng& rng);       // an invented phone number
std::string short_answer(Rng& rng);  // e.g. subjects
std::string long_answer(Rng& rng);   // a suggestion or comment

// Cuts `s` to at most `max_cp` code points (whole UTF-8 sequences).
std::string cut_code_points(const std::string& s, size_t max_cp);

}  // namespace sk::kiosk_sync::sim
