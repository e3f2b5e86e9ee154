"""The texts of the rules in force over time, in English and Vietnamese: editions of the rules
and their periods, score sheets by date, the quality classification (366-QĐ/TW), the
organisation's changes over time, and starting a new year.

Keys are grouped by where they are used; placeholders are ``{name}``.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # reading the files
    "model.date_or_year": (
        "'{value}' is neither a date (YYYY-MM-DD) nor a year (e.g. 2025)",
        "'{value}' không phải ngày (YYYY-MM-DD) cũng không phải năm (ví dụ 2025)",
    ),
    "model.points_on_100": (
        "{value} is not a score on 100: give the points from 0 to 100",
        "{value} không phải điểm trên thang 100: hãy ghi số điểm từ 0 đến 100",
    ),
    # periods in words
    "period.from": ("from {day}", "từ ngày {day}"),
    "period.to": ("up to {day}", "đến hết ngày {day}"),
    "period.between": ("from {start} to {end}", "từ ngày {start} đến hết ngày {end}"),
    # editions of the rules and their periods
    "edition.none_for_year": (
        "no edition of the rules covers {year} for {types} cells: add a rubric in force for "
        "{year} to rubrics/ (copy one with `fourgood init --copy-rubric` and set "
        "in_force: {{from: {year}}}), or take these cells out of the programme",
        "chưa có bộ tiêu chí (ấn bản quy định) nào áp dụng cho năm {year} đối với chi bộ "
        "{types}: hãy thêm vào thư mục rubrics/ một bộ tiêu chí có hiệu lực năm {year} (sao "
        "chép bằng `fourgood init --copy-rubric` rồi ghi in_force: {{from: {year}}}), hoặc "
        "đưa các chi bộ này ra khỏi chương trình",
    ),
    "rubric.no_period": (
        "this rubric does not say when it is in force: add in_force: {{from: 2025}} (a day or a "
        "year; to: for its last), or years: [...]",
        "bộ tiêu chí này chưa ghi thời gian có hiệu lực: hãy thêm in_force: {{from: 2025}} (một "
        "ngày hoặc một năm; to: cho ngày cuối), hoặc years: [...]",
    ),
    "rubric.two_periods": (
        "give the period in force once: in_force or years, not both",
        "chỉ ghi thời gian có hiệu lực một lần: in_force hoặc years, không ghi cả hai",
    ),
    "rubric.period_order": (
        "this period ends before it starts: 'to' must be on or after 'from'",
        "thời gian này kết thúc trước khi bắt đầu: 'to' phải bằng hoặc sau 'from'",
    ),
    "rubric.editions_overlap": (
        "in force for {types} cells on the same days as {file} ({start} to {end}): two "
        "editions of the rules must not overlap; end one the day before the other starts",
        "có hiệu lực đối với chi bộ {types} trùng thời gian với {file} (từ {start} đến {end}): "
        "hai ấn bản quy định không được chồng lên nhau; hãy cho ấn bản này kết thúc trước ngày "
        "ấn bản kia bắt đầu",
    ),
    "rubric.needs_result": (
        "{id}: the fact '{fact}' is the 4 Good result itself, known only once the cell is "
        "scored: only the classification's criteria may read it",
        "{id}: dữ kiện '{fact}' chính là kết quả Chi bộ 4 tốt, chỉ có sau khi chấm điểm: chỉ "
        "các tiêu chí xếp loại chất lượng mới được dùng",
    ),
    # score sheets in force by date
    "rubric.sheet_and_periods": (
        "name one sheet here, or give the sheets periods (in_force), not both: with periods, "
        "each meeting is scored on the sheet in force on its day",
        "hoặc ghi tên một phiếu ở đây, hoặc ghi thời gian hiệu lực (in_force) cho các phiếu, "
        "không ghi cả hai: khi có thời gian hiệu lực, mỗi buổi sinh hoạt được chấm theo phiếu "
        "có hiệu lực vào ngày đó",
    ),
    "rubric.sheet_unnamed": (
        "say which score sheet meetings are scored on: sheet: <id>, or in_force on each sheet",
        "hãy ghi phiếu chấm điểm dùng cho các buổi sinh hoạt: sheet: <mã phiếu>, hoặc in_force "
        "cho từng phiếu",
    ),
    "rubric.sheets_overlap": (
        "the {sheet} score sheet is in force on days the {other} sheet is too: a meeting is "
        "scored on one sheet; end one the day before the other starts",
        "phiếu chấm điểm {sheet} có hiệu lực trùng ngày với phiếu {other}: mỗi buổi sinh hoạt "
        "chỉ chấm theo một phiếu; hãy cho phiếu này kết thúc trước ngày phiếu kia bắt đầu",
    ),
    "meet.no_sheet_in_force": (
        "no score sheet of rubric {rubric} is in force on {day}: give this meeting a rating "
        "instead",
        "không có phiếu chấm điểm nào của bộ tiêu chí {rubric} có hiệu lực vào ngày {day}: hãy "
        "ghi xếp loại (rating) cho buổi sinh hoạt này",
    ),
    "meet.sheet_of_another_period": (
        "these are the items of the {sheet} score sheet, in force {period}; a meeting on {day} "
        "is scored on the {current} sheet ({items})",
        "đây là các mục của phiếu chấm điểm {sheet}, có hiệu lực {period}; buổi sinh hoạt ngày "
        "{day} được chấm theo phiếu {current} ({items})",
    ),
    # the classification rules of an edition
    "class.level_order": (
        "list the levels best first, each once: HTXSNV, HTTNV, HTNV, KHTNV",
        "hãy liệt kê các mức từ cao xuống thấp, mỗi mức một lần: HTXSNV, HTTNV, HTNV, KHTNV",
    ),
    "class.points_missing": (
        "the classification is on points: give {level} the points it needs (at_least)",
        "xếp loại tính theo điểm: hãy ghi số điểm tối thiểu (at_least) cho mức {level}",
    ),
    "class.points_order": (
        "a level needs fewer points than the level above it",
        "mức dưới phải cần ít điểm hơn mức trên",
    ),
    "class.condition_fact": (
        "'{fact}' is not a share or a count fourgood computes; use one of: {facts}",
        "'{fact}' không phải tỷ lệ hay số đếm mà fourgood tính; hãy dùng một trong: {facts}",
    ),
    "class.condition_bound": (
        "a condition gives one bound: at_least or at_most",
        "mỗi điều kiện ghi một ngưỡng: at_least hoặc at_most",
    ),
    "class.condition_percent": (
        "a share is compared in percent: at most 100",
        "tỷ lệ được so sánh theo phần trăm: tối đa 100",
    ),
    "class.criteria_without_points": (
        "these criteria compute points, but no level needs points: give the levels at_least, "
        "or remove the criteria",
        "các tiêu chí này dùng để tính điểm, nhưng không mức nào cần điểm: hãy ghi at_least "
        "cho các mức, hoặc bỏ các tiêu chí",
    ),
    "class.criteria_sum": (
        "the classification's criteria add up to {total}, not 100",
        "tổng điểm các tiêu chí xếp loại là {total}, không phải 100",
    ),
    # facts and explanations
    "measured.tasks": ("{n} of {total} tasks", "{n}/{total} nhiệm vụ"),
    "why.task_not_done": ("not done: {name}", "chưa hoàn thành: {name}"),
    "why.task_late": ("done late: {name}", "hoàn thành chậm tiến độ: {name}"),
    "why.task_timing_unknown": (
        "whether it was done on time is not recorded (on_time): {name}",
        "chưa ghi có đúng tiến độ hay không (on_time): {name}",
    ),
    "why.task_exceeded_unknown": (
        "whether it was exceeded is not recorded (exceeded): {name}",
        "chưa ghi có vượt hay không (exceeded): {name}",
    ),
    "why.no_regular_in": (
        "no regular meeting from {first} to {last}",
        "không sinh hoạt thường kỳ từ {first} đến {last}",
    ),
    "why.no_thematic_in": (
        "no thematic meeting from {first} to {last}",
        "không sinh hoạt chuyên đề từ {first} đến {last}",
    ),
    "measured.stretches": (
        "{n} of {total} stretches of {k} months",
        "{n}/{total} đợt {k} tháng",
    ),
    "why.documents_not_sent": (
        "documents not sent ahead for the {kind} meeting of {day}",
        "không gửi trước tài liệu buổi sinh hoạt {kind} ngày {day}",
    ),
    "why.documents_unknown": (
        "not recorded whether documents were sent ahead for the {kind} meeting of {day}",
        "chưa ghi việc gửi trước tài liệu buổi sinh hoạt {kind} ngày {day}",
    ),
    "why.no_result": (
        "no 4 Good result: the cell was not scored in the programme this year",
        "không có kết quả Chi bộ 4 tốt: chi bộ không được chấm điểm trong chương trình năm nay",
    ),
    "measured.four_good_met": ("met the 4 Good standard", "đạt Chi bộ 4 tốt"),
    "why.four_good_not_met": ("did not meet the 4 Good standard", "chưa đạt chuẩn Chi bộ 4 tốt"),
    "why.four_good_incomplete": (
        "the 4 Good result is still incomplete",
        "kết quả Chi bộ 4 tốt còn thiếu dữ liệu",
    ),
    # proposing a level and checking the decided one
    "class.count": ("{n}", "{n}"),
    "class.not_recorded": ("not recorded", "chưa ghi nhận"),
    "class.no_points": (
        "{level} needs {need} points, and no points are recorded (classification_points)",
        "mức {level} cần {need} điểm nhưng chưa ghi số điểm (classification_points)",
    ),
    "class.too_few_points": (
        "{level} needs {need} points, the assessment gave {points}",
        "mức {level} cần {need} điểm, kết quả đánh giá chỉ đạt {points} điểm",
    ),
    "class.condition_failed": (
        "{level} needs {condition}: {measured}",
        "mức {level} cần {condition}: thực tế {measured}",
    ),
    "class.condition_unknown": (
        "{level} needs {condition}, which the data does not show yet: {measured}",
        "mức {level} cần {condition}, dữ liệu chưa thể hiện: {measured}",
    ),
    "check.objection": ("{cell}: {why}", "{cell}: {why}"),
    "check.decided_allowed": (
        "Each decided level has the points and meets the conditions of its level ({regulations})",
        "Mức xếp loại được quyết định đạt số điểm và đủ điều kiện của mức đó ({regulations})",
    ),
    "check.decided_allowed_plain": (
        "Each decided level meets the conditions of its level",
        "Mức xếp loại được quyết định đủ điều kiện của mức đó",
    ),
    # the organisation over time
    "org.change_kind": (
        "a change does one thing: rename, move, merge or dissolve; write one change per line",
        "mỗi thay đổi chỉ ghi một việc: rename, move, merge hoặc dissolve; ghi mỗi thay đổi một "
        "dòng",
    ),
    "org.change_before": (
        "this change on {day} is before the unit was formed on {start}: date it on or after "
        "that day, or correct established",
        "thay đổi ngày {day} diễn ra trước khi đơn vị được thành lập ngày {start}: hãy ghi ngày "
        "từ ngày thành lập trở đi, hoặc sửa ngày established",
    ),
    "org.change_after": (
        "this change on {day} is after the unit ended on {end} ({how}): a unit changes only "
        "while it exists",
        "thay đổi ngày {day} diễn ra sau khi đơn vị đã kết thúc ngày {end} ({how}): chỉ ghi thay "
        "đổi khi đơn vị còn tồn tại",
    ),
    "org.merge_itself": (
        "a unit cannot be merged into itself: name the unit it joins",
        "một đơn vị không thể sáp nhập vào chính nó: hãy ghi mã đơn vị tiếp nhận",
    ),
    "org.merge_missing": (
        "no {kind} '{target}' in organisation.yaml to merge into{hint}",
        "không có {kind} '{target}' trong organisation.yaml để sáp nhập vào{hint}",
    ),
    "org.merge_kind": (
        "'{target}' is a {other}: a {kind} merges into another {kind}",
        "'{target}' là {other}: {kind} chỉ sáp nhập vào {kind} khác",
    ),
    "org.not_there": (
        "'{target}' does not exist on {day} (not yet formed, or already ended): name a unit "
        "that exists that day",
        "'{target}' không tồn tại vào ngày {day} (chưa thành lập hoặc đã kết thúc): hãy ghi một "
        "đơn vị còn tồn tại vào ngày đó",
    ),
    "org.committee_move": (
        "a grassroots committee sits under the bloc and cannot move: merge it into another "
        "committee instead",
        "đảng bộ cơ sở trực thuộc Đảng ủy Khối nên không chuyển được: hãy sáp nhập vào đảng bộ "
        "cơ sở khác",
    ),
    "org.move_target": (
        "'{target}' cannot be the parent of a {kind}: a cell sits under the bloc, a grassroots "
        "committee or a section, a section under a grassroots committee{hint}",
        "'{target}' không thể là tổ chức cấp trên của {kind}: chi bộ trực thuộc Đảng ủy Khối, "
        "đảng bộ cơ sở hoặc đảng bộ bộ phận; đảng bộ bộ phận trực thuộc đảng bộ cơ sở{hint}",
    ),
    "org.under_dissolved": (
        "this unit is still under '{parent}' when it is dissolved on {day}: move, merge or "
        "dissolve this unit by that day",
        "đơn vị này vẫn trực thuộc '{parent}' khi '{parent}' giải thể ngày {day}: hãy chuyển, "
        "sáp nhập hoặc giải thể đơn vị này chậm nhất vào ngày đó",
    ),
    # the programme over time
    "prog.merged_before": (
        "cell '{cell}' was merged into '{into}' on {day}, before this year: list '{into}' instead",
        "chi bộ '{cell}' đã sáp nhập vào '{into}' ngày {day}, trước năm này: hãy ghi '{into}' "
        "thay thế",
    ),
    "prog.dissolved_before": (
        "cell '{cell}' was dissolved on {day}, before this year: take it out of the programme",
        "chi bộ '{cell}' đã giải thể ngày {day}, trước năm này: hãy đưa ra khỏi chương trình",
    ),
    "prog.not_yet_formed": (
        "cell '{cell}' is formed only on {day}, after this year: take it out of this year's "
        "programme",
        "chi bộ '{cell}' đến ngày {day} mới thành lập, sau năm này: hãy đưa ra khỏi chương "
        "trình năm này",
    ),
    # the report
    "prog.ended": (
        "merged into another cell or dissolved during the year",
        "sáp nhập vào chi bộ khác hoặc giải thể trong năm",
    ),
    "prog.merged": (
        "{name} was merged into {into} on {day}; its members carry on there",
        "{name} đã sáp nhập vào {into} ngày {day}; đảng viên tiếp tục sinh hoạt tại đó",
    ),
    "prog.dissolved": ("{name} was dissolved on {day}", "{name} đã giải thể ngày {day}"),
    "report.class_rules": (
        "Classification under {regulations}",
        "Xếp loại chất lượng theo {regulations}",
    ),
    "col.proposed_cells": ("Proposed", "Đề xuất"),
    "col.proposed": ("Proposed", "Đề xuất"),
    "col.decided": ("Decided", "Quyết định"),
    "col.class_points": ("Points", "Điểm"),
    "report.no_points": ("no points yet", "chưa có điểm"),
    "report.proposals_note": (
        "The level fourgood proposes from the points on 100 and the conditions of each level; "
        "* points computed by the edition's criteria (the record gives none); a range while "
        "evidence is missing; ! a decided level its points or conditions do not support.",
        "Mức xếp loại fourgood đề xuất theo điểm (thang 100) và điều kiện của từng mức; "
        "* điểm do các tiêu chí của bộ tiêu chí tính (hồ sơ năm không ghi điểm); khoảng điểm khi "
        "còn thiếu dữ liệu; ! mức được quyết định chưa đủ điểm hoặc điều kiện.",
    ),
    # init
    "init.no_edition": (
        "fourgood ships no edition of the rules for {year} (its editions start in {first}): "
        "choose {first} or a later year, or add --copy-rubric to start from a copy of the "
        "nearest edition put in force for {year}, and adapt it",
        "fourgood chưa có ấn bản quy định cho năm {year} (các ấn bản bắt đầu từ năm {first}): "
        "hãy chọn năm {first} trở về sau, hoặc thêm --copy-rubric để sao chép ấn bản gần nhất "
        "áp dụng cho năm {year} rồi điều chỉnh",
    ),
    # year start
    "year.no_previous": (
        "no programme for {year} to carry on from: write programme/{year}.yaml first, or start "
        "with fourgood init",
        "chưa có chương trình năm {year} để tiếp tục: hãy lập programme/{year}.yaml trước, hoặc "
        "bắt đầu bằng fourgood init",
    ),
    "year.programme_exists": (
        "already exists: the year has been started; nothing was written",
        "đã tồn tại: năm này đã được bắt đầu; không ghi tệp nào",
    ),
    "year.no_edition": (
        "no edition of the rules covers {year} for {types} cells: add a rubric in force for "
        "{year} to rubrics/ (e.g. in_force: {{from: {year}}}) first; nothing was written",
        "chưa có bộ tiêu chí (ấn bản quy định) nào áp dụng cho năm {year} đối với chi bộ "
        "{types}: hãy thêm vào rubrics/ một bộ tiêu chí có hiệu lực năm {year} (ví dụ in_force: "
        "{{from: {year}}}) trước; chưa ghi tệp nào",
    ),
    "year.outside": (
        "a link leading out of the data set: fourgood writes nothing through it; nothing was "
        "written (replace the link by a directory, or write the files there yourself)",
        "liên kết dẫn ra ngoài bộ dữ liệu: fourgood không ghi gì qua liên kết này; chưa ghi tệp "
        "nào (hãy thay liên kết bằng một thư mục, hoặc tự ghi các tệp vào đó)",
    ),
    "year.wrote": ("wrote {path}", "đã ghi {path}"),
    "year.kept": (
        "kept {path}: it already exists, not overwritten",
        "giữ nguyên {path}: tệp đã có, không ghi đè",
    ),
    "year.done": (
        "started {year}: {n} {n:cell carries|cells carry} on, {board} listed for the board to "
        "decide; {files} {files:file|files} written; next: fourgood validate",
        "đã bắt đầu năm {year}: {n} chi bộ tiếp tục, {board} chi bộ chờ Ban Thường vụ xem xét; "
        "đã ghi {files} tệp; tiếp theo: fourgood validate",
    ),
    # the annual record's classification
    "rec.level_above_points": (
        "{level} needs {need} points under {regulation}, and the record gives {points}, which "
        "give {best} at most: correct the level decided or the points",
        "mức {level} cần {need} điểm theo {regulation}, nhưng hồ sơ ghi {points} điểm, chỉ đạt "
        "tối đa mức {best}: hãy sửa lại mức xếp loại hoặc số điểm",
    ),
}
