"""The campaign's casework for the demo bureau (docs/BUREAU.md, "Casework"): cases over every
typed-in channel, assignments, verification, links to people, talks, quarterly dynamic-file
notes, reminders and sanctions (with two recorded overrides), reopened and published cases.
Written as one chronological event stream, casework-events.csv, that `bureau demo
load-casework` replays through the same core functions the CLI uses (so every rule and audit
row applies). Deterministic: its own random generator with a fixed seed, no clock.

Called by generate_demo.py's main(); the case numbers in the stream are the ones the store
hands out when the events are replayed in order (per channel prefix and year, from 0001).
"""
import datetime as dt
import random

SEED = 20261014
START = dt.date(2026, 6, 2)
LAST = dt.date(2026, 11, 27)
HANDLERS = ["zhang", "li", "wang"]
CHANNELS = [("hotline", "H", 70), ("mailbox", "M", 40), ("letter", "L", 22), ("visit", "V", 20),
            ("unit-report", "U", 75), ("inspection", "I", 80), ("survey", "S", 25)]
CATEGORIES = [("muddling_teacher", 45), ("lying_flat_cadre", 20), ("absent_from_post", 20),
              ("attendance_fraud", 10), ("other", 5)]
TEXT = {
    "muddling_teacher": ["上课经常迟到早退，课堂纪律松散", "长期不批改作业，教案照抄往年",
                         "上课时间玩手机，让学生自习", "不认真备课，课堂内容敷衍"],
    "lying_flat_cadre": ["分管工作推诿扯皮，群众反映事项长期不办", "工作日多次不在岗，电话联系不上",
                         "对上级布置任务拖延应付"],
    "absent_from_post": ["开学以来未到校上课，由他人代课", "长期请假但无病假证明",
                         "借调外单位未办理手续"],
    "attendance_fraud": ["考勤记录由他人代签", "外出兼职期间考勤显示在岗"],
    "other": ["违规收受家长礼品", "有偿补课"],
}
SOURCES = ["家长", "学生家长", "本校教师", "退休教师", "村民", "匿名来信人"]
CHANNEL_NOTE = {"unit-report": "单位自查上报", "inspection": "督导组检查发现",
                "survey": "问卷调查中发现线索"}


def _day(d):
    return d.isoformat()


