#include "keyboard.hpp"

#include <algorithm>
#include <cstring>

#include "sk/survey/utf8.hpp"

namespace sk::kiosk {
namespace {

// UTF-8 of one code point into out (4 bytes); returns its length, 0 if invalid.
size_t encode_utf8(char32_t c, char* out) {
    if (c < 0x20 && c != '\n') return 0;  // control characters are not text
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        return 2;
    }
    if (c >= 0xD800 && c <= 0xDFFF) return 0;
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        return 3;
    }
    if (c > 0x10FFFF) return 0;
    out[0] = static_cast<char>(0xF0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
}

bool is_lower(char32_t c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char32_t c) {
    return c >= 'A' && c <= 'Z';
}

}  // namespace

void Keyboard::set_engines(InputEngines engines) {
    wipe();
    engines_ = std::move(engines);
}

bool Keyboard::has_engine(KeyboardMode m) const {
    switch (m) {
        case KeyboardMode::pinyin:
            return engines_.pinyin != nullptr;
        case KeyboardMode::handwriting:
            return engines_.handwriting != nullptr;
        case KeyboardMode::abc:
            return true;
    }
    return false;
}

std::vector<std::string> Keyboard::handwriting_characters() const {
    return engines_.handwriting ? engines_.handwriting->characters() : std::vector<std::string>{};
}

bool Keyboard::available(KeyboardMode m, FieldKind kind) const {
    if (kind == FieldKind::receipt_code) return m == KeyboardMode::abc;
    return has_engine(m);
}

void Keyboard::open(const KeyboardTarget& t, Lang ui_lang) {
    if (open_ && t.field == target_.field) return;
    commit_letters();
    reset_input();
    target_ = t;
    open_ = true;
    shift_ = symbols_ = false;
    if (t.digits_first) {
        mode_ = KeyboardMode::abc;
        symbols_ = true;
        return;
    }
    if (chosen_ && available(*chosen_, t.kind)) {
        mode_ = *chosen_;
        return;
    }
    mode_ = KeyboardMode::abc;
    if (ui_lang != Lang::zh_CN) return;
    for (KeyboardMode m : {KeyboardMode::pinyin, KeyboardMode::handwriting}) {
        if (available(m, t.kind)) {
            mode_ = m;
            return;
        }
    }
}

void Keyboard::close() {
    commit_letters();
    reset_input();
    open_ = false;
    target_ = {};
}

void Keyboard::set_mode(KeyboardMode m) {
    if (!open_ || !available(m, target_.kind)) return;
    commit_letters();
    reset_input();
    mode_ = m;
    chosen_ = m;
    shift_ = symbols_ = false;
}

bool Keyboard::insert(std::string_view utf8) {
    return pool_->append(target_.field, utf8, target_.max_len);
}

void Keyboard::key(char32_t c) {
    if (!open_) return;
    if (mode_ == KeyboardMode::pinyin &&
        (is_lower(c) || is_upper(c) || (c == '\'' && composing()))) {
        const char letter = static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
        if (mem_.push_letter(letter)) recompose();
        return;
    }
    if (composing()) commit_composition();
    if (target_.kind == FieldKind::receipt_code && is_lower(c)) c = c - 'a' + 'A';
    if (mode_ == KeyboardMode::abc && shift_ && is_lower(c)) c = c - 'a' + 'A';
    if (is_lower(c) || is_upper(c)) shift_ = false;  // one shot
    char buf[4];
    const size_t n = encode_utf8(c, buf);
    if (n > 0) insert(std::string_view(buf, n));
}

void Keyboard::backspace() {
    if (!open_) return;
    if (composing()) {
        mem_.pop_letter();
        recompose();
        return;
    }
    pool_->pop_code_point(target_.field);
}

void Keyboard::space() {
    if (!open_) return;
    if (composing()) {
        if (mem_.candidate_count() > 0) pick(0);
        return;
    }
    insert(" ");
}

