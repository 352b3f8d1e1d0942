#include "sk/kiosk/ime/default_engines.hpp"

#include <string>

#include "default_paths.hpp"
#include "libpinyin_engine.hpp"
#include "zinnia_engine.hpp"

namespace sk::kiosk::ime {
namespace {

template <typename Engine, typename Open>
std::unique_ptr<Engine> open_or_report(const char* what, Open&& open,
                                       std::vector<std::string>& problems) {
    auto r = open_engine_guarded(open);
    if (r.ok()) return std::move(r.value());
    problems.push_back(std::string(what) + ": " + r.error().message);
    return nullptr;
}

}  // namespace

std::filesystem::path default_pinyin_data_dir() {
    return SK_LIBPINYIN_DATA_DIR;  // from libpinyin.pc at build time
}

std::filesystem::path default_zinnia_model() {
    return SK_ZINNIA_ZH_CN_MODEL;
}

InputEngines make_default_input_engines(const ImeConfig& cfg) {
    InputEngines engines;
    const std::filesystem::path pinyin_dir =
        cfg.pinyin_data_dir.empty() ? default_pinyin_data_dir() : cfg.pinyin_data_dir;
    const std::filesystem::path model =
        cfg.zinnia_model.empty() ? default_zinnia_model() : cfg.zinnia_model;

    engines.pinyin = open_or_report<LibpinyinEngine>(
        "pinyin", [&] { return LibpinyinEngine::open(pinyin_dir); }, engines.problems);
    if (cfg.handwriting) {
        engines.handwriting = open_or_report<ZinniaEngine>(
            "handwriting", [&] { return ZinniaEngine::open(model); }, engines.problems);
    }
    return engines;
}

Result<std::unique_ptr<PinyinEngine>> open_pinyin_engine(const std::filesystem::path& data_dir) {
    auto r = LibpinyinEngine::open(data_dir.empty() ? default_pinyin_data_dir() : data_dir);
    if (!r) return r.error();
    return std::unique_ptr<PinyinEngine>(std::move(r).value());
}

Result<void> check_pinyin_data(const std::filesystem::path& data_dir) {
    return LibpinyinEngine::check_data_dir(data_dir.empty() ? default_pinyin_data_dir() : data_dir);
}

Result<std::unique_ptr<HandwritingEngine>> open_handwriting_engine(
    const std::filesystem::path& model) {
    auto r = ZinniaEngine::open(model.empty() ? default_zinnia_model() : model);
    if (!r) return r.error();
    return std::unique_ptr<HandwritingEngine>(std::move(r).value());
}

Result<void> check_handwriting_model(const std::filesystem::path& model) {
    return ZinniaEngine::check_model_file(model.empty() ? default_zinnia_model() : model);
}

}  // namespace sk::kiosk::ime
