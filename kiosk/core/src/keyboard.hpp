// The on-screen keyboard's state machine (issue 7): which field it edits, the mode
// (pinyin / handwriting / ABC), shift and the symbols page, the pinyin composition, the
// candidate page, the handwriting strokes. Text goes straight into the field's TextPool
// buffer (appended at the end). Everything a person is writing lives in KeyboardMemory
// (secure arenas) or inside the engines; wipe() zeroes both.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "keyboard_memory.hpp"
#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/input_engines.hpp"
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/view.hpp"
#include "text_pool.hpp"

namespace sk::kiosk {

template <class T>
constexpr bool is_keyboard_intent_v =
    std::is_same_v<T, intent::KeyboardOpen> || std::is_same_v<T, intent::KeyboardClose> ||
    std::is_same_v<T, intent::KeyboardSetMode> || std::is_same_v<T, intent::KeyPress> ||
    std::is_same_v<T, intent::KeyBackspace> || std::is_same_v<T, intent::KeySpace> ||
    std::is_same_v<T, intent::KeyShift> || std::is_same_v<T, intent::KeySymbols> ||
    std::is_same_v<T, intent::CandidatePick> || std::is_same_v<T, intent::CandidatePage> ||
    std::is_same_v<T, intent::StrokeBegin> || std::is_same_v<T, intent::StrokeMove> ||
    std::is_same_v<T, intent::StrokeEnd> || std::is_same_v<T, intent::StrokeUndo> ||
    std::is_same_v<T, intent::PadClear>;

struct KeyboardTarget {
    FieldId field;
    FieldKind kind = FieldKind::short_text;
    size_t max_len = 0;  // code points; 0 = only the buffer's capacity limits
    // Mostly digits (a phone number): opens on the ABC keyboard's digits page, not pinyin.
    bool digits_first = false;
};

class Keyboard {
  public:
    explicit Keyboard(TextPool& pool) : pool_(&pool) {}

    void set_engines(InputEngines engines);
    // Candidates containing a code point this says the screen cannot draw are skipped, so
    // a person never picks a box they cannot read (empty: every candidate is shown).
    void set_display_filter(std::function<bool(char32_t)> can_display) {
        can_display_ = std::move(can_display);
    }
    bool has_engine(KeyboardMode m) const;
    // Every character the handwriting engine can return (empty without one).
    std::vector<std::string> handwriting_characters() const;
    // Modes a field offers: receipt codes are ABC only; a mode needs its engine.
    bool available(KeyboardMode m, FieldKind kind) const;

    bool is_open() const { return open_; }
    // Letters or strokes not yet turned into text.
    bool has_pending() const { return composing() || mem_.stroke_count() > 0; }
    FieldId field() const { return open_ ? target_.field : field::none; }

    // Opens on `t` (a pending composition for another field goes in as letters); the mode is the
    // one chosen last in this session if the field offers it, else the first available
    // (Chinese UI: pinyin, handwriting, ABC; English UI: ABC).
    void open(const KeyboardTarget& t, Lang ui_lang);
    void close();
    // Pinyin letters not yet turned into characters go into the field as typed (what the
    // person saw underlined), so leaving the field or the page never loses them.
    void commit_letters();
    void set_mode(KeyboardMode m);

    void key(char32_t code_point);
    void backspace();
    void space();
    void shift() { shift_ = !shift_; }
    void symbols() { symbols_ = !symbols_; }
    void pick(int index_on_page);
    void page(int delta);

    void stroke_begin(StrokePoint p);
    void stroke_move(StrokePoint p);
    void stroke_end(StrokePoint p);
    void stroke_undo();
    void pad_clear();

    // Zeroes the arenas, wipes the engines, closes, forgets the chosen mode.
    void wipe();
    bool memory_zeroed() const { return mem_.all_zero(); }

    void fill_view(KeyboardView& v) const;

  private:
    bool insert(std::string_view utf8);
    bool composing() const { return mode_ == KeyboardMode::pinyin && mem_.composition_size() > 0; }
    void recompose();     // composition -> engine -> candidate page 0
    void recognize();     // strokes -> engine -> candidate page 0
    void refresh_page();  // copies the current page out of the active engine
    size_t engine_count() const;
    bool displayable(size_t engine_index) const;
    bool already_shown(size_t engine_index) const;  // same text as a candidate in shown_
    // Extends shown_ (engine indices that pass the display filter) to `wanted` entries or
    // until the engine's list ends; only as far as the pages a person looks at.
    void scan_to(size_t wanted);
    void forget_candidates();   // shown_, page and the candidate slots
    void commit_composition();  // before a non-letter key: best candidates, then letters
    void reset_input();         // composition, strokes, candidates, engines

    TextPool* pool_;
    InputEngines engines_;
    KeyboardMemory mem_;
    KeyboardTarget target_;
    bool open_ = false;
    KeyboardMode mode_ = KeyboardMode::abc;
    std::optional<KeyboardMode> chosen_;  // the person's last explicit choice
    bool shift_ = false;
    bool symbols_ = false;
    size_t page_ = 0;
    std::function<bool(char32_t)> can_display_;
    std::vector<size_t> shown_;  // engine indices of displayable candidates, in order
    size_t scanned_ = 0;         // engine candidates looked at so far
    bool more_ = false;          // candidates beyond the current page exist
};

}  // namespace sk::kiosk
