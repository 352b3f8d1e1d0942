// Characters the kiosk must be able to render although no built-in string uses them:
// what people type (system input method) and punctuation.
#pragma once

#include <cstddef>
#include <string>

namespace sk::kiosk::platform {

// The 3,755 GB2312 level-1 hanzi as one UTF-8 string (generated, common_chars_gb2312.cpp).
const char* gb2312_level1_utf8();
size_t gb2312_level1_count();

// The 3,008 GB2312 level-2 hanzi (decoded with iconv at run time; empty if glibc lacks
// the GB2312 converter).
std::string gb2312_level2_utf8();

}  // namespace sk::kiosk::platform
