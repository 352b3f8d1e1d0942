// One simulated tip, from home to the receipt screen.
#include "sim_driver.hpp"

namespace sk::kiosk_sync::sim {

namespace {

const char* tip_key(kiosk::FieldId id) {
    if (id == kiosk::field::tip_unit) return "unit";
    if (id == kiosk::field::tip_person) return "person";
    if (id == kiosk::field::tip_what) return "what";
    if (id == kiosk::field::tip_since) return "since";
    if (id == kiosk::field::tip_evidence) return "evidence";
    if (id == kiosk::field::tip_contact) return "contact";
    return nullptr;
}

}  // namespace

Result<nlohmann::json> AppDriver::submit_tip() {
    using kiosk::Screen;
    namespace in = kiosk::intent;
    SK_TRY(to_home());
    app_.dispatch(in::StartTip{});
    if (view().screen != Screen::tip_intro) return stuck("starting a tip");

    // Decide the whole tip first, then type it page by page.
    const int cat = uniform(0, int(cats_.categories.size()) - 1);
    const survey::TipCategory& category = cats_.categories[size_t(cat)];
    const int sub = category.subcategories.empty() || uniform(0, 9) < 3
                        ? -1
                        : uniform(0, int(category.subcategories.size()) - 1);
    const bool wants_contact = uniform(0, 19) == 0;  // most tipsters stay anonymous
    nlohmann::json text = {
        {"unit", unit(rng_)},   {"person", person(rng_)},     {"what", what(rng_, category.id)},
        {"since", since(rng_)}, {"evidence", evidence(rng_)}, {"contact", contact(rng_)},
        {"how_often_text", ""}};
    // What actually went into a field (a field the core does not show stays empty).
    nlohmann::json typed = {{"unit", ""},     {"person", ""},  {"what", ""},          {"since", ""},
                            {"evidence", ""}, {"contact", ""}, {"how_often_text", ""}};
    int frequency = -1;
    bool contact_on = false;

    nlohmann::json rec;
    for (int step = 0; step < 40; ++step) {
        const Screen s = view().screen;
        switch (s) {
            case Screen::tip_intro:
                app_.dispatch(in::Next{});
                continue;
            case Screen::tip_category:
                app_.dispatch(in::ChooseTipCategory{cat});
                app_.dispatch(in::ChooseTipSubcategory{sub});
                break;
            case Screen::tip_contact:
                if (wants_contact && !view().tip.contact_wanted) {
                    app_.dispatch(in::SetContactWanted{true});
                    continue;  // -> tip_contact_confirm
                }
                [[fallthrough]];
            case Screen::tip_subject:
            case Screen::tip_details:
            case Screen::tip_evidence: {
                if (s == Screen::tip_details && !view().tip.frequency_labels.empty()) {
                    const int n = int(view().tip.frequency_labels.size());
                    frequency = uniform(-1, n - 1);
                    app_.dispatch(in::ChooseTipFrequency{frequency});
                }
                // A copy: every dispatch rebuilds the view the loop would walk.
                const std::vector<kiosk::FieldView> fields = view().tip.fields;
                for (const auto& f : fields) {
                    const char* key = tip_key(f.id);
                    if (!key) continue;
                    std::string value = text[key].get<std::string>();
                    if (f.max_len) value = cut_code_points(value, f.max_len);
                    typed[key] = value;
                    type(f.id, value);
                }
                break;
            }
            case Screen::tip_contact_confirm:
                app_.dispatch(in::ConfirmContact{});
                contact_on = true;
                continue;
            case Screen::tip_review:
                app_.dispatch(in::Submit{});
                continue;
            case Screen::receipt_shown: {
                if (record_) {
                    rec = {{"receipt", std::string(view().receipt.code)},
                           {"category", category.id},
                           {"subcategory", sub < 0 ? "" : category.subcategories[size_t(sub)].id},
                           {"unit", typed["unit"]},
                           {"person", typed["person"]},
                           {"what", typed["what"]},
                           {"since", typed["since"]},
                           {"how_often_index", frequency},
                           {"evidence", typed["evidence"]},
                           {"contact", contact_on ? typed["contact"] : nlohmann::json("")}};
                }
                app_.dispatch(in::ConfirmCodeNoted{});
                return rec;
            }
            default:
                return stuck("filling a tip");
        }
        // A page that does not advance on Next refused our input.
        app_.dispatch(in::Next{});
        if (view().screen == s) return stuck("after Next");
    }
    return stuck("after too many steps");
}

}  // namespace sk::kiosk_sync::sim
