// The `kiosk` program: options, display check, core, fonts, window, loop.
#pragma once

namespace sk::kiosk::platform {

int kiosk_main(int argc, char** argv);

}  // namespace sk::kiosk::platform
