// The survey flow: intro, one question per page (skip logic, validation, the date picker and
// the number pad), review, submit (serialise -> seal -> store), thanks.
#pragma once

#include <optional>
#include <string>

#include "content.hpp"
#include "flow_controller.hpp"
#include "flow_host.hpp"
#include "kiosk_clock.hpp"
#include "sealer.hpp"
#include "survey_runner.hpp"

namespace sk::kiosk {

constexpr std::chrono::seconds kThanksTimeout{10};

class SurveyController final : public FlowController {
  public:
    struct Services {
        FlowHost& host;
        const Content& content;
        TextPool& pool;
        const I18n& i18n;
        const KioskClock& clock;
        Sealer& sealer;
    };
    explicit SurveyController(Services s) : s_(s) {}

    void enter(const Intent& in) override;
    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;
    std::optional<KeyboardTarget> keyboard_target(Screen on, FieldId f) const override;
    void text_edited(FieldId f) override;
    bool has_input() const override;
    void wipe_typed() override;
    void reset() override;  // keeps the thanks text: the thanks page comes after the wipe
    std::optional<Clock::time_point> deadline(Screen current) const override;
    bool on_time(Screen current, Clock::time_point t, const AppView& shown) override;

    // Tests: the runner of the current respondent (nullptr outside a survey).
    const SurveyRunner* runner() const { return runner_ ? &*runner_ : nullptr; }

  private:
    void question_intent(const Intent& in);
    void next();
    void back();
    void review();
    void submit();
    void number_key(char key);
    void number_backspace();
    void date_step(int part, int delta);
    void date_use();

    Services s_;
    std::optional<SurveyRunner> runner_;
    std::string thanks_text_;  // the survey's own text, not secret
    Clock::time_point thanks_deadline_{};
};

}  // namespace sk::kiosk
