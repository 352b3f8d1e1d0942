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
    // false: no handwriting engine and no problem line for it (the caller opens it itself,
    // e.g. after the first frame with open_handwriting_engine).
    bool handwriting = true;
};

InputEngines make_default_input_engines(const ImeConfig& cfg = {});

// The pinyin engine alone (empty dir = Debian's data) and the checks of its data directory
// it makes before loading (present, the required tables there), for a caller that loads it
// later and reports missing data at once, in the same words.
Result<std::unique_ptr<PinyinEngine>> open_pinyin_engine(
    const std::filesystem::path& data_dir = {});
Result<void> check_pinyin_data(const std::filesystem::path& data_dir = {});

// The handwriting engine alone (empty path = Debian's model), and the checks of the model
// file it makes before loading it (present, a regular file, not truncated): a caller that
// loads the engine later can report a missing model at once, in the same words.
Result<std::unique_ptr<HandwritingEngine>> open_handwriting_engine(
    const std::filesystem::path& model = {});
Result<void> check_handwriting_model(const std::filesystem::path& model = {});

}  // namespace sk::kiosk::ime