def make_casework(units, staff):
    rng = random.Random(SEED)
    by_unit = {}
    for s in staff:
        by_unit.setdefault(s["unit"], []).append(s)
    schools = [u[0] for u in units if u[0] in by_unit]
    events = []  # (date, order, row)
    counters = {}
    order = [0]

    def ev(date, user, action, case="", person="", unit="", kind="", category="", value="",
           text=""):
        order[0] += 1
        events.append((date, order[0], [_day(date), user, action, case, person, unit, kind,
                                        category, value, text]))

    def pick(pairs):
        total = sum(w for *_, w in pairs)
        x = rng.uniform(0, total)
        for p in pairs:
            x -= p[-1]
            if x <= 0:
                return p
        return pairs[-1]

    channel_plan = []
    for ch, prefix, n in CHANNELS:
        channel_plan += [(ch, prefix)] * n
    rng.shuffle(channel_plan)
    days = sorted(START + dt.timedelta(days=rng.randint(0, (LAST - START).days))
                  for _ in channel_plan)
    talked = {}      # staff_no -> first talk day
    sanctioned = set()
    watched = {}     # staff_no -> first watch day
    closed_subst = []
    overrides = 0
    for (ch, prefix), received in zip(channel_plan, days):
        counters[prefix] = counters.get(prefix, 0) + 1
        no = f"{prefix}-{received.year}-{counters[prefix]:04d}"
        unit = rng.choice(schools)
        person = rng.choice(by_unit[unit])
        cat = pick(CATEGORIES)[0]
        text = rng.choice(TEXT[cat])
        known = ch in ("unit-report", "inspection")  # the unit/inspectors name the person
        source = "" if known or ch == "survey" else \
            f"{rng.choice(SOURCES)}，电话 13{rng.randint(100000000, 999999999)}"
        clerk = rng.choice(HANDLERS)
        ev(received, clerk, "case.add", no, person["staff_no"] if known else "", unit, ch, cat,
           source, CHANNEL_NOTE.get(ch, "") + ("：" if ch in CHANNEL_NOTE else "") + text)
        t = received + dt.timedelta(days=rng.randint(0, 2))
        if t > LAST:
            continue
        handler = rng.choice(HANDLERS)
        due = t + dt.timedelta(days=rng.randint(10, 30))
        ev(t, "lead", "case.assign", no, value=handler, kind=_day(due), text="请核实办理")
        if rng.random() < 0.08:
            continue  # still new: someone forgot it (shows in `due` when overdue)
        t += dt.timedelta(days=rng.randint(1, 5))
        if t > LAST:
            continue
        ev(t, handler, "case.status", no, value="under_verification", text="开始核查")
        t += dt.timedelta(days=rng.randint(3, 15))
        if t > LAST or rng.random() < 0.1:
            continue  # verification still under way
        if not known and rng.random() < 0.75:
            ev(t, handler, "case.link", no, person=person["staff_no"],
               text="经核查，反映对象为该同志")
        substantiated = rng.random() < (0.8 if known else 0.55)
        if not substantiated:
            ev(t, handler, "case.status", no, value="not_substantiated", text="经核查，反映问题不属实")
            t += dt.timedelta(days=rng.randint(1, 6))
            if t <= LAST:
                ev(t, handler, "case.status", no, value="closed", text="向反映人说明情况，办结")
                if rng.random() < 0.04 and t + dt.timedelta(days=10) <= LAST:
                    t += dt.timedelta(days=rng.randint(5, 10))
                    ev(t, handler, "case.reopen", no, text="反映人补充新的线索，重新核查")
            continue
        ev(t, handler, "case.status", no, value="substantiated", text="经核查，反映问题基本属实")
        linked = known or any(e[2][2] == "case.link" and e[2][3] == no for e in events)
        sno = person["staff_no"]
        if linked:
            watched.setdefault(sno, t)
        t += dt.timedelta(days=rng.randint(1, 8))
        if t > LAST:
            continue
        if not linked or rng.random() < 0.3:
            ev(t, handler, "case.status", no, value="closed", text="督促单位整改，办结")
            if linked:
                closed_subst.append((t, no, sno, None))
            continue
        kind = rng.choice(["talk", "talk", "talk", "interview"])
        ev(t, handler, "talk.add", no, person=sno, kind=kind, value=handler,
           text="指出存在的问题，提出整改要求，本人表示接受")
        talked.setdefault(sno, t)
        ev(t, handler, "case.status", no, value="talk_held", text="已谈心谈话，限期整改")
        t += dt.timedelta(days=rng.randint(7, 25))
        if t > LAST:
            continue
        if rng.random() < 0.55:
            ev(t, handler, "case.status", no, value="closed", text="谈话后已整改，办结")
            closed_subst.append((t, no, sno, None))
            continue
        ev(t, handler, "case.status", no, value="sanction_proposed", text="经提醒仍未改正，拟给予处分")
        t += dt.timedelta(days=rng.randint(3, 12))
        if t > LAST:
            continue
        skind = rng.choice(["reminder", "warning", "warning", "demerit", "demotion"])
        year_no = len(sanctioned) + 1
        ev(t, "lead", "sanction.add", no, person=sno, kind=skind,
           value=f"某教体纪〔2026〕{year_no}号")
        sanctioned.add(sno)
        t += dt.timedelta(days=1)
        if t <= LAST:
            ev(t, handler, "case.status", no, value="closed", text="处分决定已送达，办结")
            closed_subst.append((t, no, sno, skind))
    # Two sanctions decided without a prior talk, each with its override recorded.
    for t, no, sno, skind in list(closed_subst):
        if overrides >= 2 or skind is not None or sno in talked:
            continue
        d = t + dt.timedelta(days=2)
        if d > LAST:
            continue
        ev(d, "lead", "sanction.add", no, person=sno, kind="warning",
           value=f"某教体纪〔2026〕{len(sanctioned) + 1}号",
           text="情节严重，经局党组研究直接给予处分")
        sanctioned.add(sno)
        overrides += 1
    # Quarterly dynamic-file notes: Q3 for people watched by September, Q4 for most of them.
    for sno, since in sorted(watched.items()):
        for q, first, last in (("2026Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
                               ("2026Q4", dt.date(2026, 10, 1), LAST)):
            if since > last or (q == "2026Q4" and rng.random() < 0.3):
                continue
            d = max(since, first) + dt.timedelta(days=rng.randint(0, 20))
            d = min(d, last)
            rating = rng.choice(["poor", "fair", "fair", "good"])
            ev(d, rng.choice(HANDLERS), "quarterly.add", person=sno, value=q, kind=rating,
               text={"poor": "思想认识不到位，工作作风仍较散漫，需重点帮扶",
                     "fair": "能认识到问题，工作态度有所转变",
                     "good": "整改到位，工作积极主动"}[rating])
    # Typical cases: five closed, substantiated cases that ended in a sanction.
    published = [c for c in closed_subst if c[3] not in (None, "reminder")][:5]
    for t, no, sno, skind in published:
        d = min(t + dt.timedelta(days=3), LAST)
        ev(d, "lead", "case.publish", no,
           text="某校一名教师工作敷衍、经提醒仍不改正，经核查属实，依规给予处分。"
                "以案为鉴，警示全县教育系统干部职工。")
    events.sort(key=lambda e: (e[0], e[1]))
    header = ["date", "user", "action", "case", "person", "unit", "kind", "category", "value",
              "text"]
    rows = [e[2] for e in events]
    counts = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    return header, rows, counts
