// The one place that includes SQLCipher's sqlite3.h (only from .cpp files in storage/src).
#pragma once

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1  // declares sqlite3_key_v2(); CMake defines it as well
#endif
#include <sqlite3.h>