void Keyboard::pick(int index_on_page) {
    if (!open_ || index_on_page < 0 || size_t(index_on_page) >= mem_.candidate_count()) return;
    const size_t slot = page_ * kCandidatesPerPage + size_t(index_on_page);
    if (slot >= shown_.size()) return;
    const size_t absolute = shown_[slot];
    if (!insert(mem_.candidate(size_t(index_on_page)))) return;  // full: keep composing
    if (mode_ == KeyboardMode::pinyin && engines_.pinyin) {
        size_t used = engines_.pinyin->candidate_letters(absolute);
        if (used == 0) used = mem_.composition_size();
        mem_.drop_front(used);
        recompose();
    } else if (mode_ == KeyboardMode::handwriting) {
        pad_clear();  // one character per drawing
    }
}

void Keyboard::page(int delta) {
    const long next = long(page_) + delta;
    if (next < 0 || engine_count() == 0) return;
    scan_to(size_t(next) * kCandidatesPerPage + 1);
    if (shown_.size() <= size_t(next) * kCandidatesPerPage) return;  // no such page
    page_ = size_t(next);
    refresh_page();
}

void Keyboard::stroke_begin(StrokePoint p) {
    if (open_ && mode_ == KeyboardMode::handwriting) mem_.begin_stroke(p);
}

void Keyboard::stroke_move(StrokePoint p) {
    if (open_ && mode_ == KeyboardMode::handwriting) mem_.add_point(p);
}

void Keyboard::stroke_end(StrokePoint p) {
    if (!open_ || mode_ != KeyboardMode::handwriting || !mem_.stroke_open()) return;
    mem_.end_stroke(p);
    recognize();
}

void Keyboard::stroke_undo() {
    if (!open_ || mode_ != KeyboardMode::handwriting) return;
    mem_.undo_stroke();
    recognize();
}

void Keyboard::pad_clear() {
    mem_.clear_strokes();
    forget_candidates();
    if (engines_.handwriting) engines_.handwriting->wipe();
}

void Keyboard::recompose() {
    forget_candidates();
    if (!engines_.pinyin) return;
    if (mem_.composition_size() == 0) {
        engines_.pinyin->wipe();
        mem_.clear_candidates();
        return;
    }
    if (!engines_.pinyin->set_composition(mem_.composition())) {
        mem_.clear_candidates();  // e.g. letters the engine cannot split
        return;
    }
    refresh_page();
}

void Keyboard::recognize() {
    forget_candidates();
    if (!engines_.handwriting) return;
    const std::vector<StrokeView> strokes = mem_.strokes();
    if (strokes.empty()) {
        pad_clear();
        return;
    }
    if (!engines_.handwriting->recognize(strokes.data(), strokes.size(), kHandwritingCandidates)) {
        mem_.clear_candidates();
        return;
    }
    refresh_page();
}

size_t Keyboard::engine_count() const {
    if (mode_ == KeyboardMode::pinyin && engines_.pinyin && mem_.composition_size() > 0)
        return engines_.pinyin->candidate_count();
    if (mode_ == KeyboardMode::handwriting && engines_.handwriting && mem_.stroke_count() > 0)
        return engines_.handwriting->candidate_count();
    return 0;
}

void Keyboard::refresh_page() {
    mem_.clear_candidates();
    const size_t first = page_ * kCandidatesPerPage;
    // One beyond the page tells whether a next page exists.
    scan_to(first + kCandidatesPerPage + 1);
    more_ = shown_.size() > first + kCandidatesPerPage;
    const size_t n =
        first < shown_.size() ? std::min(kCandidatesPerPage, shown_.size() - first) : 0;
    for (size_t i = 0; i < n; ++i) {
        char* slot = mem_.candidate_slot(i);
        const size_t cap = KeyboardMemory::candidate_slot_size();
        if (mode_ == KeyboardMode::pinyin)
            engines_.pinyin->copy_candidate(shown_[first + i], slot, cap);
        else
            engines_.handwriting->copy_candidate(shown_[first + i], slot, cap);
        slot[cap - 1] = 0;
    }
    mem_.set_candidate_count(n);
}

