#include "sk/bureau/export_table.hpp"

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "sk/bureau/clock.hpp"
#include "sk/bureau/csv.hpp"
#include "sk/survey/response.hpp"

namespace sk::bureau {

namespace {

const char* const kMeta[] = {"_uuid", "_survey", "_version", "_school", "_day", "_lang"};
constexpr size_t kMetaCount = sizeof kMeta / sizeof kMeta[0];

std::string number_text(double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip form
    return std::string(buf, r.ptr);
}

ExportCell cell_of(const survey::Answer& a) {
    ExportCell c;
    c.empty = !a.answered();
    switch (a.kind()) {
        case survey::Answer::Kind::choice:
            c.text = a.choice();
            break;
        case survey::Answer::Kind::choices:
            c.values = a.choices();
            for (size_t i = 0; i < c.values.size(); ++i) c.text += (i ? ";" : "") + c.values[i];
            break;
        case survey::Answer::Kind::integer:
            c.text = std::to_string(a.integer());
            c.is_number = true;
            break;
        case survey::Answer::Kind::number:
            c.text = number_text(a.number());
            c.is_number = true;
            break;
        case survey::Answer::Kind::text:
            c.text = std::string(a.text().view());
            break;
        case survey::Answer::Kind::date:
            c.text = survey::format_date(a.date());
            break;
        case survey::Answer::Kind::none:
            break;
    }
    return c;
}

ExportCell text_cell(std::string s) {
    ExportCell c;
    c.text = std::move(s);
    c.empty = false;
    return c;
}

}  // namespace

Result<ExportTable> build_export(storage::BureauStore& store, const SurveyRegistry& registry,
                                 std::string_view survey_id) {
    std::set<std::string> ids;
    for (const auto& [key, s] : registry.all()) {
        if (survey_id.empty() || key.first == survey_id) ids.insert(key.first);
    }
    if (ids.empty()) {
        return Error{Errc::not_found, survey_id.empty()
                                          ? "no survey is registered (bureau survey add FILE)"
                                          : "survey \"" + std::string(survey_id) +
                                                "\" is not registered (bureau survey add FILE)"};
    }
    ExportTable t;
    for (const char* m : kMeta) t.columns.push_back({m, "", "", survey::QuestionType::short_text});
    // Columns: the latest version's questions in order, then questions only older versions
    // had, so every answer ever given has a column.
    std::map<std::pair<std::string, std::string>, size_t> col_of;
    const bool several = ids.size() > 1;
    for (const std::string& id : ids) {
        std::vector<const survey::Survey*> versions;
        for (const auto& [key, s] : registry.all()) {
            if (key.first == id) versions.insert(versions.begin(), &s);  // newest first
        }
        for (const survey::Survey* s : versions) {
            for (const auto& q : s->questions) {
                if (col_of.count({id, q.id})) continue;
                col_of[{id, q.id}] = t.columns.size();
                t.columns.push_back({several ? id + "/" + q.id : q.id, id, q.id, q.type});
            }
        }
    }
    for (const std::string& id : ids) {
        SK_TRY(store.for_each_response(
            id, std::nullopt, std::nullopt, [&](const storage::StoredResponse& r) {
                const survey::Survey* def = registry.find(r.survey_id, r.survey_version);
                if (def == nullptr) {
                    ++t.unreadable;
                    return;
                }
                auto parsed = survey::parse_response(r.plaintext, *def);
                if (!parsed) {
                    ++t.unreadable;
                    return;
                }
                std::vector<ExportCell> row(t.columns.size());
                row[0] = text_cell(to_hex(r.id));
                row[1] = text_cell(r.survey_id);
                row[2] = text_cell(std::to_string(r.survey_version));
                row[2].is_number = true;
                row[3] = text_cell(r.kiosk_name);
                row[4] = text_cell(day_to_iso(r.day));
                row[5] = text_cell(parsed->header.lang);
                for (const auto& [qid, answer] : parsed->answers) {
                    auto it = col_of.find({r.survey_id, qid});
                    if (it != col_of.end()) row[it->second] = cell_of(answer);
                }
                t.rows.push_back(std::move(row));
            }));
    }
    return t;
}

std::string export_csv(const ExportTable& t, bool bom) {
    std::string out = bom ? std::string(kUtf8Bom) : std::string();
    std::vector<std::string> head;
    for (const auto& c : t.columns) head.push_back(csv_field(c.name));
    csv_row(out, head);
    for (const auto& row : t.rows) {
        std::vector<std::string> fields;
        fields.reserve(row.size());
        for (size_t i = 0; i < row.size(); ++i) {
            const bool free_text = !t.columns[i].question_id.empty() &&
                                   (t.columns[i].type == survey::QuestionType::short_text ||
                                    t.columns[i].type == survey::QuestionType::long_text);
            fields.push_back(free_text ? csv_text_field(row[i].text) : csv_field(row[i].text));
        }
        csv_row(out, fields);
    }
    return out;
}

std::string export_json(const ExportTable& t) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : t.rows) {
        nlohmann::json o = nlohmann::json::object();
        for (size_t i = 0; i < row.size(); ++i) {
            const ExportCell& c = row[i];
            const std::string& name = t.columns[i].name;
            if (c.empty) {
                o[name] = nullptr;
            } else if (t.columns[i].type == survey::QuestionType::multi &&
                       !t.columns[i].question_id.empty()) {
                o[name] = c.values;
            } else if (c.is_number) {
                o[name] = nlohmann::json::parse(c.text);
            } else {
                o[name] = c.text;
            }
        }
        arr.push_back(std::move(o));
    }
    return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace sk::bureau
