// Shared helpers for the survey tests.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "sk/crypto/init.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey::test {

inline void setup() {
    REQUIRE(sk::crypto::init().ok());
}

inline std::string read_asset(const std::string& rel) {
    const std::string path = std::string(SK_SOURCE_DIR) + "/" + rel;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline Survey load_survey(const std::string& rel) {
    auto r = parse_survey(read_asset(rel));
    INFO(rel << ": " << (r.ok() ? "" : r.error().message));
    REQUIRE(r.ok());
    return std::move(r.value());
}

inline Survey parse_ok(const std::string& json) {
    auto r = parse_survey(json);
    INFO((r.ok() ? "" : r.error().message));
    REQUIRE(r.ok());
    return std::move(r.value());
}

// A survey with one question of every type and a few conditions, used by several tests.
inline const char* kAllTypesSurvey = R"({
  "format": "sk-survey-1", "id": "all-types", "version": 3, "expires": "2027-07-31",
  "audience": "staff", "title": {"zh-CN": "全部题型", "en": "All types"},
  "questions": [
    {"id": "s", "type": "single", "required": true, "text": {"zh-CN": "单选"},
     "options": [{"value": "yes", "label": {"zh-CN": "是"}}, {"value": "no", "label": {"zh-CN": "否"}}]},
    {"id": "m", "type": "multi", "min_choices": 1, "max_choices": 2, "text": {"zh-CN": "多选"},
     "show_if": {"q": "s", "op": "eq", "value": "yes"},
     "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}},
                 {"value": "c", "label": {"zh-CN": "丙"}}]},
    {"id": "l", "type": "likert5", "text": {"zh-CN": "同意吗"},
     "show_if": {"q": "m", "op": "in", "values": ["a", "b"]}},
    {"id": "r", "type": "rating10", "text": {"zh-CN": "打分"}},
    {"id": "st", "type": "short_text", "max_len": 10, "text": {"zh-CN": "短文本"}},
    {"id": "lt", "type": "long_text", "text": {"zh-CN": "长文本"},
     "show_if": {"any": [{"q": "r", "op": "lte", "value": 3}, {"q": "st", "op": "answered"}]}},
    {"id": "n", "type": "number", "min": 0, "max": 100, "integer": true, "text": {"zh-CN": "数字"}},
    {"id": "x", "type": "number", "min": -1.5, "max": 2.5, "text": {"zh-CN": "小数"}},
    {"id": "d", "type": "date", "min_date": "2020-01-01", "max_date": "today", "text": {"zh-CN": "日期"}}
  ]})";

}  // namespace sk::survey::test
