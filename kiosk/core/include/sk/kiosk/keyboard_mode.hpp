// The on-screen keyboard's input modes (issue 7), shared by intents.hpp and view.hpp.
#pragma once

namespace sk::kiosk {

enum class KeyboardMode {
    pinyin,       // 拼音: letters compose, candidates commit
    handwriting,  // 手写: a pad of strokes, candidates commit
    abc,          // ABC/123: Latin letters, digits, punctuation common in Chinese text
};

constexpr int kKeyboardModeCount = 3;

}  // namespace sk::kiosk
