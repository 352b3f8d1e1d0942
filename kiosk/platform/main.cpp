// The kiosk binary: see sk/kiosk/platform/kiosk_main.hpp.
#include "sk/kiosk/platform/kiosk_main.hpp"

int main(int argc, char** argv) {
    return sk::kiosk::platform::kiosk_main(argc, argv);
}
