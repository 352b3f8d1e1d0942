#include "libpinyin_engine.hpp"

#include <fcntl.h>
#include <pinyin.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <system_error>

#include "pinyin_supplement.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::kiosk::ime {
namespace {

namespace fs = std::filesystem;

constexpr char kSeparator = '\'';

// Files libpinyin-data must provide; pinyin_init does not fail on a missing table, it
// prints a line and carries on with empty tables, so we check before.
constexpr const char* kRequiredDataFiles[] = {"table.conf", "pinyin_index.bin", "phrase_index.bin",
                                              "gb_char.bin", "bigram.db"};

// Kiosk users type plain full pinyin without tones, often only initials ("nh" -> 你好), and
// many southern speakers do not distinguish z/zh, c/ch, s/sh or the -n/-ng finals. l/n and
// f/h are left out: they flood short syllables with wrong candidates.
constexpr pinyin_option_t kPinyinOptions =
    PINYIN_INCOMPLETE | PINYIN_CORRECT_ALL | USE_DIVIDED_TABLE | USE_RESPLIT_TABLE |
    DYNAMIC_ADJUST | PINYIN_AMB_Z_ZH | PINYIN_AMB_C_CH | PINYIN_AMB_S_SH | PINYIN_AMB_AN_ANG |
    PINYIN_AMB_EN_ENG | PINYIN_AMB_IN_ING;

// Whole phrases before single characters, then the closer pinyin match, then frequency;
// libpinyin puts its sentence guesses (n-best) in front of all of them.
constexpr guint kSortOption = SORT_BY_PHRASE_LENGTH_AND_PINYIN_LENGTH_AND_FREQUENCY;

bool valid_letters(std::string_view letters) {
    if (letters.size() > kMaxCompositionLetters) return false;
    for (char c : letters) {
        if (!((c >= 'a' && c <= 'z') || c == kSeparator)) return false;
    }
    return true;
}

Result<void> check_data_dir_files(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return {Errc::not_found, "no data at " + dir.string() + " (install libpinyin-data)"};
    }
    for (const char* name : kRequiredDataFiles) {
        if (!fs::is_regular_file(dir / name, ec)) {
            return {Errc::not_found,
                    "data at " + dir.string() + " lacks " + name + " (reinstall libpinyin-data)"};
        }
    }
    return ok();
}

// libpinyin writes "open  failed." to stderr for every user table when it has no user
// directory, which the kiosk gives it on purpose (no learning, nothing on disk). The
// kiosk's stderr is the journal: those lines would look like a fault at every start. Its
// stderr is muted for the duration of pinyin_init only (start-up, one thread).
class MutedStderr {
  public:
    MutedStderr() {
        std::fflush(stderr);
        saved_ = ::dup(STDERR_FILENO);
        const int null_fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved_ >= 0 && null_fd >= 0) ::dup2(null_fd, STDERR_FILENO);
        if (null_fd >= 0) ::close(null_fd);
    }
    ~MutedStderr() {
        std::fflush(stderr);
        if (saved_ < 0) return;
        ::dup2(saved_, STDERR_FILENO);
        ::close(saved_);
    }
    MutedStderr(const MutedStderr&) = delete;
    MutedStderr& operator=(const MutedStderr&) = delete;

  private:
    int saved_ = -1;
};

lookup_candidate_t* candidate_at(_pinyin_instance_t* instance, uint32_t index) {
    lookup_candidate_t* c = nullptr;
    if (!pinyin_get_candidate(instance, index, &c)) return nullptr;
    return c;
}

}  // namespace

Result<void> LibpinyinEngine::check_data_dir(const fs::path& data_dir) {
    return check_data_dir_files(data_dir);
}

Result<std::unique_ptr<LibpinyinEngine>> LibpinyinEngine::open(const fs::path& data_dir,
                                                               const fs::path& user_dir) {
    SK_TRY(check_data_dir(data_dir));
    const std::string data = data_dir.string();
    const std::string user = user_dir.string();
    pinyin_context_t* context = nullptr;
    {
        MutedStderr quiet;
        context = pinyin_init(data.c_str(), user.empty() ? nullptr : user.c_str());
    }
    if (context == nullptr) {
        return {Errc::bad_format, "libpinyin cannot read the data at " + data};
    }
    pinyin_set_options(context, kPinyinOptions);
    // Simplified only: the GBK table adds traditional and rare characters.
    pinyin_unload_phrase_library(context, GBK_DICTIONARY);
    add_pinyin_supplement(context);

    pinyin_instance_t* instance = pinyin_alloc_instance(context);
    if (instance == nullptr) {
        pinyin_fini(context);
        return {Errc::internal, "libpinyin could not allocate an instance"};
    }
    std::unique_ptr<LibpinyinEngine> engine(new (std::nothrow) LibpinyinEngine(context, instance));
    if (!engine) {
        pinyin_free_instance(instance);
        pinyin_fini(context);
        return {Errc::internal, "out of memory"};
    }
    // Tables that load but are empty or damaged show up here rather than at the first tap.
    SK_TRY(engine->set_composition("ni"));
    const bool usable = engine->candidate_count() > 0;
    engine->wipe();
    if (!usable) return {Errc::bad_format, "the data at " + data + " gives no candidates"};
    return engine;
}

LibpinyinEngine::LibpinyinEngine(_pinyin_context_t* context, _pinyin_instance_t* instance)
    : context_(context), instance_(instance) {
    offered_.reserve(64);
}

