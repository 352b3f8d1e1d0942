// Fake pinyin and handwriting engines for the keyboard tests: a tiny dictionary and a
// stroke-count "recogniser", with counters and their own state visible to the test so
// wiping can be checked.
#pragma once

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "sk/kiosk/input_engines.hpp"

namespace sk::kiosk::testing {

struct FakeEngineLog {
    int pinyin_wipes = 0;
    int handwriting_wipes = 0;
    int recognitions = 0;
    std::string composition;  // what the pinyin engine holds now
    size_t strokes_held = 0;  // what the handwriting engine holds now
    size_t last_stroke_count = 0;
};

struct FakeCandidate {
    std::string text;
    size_t letters;
};

class FakePinyin : public PinyinEngine {
  public:
    explicit FakePinyin(std::shared_ptr<FakeEngineLog> log) : log_(std::move(log)) {}
    Result<void> set_composition(std::string_view letters) override {
        for (char c : letters)
            if (!((c >= 'a' && c <= 'z') || c == '\''))
                return Error{Errc::invalid_argument, "not pinyin"};
        log_->composition = std::string(letters);
        cands_.clear();
        const std::string s(letters);
        if (s == "nihao") cands_.push_back({"你好", 5});
        if (s == "laoshi") cands_.push_back({"老师", 6});
        if (s == "dada") {  // a sentence guess and the same phrase again, as libpinyin does
            cands_ = {{"大大", 4}, {"大大", 4}, {"大", 2}};
            return ok();
        }
        struct Syllable {
            const char* py;
            std::vector<const char*> chars;
        };
        static const std::vector<Syllable> table = {
            {"ni", {"你", "尼", "泥"}},
            {"hao", {"好", "号", "毫"}},
            {"lao", {"老", "劳"}},
            {"shi",
             {"是", "时", "十", "事", "实", "使", "世", "市", "式", "师", "试", "示", "士", "石"}},
        };
        for (const auto& syl : table) {
            const size_t n = std::strlen(syl.py);
            if (s.compare(0, n, syl.py) == 0)
                for (const char* c : syl.chars) cands_.push_back({c, n});
        }
        return ok();
    }
    size_t candidate_count() const override { return cands_.size(); }
    size_t copy_candidate(size_t i, char* out, size_t cap) const override {
        if (i >= cands_.size() || cands_[i].text.size() + 1 > cap) return 0;
        std::memcpy(out, cands_[i].text.c_str(), cands_[i].text.size() + 1);
        return cands_[i].text.size();
    }
    size_t candidate_letters(size_t i) const override {
        return i < cands_.size() ? cands_[i].letters : 0;
    }
    void wipe() override {
        ++log_->pinyin_wipes;
        log_->composition.clear();
        cands_.clear();
    }

  private:
    std::shared_ptr<FakeEngineLog> log_;
    std::vector<FakeCandidate> cands_;
};

// Candidates by stroke count: 1 -> 一 乙, 2 -> 十 人 八, 3+ -> 中 口 千.
class FakeHandwriting : public HandwritingEngine {
  public:
    explicit FakeHandwriting(std::shared_ptr<FakeEngineLog> log) : log_(std::move(log)) {}
    Result<void> recognize(const StrokeView* strokes, size_t n, size_t max) override {
        ++log_->recognitions;
        log_->strokes_held = n;
        log_->last_stroke_count = n;
        cands_.clear();
        for (size_t i = 0; i < n; ++i)
            if (strokes[i].count == 0) return Error{Errc::invalid_argument, "empty stroke"};
        if (n == 1) cands_ = {"一", "乙"};
        if (n == 2) cands_ = {"十", "人", "八"};
        if (n >= 3) cands_ = {"中", "口", "千"};
        if (cands_.size() > max) cands_.resize(max);
        return ok();
    }
    size_t candidate_count() const override { return cands_.size(); }
    size_t copy_candidate(size_t i, char* out, size_t cap) const override {
        if (i >= cands_.size() || cands_[i].size() + 1 > cap) return 0;
        std::memcpy(out, cands_[i].c_str(), cands_[i].size() + 1);
        return cands_[i].size();
    }
    std::vector<std::string> characters() const override {
        return {"一", "乙", "十", "人", "八", "中", "口", "千"};
    }
    void wipe() override {
        ++log_->handwriting_wipes;
        log_->strokes_held = 0;
        cands_.clear();
    }

  private:
    std::shared_ptr<FakeEngineLog> log_;
    std::vector<std::string> cands_;
};

// A factory for AppConfig::make_input_engines; either engine can be left out (reported as
// a problem line like the real factory does).
inline InputEnginesFactory fake_engines(std::shared_ptr<FakeEngineLog> log, bool pinyin = true,
                                        bool handwriting = true) {
    return [log, pinyin, handwriting] {
        InputEngines e;
        if (pinyin)
            e.pinyin = std::make_unique<FakePinyin>(log);
        else
            e.problems.push_back("pinyin: no data at /nonexistent (install libpinyin-data)");
        if (handwriting)
            e.handwriting = std::make_unique<FakeHandwriting>(log);
        else
            e.problems.push_back("handwriting: no model at /nonexistent.model");
        return e;
    };
}

}  // namespace sk::kiosk::testing
