// Where Debian puts the engines' data (libpinyin-data, tegaki-zinnia-simplified-chinese);
// ImeConfig's empty paths mean these. Private to sk_kiosk_ime, its tests and its benchmark.
#pragma once

#include <filesystem>

namespace sk::kiosk::ime {

std::filesystem::path default_pinyin_data_dir();
std::filesystem::path default_zinnia_model();

}  // namespace sk::kiosk::ime
