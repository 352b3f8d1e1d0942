#include "sk/kiosk/ui/qr.hpp"

#include <qrencode.h>

#include <cmath>
#include <string>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::kiosk::ui {
namespace {
constexpr int kQuiet = 4;

bool alphanumeric(std::string_view s) {
    for (char c : s) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                        std::string_view(" $%*+-./:").find(c) != std::string_view::npos;
        if (!ok) return false;
    }
    return true;
}
}  // namespace

QrMatrix qr_encode(std::string_view text) {
    QrMatrix out;
    if (text.empty() || text.size() > 256) return out;
    char scratch[257] = {};
    text.copy(scratch, text.size());
    // Case-sensitive automatic segmentation picks alphanumeric mode for receipt codes
    // (digits, capitals, '-'): a smaller symbol than byte mode.
    QRcode* code = alphanumeric(text) ? QRcode_encodeString(scratch, 0, QR_ECLEVEL_M, QR_MODE_8, 1)
                                      : QRcode_encodeString8bit(scratch, 0, QR_ECLEVEL_M);
    sk::crypto::wipe(scratch, sizeof scratch);
    if (!code) return out;
    out.width = code->width;
    const size_t n = static_cast<size_t>(code->width) * static_cast<size_t>(code->width);
    out.modules.resize(n);
    for (size_t i = 0; i < n; ++i) out.modules[i] = code->data[i] & 1;
    // libqrencode frees with plain free(): wipe the module data (it encodes the code) first.
    sk::crypto::wipe(code->data, n);
    QRcode_free(code);
    return out;
}

int draw_qr(ImDrawList* dl, const QrMatrix& qr, ImVec2 top_left, float side) {
    if (qr.width <= 0) return 0;
    const int total = qr.width + 2 * kQuiet;
    // Whole pixels per module keep the edges sharp for phone cameras.
    const float mod = std::floor(side / static_cast<float>(total));
    if (mod < 1) return 0;
    const float used = mod * static_cast<float>(total);
    dl->AddRectFilled(top_left, ImVec2(top_left.x + used, top_left.y + used),
                      IM_COL32(255, 255, 255, 255));
    int rects = 0;
    for (int y = 0; y < qr.width; ++y) {
        int x = 0;
        while (x < qr.width) {
            if (!qr.dark(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < qr.width && qr.dark(run, y)) ++run;
            const ImVec2 a(top_left.x + mod * static_cast<float>(x + kQuiet),
                           top_left.y + mod * static_cast<float>(y + kQuiet));
            const ImVec2 b(a.x + mod * static_cast<float>(run - x), a.y + mod);
            dl->AddRectFilled(a, b, IM_COL32(0, 0, 0, 255));
            ++rects;
            x = run;
        }
    }
    return rects;
}

}  // namespace sk::kiosk::ui
