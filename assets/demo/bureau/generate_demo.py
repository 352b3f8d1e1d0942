#!/usr/bin/env python3
"""Generates the demo bureau data set (docs/BUREAU.md, "Demo data"): a county with 36 units,
about 2,100 staff, an absence register of 86 entries over every category, and the November
2026 payroll from finance with planted mismatches, plus planted.json saying exactly which
payroll rows must be found and why. Deterministic (fixed seed, no clock): running it again
gives the same bytes, so the committed files can be checked against it.

    python3 assets/demo/bureau/generate_demo.py [OUT_DIR]
"""
import csv
import datetime as dt
import io
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casework_demo  # noqa: E402  (beside this file)

SEED = 20260602  # the campaign's start day, as in seed 004
CAMPAIGN_START = dt.date(2026, 6, 2)
PAY_DAY = dt.date(2026, 11, 30)  # the payroll is November 2026's
LAST_RECORDED = dt.date(2026, 11, 27)

rng = random.Random(SEED)

TOWNSHIPS = ["城关镇", "东塘镇", "西河镇", "南岭乡", "北山乡", "青石镇", "柳溪乡", "桃源镇",
             "石门乡", "白沙镇"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国宏志林斌波宇浩凯鹏鑫晨欣怡思雨佳琪子涵梓轩博文雅婷俊峰海燕春梅小红丹宁晓东")
# Characters outside GB2312: real names use them, and a GBK-only pipeline loses them.
RARE = list("喆堃昇玥珺琤璟瑄淏翀暐焜镕燊犇")
POSTS = [("专任教师", 80), ("管理人员", 12), ("工勤", 8)]
EMPLOYMENT = [("在编", 82), ("聘用", 12), ("临聘", 6)]


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def make_units():
    units = [("U001", "县教育局机关", "机关科室", "城关镇"),
             ("U002", "县教师发展中心", "直属单位", "城关镇")]
    n = 3
    for t in TOWNSHIPS:
        units.append((f"U{n:03d}", f"{t}中心学校", "乡镇中心校", t)); n += 1
        units.append((f"U{n:03d}", f"{t}中学", "初级中学", t)); n += 1
        units.append((f"U{n:03d}", f"{t}第一小学", "小学", t)); n += 1
        if t in ("城关镇", "东塘镇", "西河镇", "青石镇", "白沙镇"):
            units.append((f"U{n:03d}", f"{t}第二小学", "小学", t)); n += 1
        if t in ("城关镇", "东塘镇", "青石镇", "桃源镇"):
            units.append((f"U{n:03d}", f"{t}中心幼儿园", "幼儿园", t)); n += 1
    units.append((f"U{n:03d}", "县第一中学", "高级中学", "城关镇")); n += 1
    units.append((f"U{n:03d}", "县职业技术学校", "职业学校", "城关镇")); n += 1
    return units


def make_staff(units):
    staff = []
    no = 510001
    rare_left = 40  # about 2 % of names
    for code, _, kind, _ in units:
        size = {"机关科室": 28, "直属单位": 22, "幼儿园": 24, "高级中学": 160,
                "职业学校": 90}.get(kind, rng.randint(40, 75))
        for _ in range(size):
            given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
            if rare_left and rng.random() < 0.03:
                given = given[:-1] + rng.choice(RARE) if len(given) > 1 else rng.choice(RARE)
                rare_left -= 1
            emp = weighted(EMPLOYMENT)
            post = "管理人员" if kind == "机关科室" else weighted(POSTS)
            # Temporary staff (临聘) are paid from school funds, not the finance payroll.
            on_payroll = emp != "临聘"
            staff.append({"staff_no": str(no), "name": rng.choice(SURNAMES) + given,
                          "unit": code, "post": post, "employment": emp,
                          "on_payroll": on_payroll})
            no += 1
    # Every rare character appears at least once (the tests and screenshots look for them).
    for i, ch in enumerate(RARE):
        s = staff[37 * i + 5]
        s["name"] = s["name"][0] + ch + (s["name"][2:] if len(s["name"]) > 2 else "")
    return staff


def day(d):
    return d.isoformat() if d else ""


def rand_day(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def next_weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


CATEGORIES = [("sick_leave", 14), ("maternity", 10), ("study", 10), ("secondment", 12),
              ("unpaid_leave", 8), ("unauthorised", 18), ("ghost", 8), ("other", 6)]
OTHER_TEXT = ["照顾重病父母", "涉嫌违法被羁押", "长期外出未说明原因", "参与县委中心工作抽调",
              "随军家属待安置", "援疆支教"]


def make_absences(staff):
    """Each entry: who, why, since when, and what happened, with plausible handling."""
    on_payroll = [s for s in staff if s["on_payroll"] and s["post"] == "专任教师"]
    people = rng.sample(on_payroll, 86)
    entries = []
    i = 0
    for cat, count in CATEGORIES:
        for k in range(count):
            p = people[i]; i += 1
            recorded = rand_day(CAMPAIGN_START, LAST_RECORDED)
            since = rand_day(dt.date(2024, 3, 1), recorded - dt.timedelta(days=10))
            e = {"staff_no": p["staff_no"], "category": cat, "other": "", "since": since,
                 "found_by": "self_report", "handling": "none", "deadline": None,
                 "returned": None, "outcome": "open", "closed": None,
                 "salary_stopped": None, "recovered": "", "recovered_on": None,
                 "recorded": recorded, "note": ""}
            r = rng.random()
            if cat in ("sick_leave", "maternity"):
                e["handling"] = "arranged"
                if cat == "maternity":
                    e["since"] = rand_day(recorded - dt.timedelta(days=150), recorded - dt.timedelta(days=5))
                if r < 0.4:
                    e["returned"] = next_weekday(rand_day(recorded, LAST_RECORDED + dt.timedelta(days=2)))
                    e["outcome"] = "returned"
            elif cat in ("study", "unpaid_leave"):
                e["handling"] = "arranged"
                e["found_by"] = "inspection" if r < 0.3 else "self_report"
                if r < 0.35:
                    e["returned"] = next_weekday(rand_day(recorded, LAST_RECORDED))
                    e["outcome"] = "returned"
            elif cat == "secondment":
                e["handling"] = "ordered_back"
                e["deadline"] = recorded + dt.timedelta(days=rng.choice([30, 45, 60]))
                if r < 0.35:
                    e["handling"] = "transferred"
                    e["outcome"] = "transferred"
                    e["closed"] = rand_day(recorded, LAST_RECORDED)
                    e["deadline"] = None
                elif r < 0.7:
                    e["returned"] = next_weekday(rand_day(recorded, min(e["deadline"], LAST_RECORDED)))
                    e["outcome"] = "returned"
            elif cat == "unauthorised":
                e["found_by"] = rng.choice(["inspection", "tip", "payroll_check", "self_report"])
                e["since"] = rand_day(recorded - dt.timedelta(days=120), recorded - dt.timedelta(days=20))
                e["handling"] = "ordered_back"
                e["deadline"] = recorded + dt.timedelta(days=rng.choice([15, 20, 30]))
                if k < 3:  # deadlines on a month's last day: the overdue boundary
                    e["deadline"] = [dt.date(2026, 9, 30), dt.date(2026, 10, 31), dt.date(2026, 11, 30)][k]
                    e["recorded"] = e["deadline"] - dt.timedelta(days=20)
                    e["since"] = e["recorded"] - dt.timedelta(days=30)
                if r < 0.4 and k >= 3:
                    e["returned"] = next_weekday(rand_day(recorded, min(e["deadline"], LAST_RECORDED)))
                    e["outcome"] = "returned"
                elif r < 0.6 and k >= 3:
                    e["handling"] = "salary_stopped"
                    e["salary_stopped"] = recorded + dt.timedelta(days=5)
                elif r < 0.75 and k >= 3:
                    e["handling"] = "contract_ended"
                    e["outcome"] = "contract_ended"
                    e["closed"] = min(e["deadline"] + dt.timedelta(days=10), LAST_RECORDED)
                    e["salary_stopped"] = recorded + dt.timedelta(days=3)
            elif cat == "ghost":
                e["found_by"] = rng.choice(["payroll_check", "tip", "inspection"])
                e["since"] = rand_day(dt.date(2023, 9, 1), dt.date(2025, 9, 1))
                e["handling"] = "salary_stopped" if r < 0.6 else "sanction_proposed"
                e["salary_stopped"] = recorded + dt.timedelta(days=7)
                if r < 0.75:
                    months = rng.randint(6, 24)
                    e["recovered"] = f"{months * rng.randint(4200, 6800)}.00"
                    e["recovered_on"] = min(recorded + dt.timedelta(days=rng.randint(10, 60)), LAST_RECORDED)
                e["note"] = "移送纪检监察" if r >= 0.6 else ""
            else:  # other
                e["other"] = OTHER_TEXT[k]
                e["handling"] = "arranged" if k % 2 else "none"
            for key in ("returned", "closed", "salary_stopped", "recovered_on"):
                if e[key] and e[key] > LAST_RECORDED:
                    e[key] = LAST_RECORDED
                if e[key] and e[key] < e["since"]:
                    e[key] = e["since"] + dt.timedelta(days=1)
            if e["recorded"] > LAST_RECORDED:
                e["recorded"] = LAST_RECORDED
            entries.append(e)
    entries.sort(key=lambda e: (e["recorded"], e["staff_no"]))
    return entries


# What clerks type: the Chinese labels (the importer also takes the slugs).
ZH = {"sick_leave": "长期病休", "maternity": "产假/孕期", "study": "在职进修/脱产学习",
      "secondment": "借调/借用", "unpaid_leave": "停薪留职/离岗创业",
      "unauthorised": "擅自离岗/旷工", "ghost": "吃空饷/挂名不上班", "other": "其他",
      "self_report": "单位自查", "inspection": "督导检查", "tip": "举报",
      "payroll_check": "工资比对", "none": "待处理", "arranged": "按政策安排",
      "ordered_back": "限期返岗", "salary_stopped": "停发工资", "sanction_proposed": "建议处分",
      "contract_ended": "解除聘用合同", "transferred": "办理调动", "open": "未结",
      "returned": "已返岗"}
OUTCOME_ZH = {"open": "未结", "returned": "已返岗", "transferred": "已调动",
              "contract_ended": "已解除合同"}

PAID_CATEGORIES = {"sick_leave", "maternity", "study", "secondment"}


def open_on(e, d):
    return (e["since"] <= d and not (e["returned"] and e["returned"] <= d)
            and not (e["closed"] and e["closed"] <= d))


def make_payroll(units, staff, entries):
    """Finance's list: everyone on the payroll, except people whose salary was stopped,
    then the planted mismatches. Returns rows and the planted list."""
    by_no = {s["staff_no"]: s for s in staff}
    stopped = {e["staff_no"] for e in entries
               if open_on(e, PAY_DAY) and e["salary_stopped"] and e["salary_stopped"] <= PAY_DAY}
    ended = {e["staff_no"] for e in entries if e["outcome"] in ("contract_ended", "transferred")
             and e["closed"] and e["closed"] <= PAY_DAY}
    in_register = [s for s in staff if s["on_payroll"]]
    absent_nos = {e["staff_no"] for e in entries}
    rows = []
    for s in in_register:
        if s["staff_no"] in ended:
            continue
        if s["staff_no"] in stopped:
            continue
        amount = rng.randint(4100, 7900) + rng.choice([0, 0.5])
        rows.append({"staff_no": s["staff_no"], "name": s["name"], "unit": s["unit"],
                     "amount": amount})
    planted = []  # (staff_no, issue) before row numbers exist
    # 1. Paid while absent without a paid reason: every open entry in such a category (the
    #    schools reported them; finance did not stop the pay).
    for e in entries:
        if open_on(e, PAY_DAY) and e["category"] not in PAID_CATEGORIES and e["staff_no"] not in stopped:
            planted.append((e["staff_no"], "absent_unapproved"))
    # ... and two whose salary was "stopped" yet still paid.
    still_paid = sorted(stopped)[:2]
    for no in still_paid:
        s = by_no[no]
        rows.append({"staff_no": no, "name": s["name"], "unit": s["unit"], "amount": 5200.0})
        planted.append((no, "absent_unapproved"))
    clean = [s for s in in_register if s["staff_no"] not in absent_nos]
    picks = rng.sample(clean, 6)
    # 2. Paid by another unit than the register says (4 people).
    unit_codes = [u[0] for u in units]
    for s in picks[:4]:
        for r in rows:
            if r["staff_no"] == s["staff_no"]:
                r["unit"] = rng.choice([c for c in unit_codes if c != s["unit"]])
        planted.append((s["staff_no"], "other_unit"))
    # 3. Paid twice (2 people): a second row further down.
    for s in picks[4:6]:
        rows.append({"staff_no": s["staff_no"], "name": s["name"], "unit": s["unit"],
                     "amount": 4800.0})
        planted.append((s["staff_no"], "paid_twice"))
    # 4. Temporary staff the register marks off the payroll, yet paid (3 people).
    for s in rng.sample([s for s in staff if not s["on_payroll"]], 3):
        rows.append({"staff_no": s["staff_no"], "name": s["name"], "unit": s["unit"],
                     "amount": 3600.0})
        planted.append((s["staff_no"], "not_on_payroll"))
    # 5. Unknown to the register (5 names): the classic "paid but never existed".
    for k in range(5):
        no = str(590001 + k * 37)
        rows.append({"staff_no": no, "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                     "unit": rng.choice(unit_codes), "amount": 5000.0 + k})
        planted.append((no, "unknown_person"))
    # Finance sorts by unit, then staff number; a duplicate lands after the first row.
    rows.sort(key=lambda r: (r["unit"], r["staff_no"]))
    return rows, planted


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    units = make_units()
    staff = make_staff(units)
    entries = make_absences(staff)
    payroll, planted = make_payroll(units, staff, entries)

    write_csv(os.path.join(out, "units.csv"), ["单位代码", "单位名称", "类型", "乡镇"], units)
    write_csv(os.path.join(out, "staff.csv"),
              ["工号", "姓名", "单位代码", "岗位", "用工类型", "是否在工资册"],
              [[s["staff_no"], s["name"], s["unit"], s["post"], s["employment"],
                "是" if s["on_payroll"] else "否"] for s in staff])
    write_csv(os.path.join(out, "absences.csv"),
              ["工号", "离岗类别", "其他原因", "离岗日期", "发现途径", "处理方式", "返岗期限",
               "返岗日期", "处理结果", "结案日期", "停发工资日期", "追缴金额(元)", "追缴日期",
               "登记日期", "备注"],
              [[e["staff_no"], ZH[e["category"]], e["other"], day(e["since"]), ZH[e["found_by"]],
                ZH[e["handling"]], day(e["deadline"]), day(e["returned"]), OUTCOME_ZH[e["outcome"]],
                day(e["closed"]), day(e["salary_stopped"]), e["recovered"],
                day(e["recovered_on"]), day(e["recorded"]), e["note"]] for e in entries])
    write_csv(os.path.join(out, "payroll-2026-11.csv"),
              ["工号", "姓名", "发放单位代码", "实发金额(元)"],
              [[r["staff_no"], r["name"], r["unit"], f"{r['amount']:.2f}"] for r in payroll])
    # Row numbers as a spreadsheet shows them (header = row 1). A duplicated person's
    # planted row is the second one.
    rownum = {}
    dup_rows = {}
    for i, r in enumerate(payroll):
        if r["staff_no"] in rownum:
            dup_rows[r["staff_no"]] = i + 2
        else:
            rownum[r["staff_no"]] = i + 2
    listed = []
    for no, issue in planted:
        row = dup_rows[no] if issue == "paid_twice" else rownum[no]
        listed.append({"row": row, "staff_no": no, "issue": issue})
    listed.sort(key=lambda x: (x["row"], x["issue"]))
    with open(os.path.join(out, "payroll-2026-11.planted.json"), "w", encoding="utf-8") as f:
        json.dump({"payroll": "payroll-2026-11.csv", "pay_day": PAY_DAY.isoformat(),
                   "paid_categories": sorted(PAID_CATEGORIES), "findings": listed},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    # The campaign's casework (casework_demo.py): one chronological event stream.
    header, events, counts = casework_demo.make_casework(units, staff)
    write_csv(os.path.join(out, "casework-events.csv"), header, events)
    print("casework events: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"{len(units)} units, {len(staff)} staff, {len(entries)} absence entries, "
          f"{len(payroll)} payroll rows, {len(listed)} planted findings")


if __name__ == "__main__":
    main()
