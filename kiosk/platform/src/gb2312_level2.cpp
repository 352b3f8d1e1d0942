// GB2312 level 2 (3,008 less common hanzi, rows 56-87) decoded with glibc's iconv rather
// than a second generated table: the pinyin and handwriting engines offer them.
#include <iconv.h>

#include <string>

#include "sk/kiosk/platform/common_chars.hpp"

namespace sk::kiosk::platform {

std::string gb2312_level2_utf8() {
    std::string out;
    iconv_t cd = iconv_open("UTF-8", "GB2312");
    if (cd == reinterpret_cast<iconv_t>(-1)) return out;
    constexpr unsigned char kFirstRow = 0xD8, kLastRow = 0xF7;
    constexpr unsigned char kFirstCell = 0xA1, kLastCell = 0xFE;
    for (unsigned row = kFirstRow; row <= kLastRow; ++row) {
        for (unsigned cell = kFirstCell; cell <= kLastCell; ++cell) {
            char in[2] = {static_cast<char>(row), static_cast<char>(cell)};
            char buf[8];
            char* ip = in;
            char* op = buf;
            size_t il = sizeof in, ol = sizeof buf;
            if (iconv(cd, &ip, &il, &op, &ol) != static_cast<size_t>(-1))
                out.append(buf, static_cast<size_t>(op - buf));
            iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset after a bad pair
        }
    }
    iconv_close(cd);
    return out;
}

}  // namespace sk::kiosk::platform
