// QR code of the receipt code (libqrencode), drawn as filled rectangles with ImDrawList:
// no texture, so nothing of the code outlives the frame on the GPU side either.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::kiosk::ui {

struct QrMatrix {
    QrMatrix() = default;
    QrMatrix(QrMatrix&&) noexcept = default;
    QrMatrix& operator=(QrMatrix&&) noexcept = default;
    // The modules spell the receipt code: wipe them with the matrix.
    ~QrMatrix() {
        if (!modules.empty()) sk::crypto::wipe(modules.data(), modules.size());
    }
    int width = 0;                 // modules per side, without quiet zone
    std::vector<uint8_t> modules;  // width*width, 1 = dark
    bool dark(int x, int y) const { return modules[static_cast<size_t>(y * width + x)] != 0; }
};

// Encodes with error correction M; alphanumeric mode when the text allows it (receipt
// codes do). Empty matrix on failure. Scratch copies are wiped.
QrMatrix qr_encode(std::string_view text);

// Draws at `top_left`, `side` px including a 4-module white quiet zone. Returns the
// number of rectangles drawn (tests).
int draw_qr(ImDrawList* dl, const QrMatrix& qr, ImVec2 top_left, float side);

}  // namespace sk::kiosk::ui
