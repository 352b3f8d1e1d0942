// The absence register's edit form (drawn in place of the add form while an entry is open).
#pragma once

#include "../view_kit.hpp"

namespace sk::desk::ui {

void draw_edit_form(ViewCtx& v);

}  // namespace sk::desk::ui
