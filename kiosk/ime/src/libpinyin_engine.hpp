// PinyinEngine on Debian's libpinyin: full pinyin, Simplified tables only (the GBK table is
// unloaded), incomplete and common fuzzy pinyin accepted, whole phrases first.
//
// Privacy: the engine never calls pinyin_train, pinyin_save or the user-input remembering
// calls, and by default gives libpinyin no user dir at all (libpinyin's own save/train then
// refuse to run). Candidate strings are not copied: copy_candidate reads them straight from
// the libpinyin instance into the caller's (secure) memory.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "sk/kiosk/input_engines.hpp"
#include "sk/result.hpp"

// libpinyin's opaque handles (pinyin.h), declared here so users need not see glib.
struct _pinyin_context_t;
struct _pinyin_instance_t;

namespace sk::kiosk::ime {

class LibpinyinEngine final : public PinyinEngine {
  public:
    // Loads libpinyin's tables from `data_dir` (libpinyin-data). `user_dir` empty = no user
    // dir (the kiosk); tests pass one to prove that nothing is ever written there.
    static Result<std::unique_ptr<LibpinyinEngine>> open(
        const std::filesystem::path& data_dir, const std::filesystem::path& user_dir = {});
    // The checks open() makes before loading: the directory and its required files.
    static Result<void> check_data_dir(const std::filesystem::path& data_dir);
    ~LibpinyinEngine() override;
    LibpinyinEngine(const LibpinyinEngine&) = delete;
    LibpinyinEngine& operator=(const LibpinyinEngine&) = delete;

    Result<void> set_composition(std::string_view letters) override;
    size_t candidate_count() const override;
    size_t copy_candidate(size_t i, char* out, size_t cap) const override;
    size_t candidate_letters(size_t i) const override;
    void wipe() override;

  private:
    LibpinyinEngine(_pinyin_context_t* context, _pinyin_instance_t* instance);
    void clear_composition();
    void lookup(size_t body_offset);
    // Re-runs a lookup on a dummy composition of `length` letters so that the instance's
    // freed buffers (matrix, n-best results, candidate strings) are likely reused and
    // overwritten by dummy content before the reset. Best effort: see wipe().
    void overwrite_instance_buffers(size_t length);

    _pinyin_context_t* context_ = nullptr;
    _pinyin_instance_t* instance_ = nullptr;
    // The letters as given (NUL-terminated), to count separators after a candidate.
    std::array<char, kMaxCompositionLetters + 1> composition_{};
    size_t composition_len_ = 0;
    size_t leading_separators_ = 0;  // '\'' before the first syllable, not given to libpinyin
    size_t parsed_len_ = 0;          // letters libpinyin understood, after the separators
    // libpinyin candidate index of each candidate we offer (those that fit kMaxCandidateBytes).
    std::vector<uint32_t> offered_;
};

}  // namespace sk::kiosk::ime
