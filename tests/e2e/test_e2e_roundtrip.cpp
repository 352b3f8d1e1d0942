// The whole USB round trip through both CLIs: simulate -> export -> bureau import -> every
// record decrypts to what was submitted -> ack -> kiosk import -> kiosk holds nothing.
#include <catch2/catch.hpp>

#include <algorithm>

#include "e2e_compare.hpp"
#include "e2e_env.hpp"

using namespace sk::e2e;
using nlohmann::json;

namespace {

std::vector<json> emitted_answers(const json& emitted, const std::string& survey) {
    std::vector<json> out;
    for (const auto& r : emitted["responses"])
        if (r["survey"] == survey) out.push_back(r["answers"]);
    return out;
}

}  // namespace

TEST_CASE("e2e: simulate, export, bureau import, ack, kiosk import, nothing left", "[e2e]") {
    Env env("roundtrip");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    env.install_surveys(data);

    const uint64_t tips = 9, responses = 14;
    const auto emitted_file = env.root() / "emitted.json";
    Run sim = env.kioskctl("simulate --data " + q(data) + " --tips " + std::to_string(tips) +
                           " --responses " + std::to_string(responses) + " --seed 7 --emit-json " +
                           q(emitted_file));
    INFO(sim.err);
    REQUIRE(sim.code == 0);
    const json emitted = json::parse(read_bytes(emitted_file));
    REQUIRE(emitted["tips"].size() == tips);
    REQUIRE(emitted["responses"].size() == responses);
    CHECK(env.status(data)["records"]["sealed"] == tips + responses);

    const auto usb = env.dir("usb");
    Run ex = env.kioskctl("export --data " + q(data) + " --to " + q(usb));
    INFO(ex.err);
    REQUIRE(ex.code == 0);
    REQUIRE(files_in(usb).size() == 1);

    Run imp = env.bureau("import " + q(usb));
    INFO(imp.out << imp.err);
    REQUIRE(imp.code == 0);
    CHECK(imp.out.find("records: " + std::to_string(tips + responses) + " new") !=
          std::string::npos);

    // Tips: every submitted tip, field by field, and nothing else.
    Run list = env.bureau("tips list --json");
    REQUIRE(list.code == 0);
    const json cases = json::parse(list.out);
    REQUIRE(cases.size() == tips);
    std::vector<json> got, want;
    for (const auto& c : cases) {
        Run show = env.bureau("tips show " + q(c["case"].get<std::string>()));
        REQUIRE(show.code == 0);
        got.push_back(parse_tip_show(show.out));
    }
    for (const auto& t : emitted["tips"]) want.push_back(tip_fields(t));
    std::string missing;
    CHECK(same_multiset(want, got, &missing));
    INFO("first unmatched tip: " << missing);

    // Responses: every answer of every response, per survey.
    for (const char* survey : {"staff-workstyle-2026", "parent-satisfaction-2026"}) {
        Run exp = env.bureau(std::string("export --format json --survey ") + survey);
        INFO(exp.err);
        REQUIRE(exp.code == 0);
        std::vector<json> rows;
        for (const auto& row : json::parse(exp.out)) rows.push_back(answers_of_row(row));
        std::string miss;
        CHECK(same_multiset(emitted_answers(emitted, survey), rows, &miss));
        INFO(survey << ": first unmatched response: " << miss);
    }

    // The same export and the survey report as XLSX, read back by xlsx2csv: the export's
    // rows are the CSV export's rows; XLSX needs --out and says so.
    {
        const auto xlsx = env.dir("xlsx");
        const std::string survey = "staff-workstyle-2026";
        Run csv = env.bureau("export --format csv --survey " + survey);
        REQUIRE(csv.code == 0);
        Run ex = env.bureau("export --format xlsx --survey " + survey + " --out " +
                            q(xlsx / "answers.xlsx"));
        INFO(ex.err);
        REQUIRE(ex.code == 0);
        Run back = env.sh("xlsx2csv " + q(xlsx / "answers.xlsx"));
        REQUIRE(back.code == 0);
        auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
        CHECK(lines(back.out) == lines(csv.out));
        CHECK(back.out.substr(0, back.out.find('\n')) == csv.out.substr(0, csv.out.find('\r')));
        Run no_out = env.bureau("report survey " + survey + " --format xlsx");
        CHECK(no_out.code != 0);
        CHECK(no_out.err.find("--out") != std::string::npos);
        Run rep = env.bureau("report survey " + survey + " --format xlsx --out " +
                             q(xlsx / "report.xlsx"));
        INFO(rep.err);
        REQUIRE(rep.code == 0);
        Run sheets = env.sh("xlsx2csv -a " + q(xlsx / "report.xlsx"));
        REQUIRE(sheets.code == 0);
        CHECK(sheets.out.find("干部教师工作作风问卷调查") != std::string::npos);
        CHECK(sheets.out.find("各题结果") != std::string::npos);
    }

    // Ack back to the kiosk: the kiosk purges and has nothing left to export.
    const auto back = env.dir("back");
    Run ack = env.bureau("ack --kiosk " + env.kiosk_id(data) + " --out " + q(back));
    INFO(ack.err);
    REQUIRE(ack.code == 0);
    Run kimp = env.kioskctl("import --data " + q(data) + " --from " + q(back));
    INFO(kimp.out << kimp.err);
    REQUIRE(kimp.code == 0);
    const json st = env.status(data);
    CHECK(st["records"]["sealed"] == 0);
    CHECK(st["batches"]["pending"] == 0);
    CHECK(st["batches"]["acknowledged"] == 1);

    const auto usb2 = env.dir("usb2");
    Run again = env.kioskctl("export --data " + q(data) + " --to " + q(usb2));
    REQUIRE(again.code == 0);
    CHECK(files_in(usb2).empty());
    CHECK(again.out.find("nothing to export") != std::string::npos);
}

TEST_CASE("e2e: exporting twice before the ack writes the same batch", "[e2e]") {
    Env env("reexport");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 3 --seed 1").code == 0);
    const auto u1 = env.dir("u1"), u2 = env.dir("u2");
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(u1)).code == 0);
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(u2)).code == 0);
    const auto f1 = files_in(u1), f2 = files_in(u2);
    REQUIRE(f1.size() == 1);
    REQUIRE(f2.size() == 1);
    CHECK(f1[0].filename() == f2[0].filename());
    CHECK(read_bytes(f1[0]) == read_bytes(f2[0]));
    // The bureau sees the second copy as the same batch.
    REQUIRE(env.bureau("import " + q(u1)).code == 0);
    Run dup = env.bureau("import " + q(u2));
    CHECK(dup.code == 0);
    CHECK(dup.out.find("already imported") != std::string::npos);
    CHECK(env.bureau_tip_count() == 3);
}
