#include "sk/desk/case_index.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_status.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::desk {
namespace {

// ASCII letters fold to upper case ("t-2026" finds "T-2026-0001"); CJK is compared as is.
std::string fold(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool contains_folded(const std::string& hay, const std::string& needle_folded) {
    if (needle_folded.empty()) return true;
    return fold(hay).find(needle_folded) != std::string::npos;
}

}  // namespace

uint32_t CaseIndex::intern(std::vector<std::string>& pool, const std::string& s) {
    // Pools are small (schools, units, categories, statuses): a scan beats a map here.
    for (size_t i = 0; i < pool.size(); ++i) {
        if (pool[i] == s) return static_cast<uint32_t>(i);
    }
    pool.push_back(s);
    return static_cast<uint32_t>(pool.size() - 1);
}

void CaseIndex::add(const RowInput& in, const survey::TipCategories& categories,
                    std::map<std::string, uint32_t>& unit_ids) {
    Rec r;
    r.case_no = in.case_no;
    r.updated = in.updated;
    r.created = in.created;
    r.day = in.day;
    r.school = intern(schools_, in.school);
    r.channel = intern(channels_, in.channel);
    r.status = intern(statuses_, in.status);
    const size_t before = category_ids_.size();
    r.category = intern(category_ids_, in.category);
    if (category_ids_.size() != before) {
        const auto* c = categories.find(in.category);
        category_zh_.push_back(c ? c->label.zh_cn : in.category);
        category_en_.push_back(c ? c->label.in("en") : in.category);
    }
    auto [it, added] = unit_ids.emplace(in.unit, static_cast<uint32_t>(units_.size()));
    if (added) units_.push_back(in.unit);
    r.unit = it->second;
    rows_.push_back(std::move(r));
}

Result<CaseIndex> CaseIndex::load(storage::BureauStore& store,
                                  const survey::TipCategories& categories) {
    auto tips = store.tips(storage::TipFilter{});
    if (!tips) return tips.error();
    // The tips row mirrors the status board (talk_held shows there as substantiated); the
    // table shows the case ledger's own status, as the case page does. Cases of the other
    // channels exist only in the ledger.
    auto ledger = bureau::store::list_cases(store, bureau::store::CaseFilter{});
    if (!ledger) return ledger.error();
    std::map<std::string, std::string> ledger_status;
    std::vector<bureau::store::CaseRow> typed;
    for (auto& c : *ledger) {
        // The table never shows case text or who reported: drop it now, not at exit.
        crypto::wipe(c.body);
        crypto::wipe(c.source);
        if (c.tip_id)
            ledger_status.emplace(std::move(c.case_no), std::move(c.status));
        else
            typed.push_back(std::move(c));
    }
    ledger->clear();
    CaseIndex ix;
    ix.rows_.reserve(tips->size() + typed.size());
    std::map<std::string, uint32_t> unit_ids;  // units can be many: map, not scan
    const std::string kiosk(bureau::channel_name(bureau::Channel::kiosk)), no_school;
    for (const auto& t : *tips) {
        const auto ls = ledger_status.find(t.case_no);
        const std::string& status = ls != ledger_status.end() ? ls->second : t.status;
        ix.add({t.case_no, t.updated_at, t.created_at, t.kiosk_name, kiosk, t.category, t.unit,
                status, t.day},
               categories, unit_ids);
    }
    for (const auto& c : typed) {
        ix.add({c.case_no, c.updated_at, c.created_at, no_school, c.channel, c.category,
                c.unit_code, c.status, c.received_day},
               categories, unit_ids);
    }
    ix.rebuild();
    return ix;
}

std::vector<std::string> CaseIndex::channels() const {
    std::vector<std::string> out;
    for (auto c : bureau::all_channels()) {
        const std::string name(bureau::channel_name(c));
        if (std::find(channels_.begin(), channels_.end(), name) != channels_.end())
            out.push_back(name);
    }
    for (const auto& name : channels_) {  // a name this build does not know, last
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
}

void CaseIndex::set_filter(CaseFilter f) {
    filter_ = std::move(f);
    rebuild();
}

void CaseIndex::sort_by(CaseColumn column, bool ascending) {
    sort_ = column;
    ascending_ = ascending;
    rebuild();
}

bool CaseIndex::matches(const Rec& r, const PoolHits& hits) const {
    if (!filter_.status.empty() && statuses_[r.status] != filter_.status) return false;
    if (!filter_.channel.empty() && channels_[r.channel] != filter_.channel) return false;
    if (!filter_.category.empty() && category_ids_[r.category] != filter_.category) return false;
    if (!filter_.school.empty() && schools_[r.school] != filter_.school) return false;
    if (hits.needle.empty()) return true;
    // Case numbers are upper-case ASCII already: no folding per row.
    return hits.school[r.school] || hits.unit[r.unit] || hits.category[r.category] ||
           r.case_no.find(hits.needle) != std::string::npos;
}

bool CaseIndex::less(const Rec& a, const Rec& b) const {
    // Ties fall back to the case number, so the order is total and stable across reloads.
    switch (sort_) {
        case CaseColumn::case_no:
            break;
        case CaseColumn::channel:
            if (a.channel != b.channel) return channels_[a.channel] < channels_[b.channel];
            break;
        case CaseColumn::day:
            if (a.day != b.day) return a.day < b.day;
            break;
        case CaseColumn::school:
            if (a.school != b.school) return schools_[a.school] < schools_[b.school];
            break;
        case CaseColumn::category:
            if (a.category != b.category)
                return category_zh_[a.category] < category_zh_[b.category];
            break;
        case CaseColumn::unit:
            if (a.unit != b.unit) return units_[a.unit] < units_[b.unit];
            break;
        case CaseColumn::status:
            if (a.status != b.status) return statuses_[a.status] < statuses_[b.status];
            break;
        case CaseColumn::updated:
            if (a.updated != b.updated) return a.updated < b.updated;
            break;
    }
    // "T-2026-0010" sorts after "T-2026-0009"; longer numbers after shorter ones.
    return std::make_tuple(a.case_no.size(), std::string_view(a.case_no)) <
           std::make_tuple(b.case_no.size(), std::string_view(b.case_no));
}

void CaseIndex::rebuild() {
    // The search is matched once per distinct school, unit and category, then per row only
    // by looking the result up: typing stays fast with 100,000 rows.
    PoolHits hits;
    hits.needle = fold(filter_.search);
    auto mark = [&](const std::vector<std::string>& pool, std::vector<char>& out) {
        out.resize(pool.size());
        for (size_t i = 0; i < pool.size(); ++i) out[i] = contains_folded(pool[i], hits.needle);
    };
    mark(schools_, hits.school);
    mark(units_, hits.unit);
    std::vector<char> zh, en;
    mark(category_zh_, zh);
    mark(category_en_, en);
    hits.category.resize(zh.size());
    for (size_t i = 0; i < zh.size(); ++i) hits.category[i] = zh[i] || en[i];
    order_.clear();
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (matches(rows_[i], hits)) order_.push_back(static_cast<uint32_t>(i));
    }
    std::stable_sort(order_.begin(), order_.end(), [this](uint32_t x, uint32_t y) {
        return ascending_ ? less(rows_[x], rows_[y]) : less(rows_[y], rows_[x]);
    });
}

CaseListRow CaseIndex::row(size_t i) const {
    const Rec& r = rows_[order_.at(i)];
    return CaseListRow{&r.case_no,          &channels_[r.channel],     r.day,
                       &schools_[r.school], &category_zh_[r.category], &category_en_[r.category],
                       &units_[r.unit],     &statuses_[r.status],      &r.updated};
}

std::vector<CaseListRow> CaseIndex::page(size_t first, size_t count) const {
    std::vector<CaseListRow> out;
    const size_t end = std::min(order_.size(), first + count);
    for (size_t i = first; i < end; ++i) out.push_back(row(i));
    return out;
}

std::optional<size_t> CaseIndex::position_of(std::string_view case_no) const {
    for (size_t i = 0; i < order_.size(); ++i) {
        if (rows_[order_[i]].case_no == case_no) return i;
    }
    return std::nullopt;
}

void CaseIndex::set_status(std::string_view case_no, std::string_view status, std::string_view at) {
    for (Rec& r : rows_) {
        if (r.case_no != case_no) continue;
        r.status = intern(statuses_, std::string(status));
        r.updated = std::string(at);
    }
    rebuild();
}

size_t CaseIndex::created_after(std::string_view at) const {
    return static_cast<size_t>(
        std::count_if(rows_.begin(), rows_.end(), [&](const Rec& r) { return r.created > at; }));
}

size_t CaseIndex::open_cases() const {
    return static_cast<size_t>(std::count_if(
        rows_.begin(), rows_.end(), [&](const Rec& r) { return statuses_[r.status] != "closed"; }));
}

std::vector<std::pair<std::string, size_t>> CaseIndex::by_status() const {
    std::vector<size_t> counts(statuses_.size(), 0);
    for (const Rec& r : rows_) ++counts[r.status];
    // In the order of a case's life (new, under verification, ...), then any other name.
    std::vector<std::pair<std::string, size_t>> out;
    std::vector<bool> placed(statuses_.size(), false);
    for (auto s : bureau::all_statuses()) {
        const std::string name = sync::case_status_name(s);
        for (size_t i = 0; i < statuses_.size(); ++i) {
            if (statuses_[i] == name) {
                out.emplace_back(name, counts[i]);
                placed[i] = true;
            }
        }
    }
    for (size_t i = 0; i < statuses_.size(); ++i) {
        if (!placed[i]) out.emplace_back(statuses_[i], counts[i]);
    }
    return out;
}

}  // namespace sk::desk
