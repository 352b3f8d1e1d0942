#include "sk/survey/skip_logic.hpp"

#include <algorithm>
#include <string>

namespace sk::survey {

bool evaluate(const Condition& c, const Survey& s, const Answers& answers,
              const std::vector<bool>& visible) {
    switch (c.kind) {
        case Condition::Kind::all:
            for (const auto& child : c.children) {
                if (!evaluate(child, s, answers, visible)) return false;
            }
            return true;
        case Condition::Kind::any:
            for (const auto& child : c.children) {
                if (evaluate(child, s, answers, visible)) return true;
            }
            return false;
        case Condition::Kind::test: {
            const size_t i = c.question_index;
            const bool shown = i < visible.size() && visible[i];
            const Answer* a = shown ? answers.find(s.questions[i].id) : nullptr;
            return evaluate_test(c, a);
        }
    }
    return false;
}

std::vector<bool> visibility(const Survey& s, const Answers& answers) {
    // Conditions only refer to earlier questions, so when question i is decided every
    // question it can depend on already is.
    std::vector<bool> visible(s.questions.size(), false);
    for (size_t i = 0; i < s.questions.size(); ++i) {
        const auto& cond = s.questions[i].show_if;
        visible[i] = !cond || evaluate(*cond, s, answers, visible);
    }
    return visible;
}

bool is_visible(const Survey& s, const Question& q, const Answers& answers) {
    auto i = s.index_of(q.id);
    if (!i) return false;
    return visibility(s, answers)[*i];
}

std::vector<size_t> visible_questions(const Survey& s, const Answers& answers) {
    std::vector<size_t> out;
    const auto visible = visibility(s, answers);
    for (size_t i = 0; i < visible.size(); ++i) {
        if (visible[i]) out.push_back(i);
    }
    return out;
}

std::optional<size_t> first_visible(const Survey& s, const Answers& answers) {
    const auto visible = visibility(s, answers);
    for (size_t i = 0; i < visible.size(); ++i) {
        if (visible[i]) return i;
    }
    return std::nullopt;
}

std::optional<size_t> next_visible(const Survey& s, const Answers& answers, size_t current) {
    const auto visible = visibility(s, answers);
    for (size_t i = current + 1; i < visible.size(); ++i) {
        if (visible[i]) return i;
    }
    return std::nullopt;
}

std::optional<size_t> previous_visible(const Survey& s, const Answers& answers, size_t current) {
    const auto visible = visibility(s, answers);
    for (size_t i = std::min(current, visible.size()); i-- > 0;) {
        if (visible[i]) return i;
    }
    return std::nullopt;
}

size_t drop_hidden_answers(const Survey& s, Answers& answers) {
    const auto visible = visibility(s, answers);
    std::vector<std::string> drop;
    for (const auto& kv : answers) {
        auto i = s.index_of(kv.first);
        if (!i || !visible[*i]) drop.push_back(kv.first);
    }
    for (const auto& id : drop) answers.erase(id);
    return drop.size();
}

}  // namespace sk::survey
