// The Cases screen's table: every case of the case ledger, whatever its channel (kiosk tips
// from the tips table, hotline, mailbox, letter, ... cases from the ledger), as a compact row
// (repeated strings interned), filtered and sorted in the core, handed to the view one visible page
// at a time (the view's ImGuiListClipper asks for rows [first, first+count)). 100,000 cases stay a
// few MB and a keystroke in the search box re-filters in milliseconds.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::desk {

enum class CaseColumn { case_no, channel, day, school, category, unit, status, updated };
constexpr int kCaseColumns = 8;

struct CaseFilter {
    std::string status;    // empty: every status
    std::string channel;   // channel name (case_channel.hpp: "hotline", ...); empty: every one
    std::string category;  // category id; empty: every category
    std::string school;    // kiosk name; empty: every kiosk (typed-in cases have none)
    std::string search;    // substring of number, school, unit or category label
};

// One visible row; the pointers stay valid until the index is reloaded.
struct CaseListRow {
    const std::string* case_no;
    const std::string* channel;  // channel name; the view shows bureau::channel_label
    uint32_t day;
    const std::string* school;
    const std::string* category_zh;
    const std::string* category_en;
    const std::string* unit;
    const std::string* status;
    const std::string* updated;
};

class CaseIndex {
  public:
    // Reads every case row: kiosk tips from the tips table (a tip may not have its ledger
    // row yet), every other channel from the case ledger. No tip or case text is kept: that
    // stays in the store until a case is opened.
    static Result<CaseIndex> load(storage::BureauStore& store,
                                  const survey::TipCategories& categories);

    void set_filter(CaseFilter f);
    const CaseFilter& filter() const { return filter_; }
    void sort_by(CaseColumn column, bool ascending);
    CaseColumn sort_column() const { return sort_; }
    bool ascending() const { return ascending_; }

    size_t total() const { return rows_.size(); }
    size_t shown() const { return order_.size(); }
    CaseListRow row(size_t shown_index) const;
    // Rows [first, first+count) of the filtered, sorted list (clamped).
    std::vector<CaseListRow> page(size_t first, size_t count) const;
    std::optional<size_t> position_of(std::string_view case_no) const;

    // Keeps the table in step after a status change made through the ledger.
    void set_status(std::string_view case_no, std::string_view status, std::string_view at);

    // Distinct values for the filter combos.
    const std::vector<std::string>& schools() const { return schools_; }
    // Channel names present, in the casework core's channel order.
    std::vector<std::string> channels() const;
    const std::vector<std::string>& category_ids() const { return category_ids_; }
    const std::vector<std::string>& category_labels() const { return category_zh_; }
    const std::vector<std::string>& units() const { return units_; }
    // Cases created after `at` (RFC 3339), and cases not closed.
    size_t created_after(std::string_view at) const;
    size_t open_cases() const;
    // Cases per status name.
    std::vector<std::pair<std::string, size_t>> by_status() const;

  private:
    struct Rec {
        std::string case_no;
        std::string updated;
        std::string created;
        uint32_t day = 0;
        uint32_t school = 0, channel = 0, category = 0, unit = 0, status = 0;
    };
    struct RowInput {  // one case as read, before interning
        const std::string &case_no, &updated, &created, &school, &channel, &category, &unit,
            &status;
        uint32_t day;
    };
    void add(const RowInput& in, const survey::TipCategories& categories,
             std::map<std::string, uint32_t>& unit_ids);
    // The search text matched against each pool entry once per rebuild.
    struct PoolHits {
        std::string needle;
        std::vector<char> school, unit, category;
    };
    static uint32_t intern(std::vector<std::string>& pool, const std::string& s);
    bool matches(const Rec& r, const PoolHits& hits) const;
    bool less(const Rec& a, const Rec& b) const;
    void rebuild();

    std::vector<Rec> rows_;
    std::vector<uint32_t> order_;
    std::vector<std::string> schools_, channels_, category_ids_, category_zh_, category_en_, units_,
        statuses_;
    CaseFilter filter_;
    CaseColumn sort_ = CaseColumn::case_no;
    bool ascending_ = false;  // newest first
};

}  // namespace sk::desk
