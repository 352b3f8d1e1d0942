// The kiosk's real input engines: libpinyin (Simplified pinyin, learning off, no user data
// on disk) and Zinnia with Debian's tegaki zh_CN model. Missing packages/data are reported
// in InputEngines::problems and the engine is left null; this never throws or aborts.
#pragma once

#include <filesystem>

#include "sk/kiosk/input_engines.hpp"

namespace sk::kiosk::ime {

struct ImeConfig {
    // Empty = Debian's defaults (libpinyin-data's data dir; tegaki-zinnia-simplified-chinese's
    // handwriting-zh_CN.model).
    std::filesystem::path pinyin_data_dir;
    std::filesystem::path zinnia_model;
};

InputEngines make_default_input_engines(const ImeConfig& cfg = {});

}  // namespace sk::kiosk::ime
