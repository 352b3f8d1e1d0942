// The handwriting pad of the on-screen keyboard.
#pragma once

#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

// A square pad of `side` px at the cursor: draws the view's strokes and turns a press,
// drag and release on it into StrokeBegin / StrokeMove / StrokeEnd (pad units 0..1).
void handwriting_pad(ViewContext& ctx, const KeyboardView& kb, float side);

}  // namespace sk::kiosk::ui
