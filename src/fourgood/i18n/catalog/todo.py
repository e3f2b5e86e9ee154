"""The checklist's texts, in English and Vietnamese: what is still to record (``todo.*``)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "todo.title_month": ("Still to record, {month}", "Việc còn phải ghi chép, {month}"),
    "todo.title_year": (
        "Still to record for {year} (as of {day})",
        "Việc còn phải ghi chép năm {year} (tính đến ngày {day})",
    ),
    "todo.summary": (
        "{cells} {cells:cell|cells} in the programme: {busy} with something to record, "
        "{n} {n:item|items} in all",
        "{cells} chi bộ tham gia: {busy} chi bộ còn việc phải ghi, tổng cộng {n} việc",
    ),
    "todo.none": ("Nothing left to record.", "Không còn việc gì phải ghi."),
    "todo.col.what": ("To record", "Cần ghi"),
    "todo.regular_meeting": (
        "the regular meeting of {month} is not logged",
        "chưa ghi buổi sinh hoạt thường kỳ {month}",
    ),
    "todo.thematic_meeting": (
        "no thematic meeting logged in {quarter} yet",
        "chưa ghi buổi sinh hoạt chuyên đề nào trong {quarter}",
    ),
    "todo.meeting_facts": (
        "meeting of {day} ({kind}): {missing} not recorded",
        "buổi sinh hoạt ngày {day} ({kind}): chưa ghi {missing}",
    ),
    "todo.member_year": (
        "{name}: {missing} for {year} not recorded",
        "{name}: chưa ghi {missing} năm {year}",
    ),
    "todo.no_record": (
        "no annual record for {year} yet (record-{year}.yaml)",
        "chưa có hồ sơ năm {year} (record-{year}.yaml)",
    ),
    "todo.record_fact": ("{fact} not recorded", "chưa ghi {fact}"),
    "todo.assessed": (
        "the committee's points for {criterion} are not entered",
        "cấp ủy cấp trên chưa chấm điểm tiêu chí {criterion}",
    ),
    "todo.classification": (
        "the cell's classification is not recorded",
        "chưa ghi xếp loại chất lượng chi bộ",
    ),
    "todo.word.duration": ("its duration", "thời lượng"),
    "todo.word.rating": ("the rating", "xếp loại"),
    "todo.word.minutes": ("whether minutes were kept", "biên bản"),
    "todo.word.conclusion": ("the resolution book", "sổ nghị quyết"),
    "todo.word.dues": ("party dues", "đảng phí"),
    "todo.word.studied": ("studying the resolutions", "học tập nghị quyết"),
    "todo.word.feedback": ("the residence's feedback", "nhận xét nơi cư trú"),
    "todo.word.work_programme": ("the year's work programme", "chương trình công tác năm"),
    "todo.word.targets": ("the unit's targets", "chỉ tiêu của đơn vị"),
    "todo.word.key_tasks": ("the key tasks", "nhiệm vụ trọng tâm"),
    "todo.word.mass_organisations": (
        "the mass organisations' ratings",
        "xếp loại các đoàn thể",
    ),
    "todo.word.incidents": (
        "breaches of law and complaints (write none if none)",
        "vụ việc vi phạm, đơn thư (không có thì ghi không có)",
    ),
    "todo.word.inspection": ("inspection and supervision", "kiểm tra, giám sát"),
    "todo.word.self_criticism": (
        "the annual self-criticism review",
        "kiểm điểm tự phê bình và phê bình cuối năm",
    ),
    "todo.word.candidates": (
        "candidates sent to the party course",
        "số quần chúng đi học lớp cảm tình Đảng",
    ),
    "todo.not_begun": (
        "it begins on {day}: there is nothing to record yet",
        "bắt đầu từ ngày {day}: chưa có gì để ghi",
    ),
    "todo.month_or_year": (
        "give --month or --year, not both",
        "chỉ ghi --month hoặc --year, không ghi cả hai",
    ),
}