bool Keyboard::displayable(size_t engine_index) const {
    char tmp[kMaxCandidateBytes + 1];
    const size_t len = mode_ == KeyboardMode::pinyin
                           ? engines_.pinyin->copy_candidate(engine_index, tmp, sizeof tmp)
                           : engines_.handwriting->copy_candidate(engine_index, tmp, sizeof tmp);
    bool ok = len > 0;
    const std::string_view text(tmp, len);
    for (size_t i = 0; ok && i < len;) {
        const uint32_t c = survey::next_code_point(text, i);
        ok = c != survey::kReplacementChar && (!can_display_ || can_display_(char32_t(c)));
    }
    crypto::wipe(tmp, sizeof tmp);
    return ok;
}

bool Keyboard::already_shown(size_t engine_index) const {
    // libpinyin offers its sentence guess and then the same phrase from its tables: one
    // tile each would look like two identical choices.
    char a[kMaxCandidateBytes + 1], b[kMaxCandidateBytes + 1];
    const auto copy = [&](size_t i, char* out) {
        return mode_ == KeyboardMode::pinyin
                   ? engines_.pinyin->copy_candidate(i, out, sizeof a)
                   : engines_.handwriting->copy_candidate(i, out, sizeof a);
    };
    const size_t la = copy(engine_index, a);
    bool dup = false;
    for (size_t i = 0; !dup && i < shown_.size(); ++i) {
        const size_t lb = copy(shown_[i], b);
        dup = la == lb && std::memcmp(a, b, la) == 0;
    }
    crypto::wipe(a, sizeof a);
    crypto::wipe(b, sizeof b);
    return dup;
}

void Keyboard::scan_to(size_t wanted) {
    const size_t count = engine_count();
    while (shown_.size() < wanted && scanned_ < count) {
        if (displayable(scanned_) && !already_shown(scanned_)) shown_.push_back(scanned_);
        ++scanned_;
    }
}

void Keyboard::forget_candidates() {
    shown_.clear();
    scanned_ = 0;
    more_ = false;
    page_ = 0;
    mem_.clear_candidates();
}

void Keyboard::commit_composition() {
    // The best candidate each time; each consumes at least one letter, so this ends.
    for (size_t guard = 0; composing() && guard < kMaxCompositionLetters; ++guard) {
        if (page_ != 0) {
            page_ = 0;
            refresh_page();
        }
        const size_t before = mem_.composition_size();
        if (mem_.candidate_count() == 0) break;
        pick(0);
        if (mem_.composition_size() >= before) break;  // full field or a stuck engine
    }
    if (!composing()) return;
    // Letters nothing matched go in as typed (what the person saw underlined).
    insert(mem_.composition());
    mem_.clear_composition();
    recompose();
}

void Keyboard::commit_letters() {
    if (!open_ || !composing()) return;
    insert(mem_.composition());
    mem_.clear_composition();
    recompose();
}

void Keyboard::reset_input() {
    mem_.wipe();
    forget_candidates();
    if (engines_.pinyin) engines_.pinyin->wipe();
    if (engines_.handwriting) engines_.handwriting->wipe();
}

void Keyboard::wipe() {
    reset_input();
    open_ = false;
    target_ = {};
    mode_ = KeyboardMode::abc;
    chosen_.reset();
    shift_ = symbols_ = false;
}

void Keyboard::fill_view(KeyboardView& v) const {
    v = KeyboardView{};
    for (int m = 0; m < kKeyboardModeCount; ++m)
        v.available[m] =
            available(static_cast<KeyboardMode>(m), open_ ? target_.kind : FieldKind::short_text);
    if (!open_) return;
    v.open = true;
    v.field = target_.field;
    v.field_kind = target_.kind;
    v.mode = mode_;
    v.shift = shift_;
    v.upper_only = target_.kind == FieldKind::receipt_code;
    v.symbols = symbols_;
    v.composition = mem_.composition();
    for (size_t i = 0; i < mem_.candidate_count(); ++i) v.candidates.push_back(mem_.candidate(i));
    v.page = int(page_);
    // Pages are found as they are turned: "at least one more" is all the UI needs.
    v.page_count = mem_.candidate_count() == 0 ? 0 : int(page_) + (more_ ? 2 : 1);
    v.strokes = mem_.strokes();
    const size_t len = pool_->text(target_.field).size();
    v.full = len + 2 > pool_->capacity(target_.field) ||
             (target_.max_len > 0 && pool_->code_points(target_.field) >= target_.max_len);
}

}  // namespace sk::kiosk