LibpinyinEngine::~LibpinyinEngine() {
    wipe();
    pinyin_free_instance(instance_);
    pinyin_fini(context_);
}

void LibpinyinEngine::clear_composition() {
    pinyin_reset(instance_);
    crypto::wipe(composition_.data(), composition_.size());
    composition_len_ = 0;
    leading_separators_ = 0;
    parsed_len_ = 0;
    if (!offered_.empty()) crypto::wipe(offered_.data(), offered_.size() * sizeof(uint32_t));
    offered_.clear();
}

Result<void> LibpinyinEngine::set_composition(std::string_view letters) {
    if (!valid_letters(letters)) {
        return {Errc::invalid_argument, "pinyin composition takes at most 64 letters a-z and '"};
    }
    clear_composition();
    if (letters.empty()) return ok();

    std::memcpy(composition_.data(), letters.data(), letters.size());
    composition_[letters.size()] = '\0';
    composition_len_ = letters.size();
    // libpinyin finds no candidate at offset 0 of "'an"; the separators are the keyboard's
    // leftovers after a chosen candidate, so skip them and count them as consumed.
    while (leading_separators_ < composition_len_ &&
           composition_[leading_separators_] == kSeparator) {
        ++leading_separators_;
    }
    lookup(leading_separators_);
    return ok();
}

void LibpinyinEngine::lookup(size_t body_offset) {
    const char* body = composition_.data() + body_offset;
    if (*body == '\0') return;
    parsed_len_ = pinyin_parse_more_full_pinyins(instance_, body);
    if (parsed_len_ == 0) return;  // e.g. "i", "v": nothing to offer yet
    pinyin_guess_sentence(instance_);
    pinyin_guess_candidates(instance_, 0, kSortOption);

    guint n = 0;
    pinyin_get_n_candidate(instance_, &n);
    for (guint i = 0; i < n; ++i) {
        lookup_candidate_t* c = candidate_at(instance_, i);
        const gchar* s = nullptr;
        if (c == nullptr || !pinyin_get_candidate_string(instance_, c, &s) || s == nullptr) {
            continue;
        }
        const size_t len = std::strlen(s);
        if (len > 0 && len <= kMaxCandidateBytes) offered_.push_back(i);
    }
}

size_t LibpinyinEngine::candidate_count() const {
    return offered_.size();
}

size_t LibpinyinEngine::copy_candidate(size_t i, char* out, size_t cap) const {
    if (i >= offered_.size() || out == nullptr) return 0;
    lookup_candidate_t* c = candidate_at(instance_, offered_[i]);
    const gchar* s = nullptr;
    if (c == nullptr || !pinyin_get_candidate_string(instance_, c, &s) || s == nullptr) return 0;
    const size_t len = std::strlen(s);
    if (len + 1 > cap) return 0;
    std::memcpy(out, s, len + 1);
    return len;
}

size_t LibpinyinEngine::candidate_letters(size_t i) const {
    if (i >= offered_.size()) return 0;
    lookup_candidate_t* c = candidate_at(instance_, offered_[i]);
    lookup_candidate_type_t type = NORMAL_CANDIDATE;
    if (c == nullptr || !pinyin_get_candidate_type(instance_, c, &type)) return 0;

    size_t used = parsed_len_;  // a sentence guess spans everything libpinyin parsed
    if (type != NBEST_MATCH_CANDIDATE) {
        // libpinyin only reveals a candidate's pinyin span through choosing it: choose, read
        // the cursor after it, and drop the constraint again so the lookup is unchanged.
        // Choosing only constrains this lookup; it trains nothing (pinyin_train does that).
        const int end = pinyin_choose_candidate(instance_, 0, c);
        pinyin_clear_constraint(instance_, 0);
        if (end <= 0) return 0;
        used = static_cast<size_t>(end);
    }
    size_t consumed = leading_separators_ + used;
    // Take the separator after the candidate too, so the rest starts at a syllable.
    while (consumed < composition_len_ && composition_[consumed] == kSeparator) ++consumed;
    return consumed < composition_len_ ? consumed : composition_len_;
}

void LibpinyinEngine::overwrite_instance_buffers(size_t length) {
    if (length == 0) return;
    // "aaaa" parses as a'a'a'a: one syllable per letter, so the key matrix has the same shape
    // and size as the wiped composition's; sentence and candidate lookups reallocate their
    // arrays and strings, which glibc tends to serve from the chunks just freed.
    std::array<char, kMaxCompositionLetters + 1> dummy{};
    std::memset(dummy.data(), 'a', length);
    pinyin_reset(instance_);
    pinyin_parse_more_full_pinyins(instance_, dummy.data());
    pinyin_guess_sentence(instance_);
    pinyin_guess_candidates(instance_, 0, kSortOption);
}

// What wipe() guarantees: our own copy of the letters and the candidate index list are zeroed,
// and the libpinyin instance is reset (no composition, no candidates, no constraints; its
// answers afterwards are those of a fresh instance). What it cannot guarantee: libpinyin frees
// its key matrix, n-best token arrays and candidate strings without zeroing them, and glib's
// allocator gives us no hook; the dummy lookup overwrites most of that memory in practice
// (same sizes, same allocator bins) but not provably all of it.
void LibpinyinEngine::wipe() {
    const size_t length =
        composition_len_ > leading_separators_ ? composition_len_ - leading_separators_ : 0;
    overwrite_instance_buffers(length);
    clear_composition();
}

}  // namespace sk::kiosk::ime
