"""The texts of the documents an office files: the yearly report as a Word document and the
cells' scorecards (Hướng dẫn 36-HD/VPTW: letterhead, number, place and date, recipients,
signatures), in English and Vietnamese."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "documents.needs_output": (
        "--format {format} writes a file: add --output FILE.{format}",
        "--format {format} ghi ra tệp: hãy thêm --output TỆP.{format}",
    ),
    "documents.not_evaluated": (
        "the cell '{cell}' is not evaluated this year (it left the bloc): it has no scorecard",
        "chi bộ '{cell}' không được đánh giá năm nay (đã chuyển khỏi Đảng bộ Khối): không có "
        "phiếu chấm điểm",
    ),
    # the letterhead and the blocks at the foot
    "documents.party": ("COMMUNIST PARTY OF VIETNAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    "documents.number": ("No.:        -{kind}/{code}", "Số:        -{kind}/{code}"),
    "documents.recipients": ("Recipients:", "Nơi nhận:"),
    "documents.file_copy": ("Office file copy", "Lưu Văn phòng"),
    "documents.on_behalf_standing": (
        "On behalf of the standing committee",
        "T/M Ban Thường vụ",
    ),
    "documents.on_behalf_cell": ("On behalf of the cell committee", "T/M Chi ủy"),
    "documents.secretary": ("Secretary", "Bí thư"),
    "documents.verified": ("Verified by the superior committee", "Xác nhận của cấp ủy cấp trên"),
    # the yearly report
    "documents.report_kind": ("REPORT", "BÁO CÁO"),
    "documents.report_subject": (
        "on building the '4 Good Party Cell' model in {year}",
        "Kết quả xây dựng mô hình “Chi bộ 4 tốt” năm {year}",
    ),
    "documents.part.organisation": (
        "The organisation and the cells taking part",
        "Tình hình tổ chức và chi bộ tham gia",
    ),
    "documents.part.results": ("Results of the evaluation", "Kết quả đánh giá chi bộ"),
    "documents.part.activities": (
        "Meetings of the cells and their members",
        "Sinh hoạt chi bộ và đảng viên",
    ),
    "documents.part.classification": (
        "Classification and commendation",
        "Xếp loại và khen thưởng",
    ),
    "documents.part.cells": ("The cells one by one", "Kết quả của từng chi bộ"),
    # the scorecard (phiếu tự chấm điểm)
    "documents.scorecard_kind": ("SELF-ASSESSMENT SCORECARD", "PHIẾU TỰ CHẤM ĐIỂM"),
    "documents.scorecard_subject": (
        "on the '4 Good Party Cell' model, {year}",
        "Kết quả thực hiện mô hình “Chi bộ 4 tốt” năm {year}",
    ),
    "documents.scorecard_title": (
        "Scorecard of {cell}, {year}",
        "Phiếu tự chấm điểm của {cell} năm {year}",
    ),
    "documents.scorecard_about": (
        "Cell type: {type}. Rubric: {rubric} {version}; the standard is met when every content "
        "has at least {mark} points.",
        "Loại hình chi bộ: {type}. Bộ tiêu chí: {rubric} {version}; đạt chuẩn khi mỗi nội dung "
        "đạt từ {mark} điểm trở lên.",
    ),
    "documents.scorecard_as_of": (
        "Progress as of {day}: only months that have ended are counted.",
        "Tiến độ đến ngày {day}: chỉ tính các tháng đã kết thúc.",
    ),
    "documents.part.scores": ("Points of each content", "Điểm từng nội dung"),
    "documents.part.totals": ("Totals and result", "Tổng hợp và kết quả"),
    "documents.content_title": (
        "{id}. {label}: {points}/{max} points",
        "{id}. {label}: {points}/{max} điểm",
    ),
    "documents.col.criterion": ("Criterion", "Tiêu chí"),
    "documents.col.content": ("Content", "Nội dung"),
    "documents.col.points": ("Points", "Điểm"),
    "documents.col.max": ("Max", "Tối đa"),
    "documents.col.why": ("Why points were lost", "Lý do trừ điểm"),
    "documents.col.result": ("Result", "Kết quả"),
    "documents.subtotal": ("Total", "Cộng"),
    "documents.total": ("All contents", "Tổng cộng"),
    "documents.reached": ("{mark} reached", "đạt mức {mark}"),
    "documents.short": ("{n} {n:point|points} short", "thiếu {n} điểm"),
    "documents.result": ("Result: {status}.", "Kết quả: {status}."),
    "documents.status.met": (
        "the cell meets the '4 Good Party Cell' standard",
        "chi bộ đạt chuẩn “Chi bộ 4 tốt”",
    ),
    "documents.status.not_met": (
        "the cell does not meet the '4 Good Party Cell' standard",
        "chi bộ chưa đạt chuẩn “Chi bộ 4 tốt”",
    ),
    "documents.status.incomplete": (
        "not decided yet: evidence is missing (the missing facts could still change the result)",
        "chưa kết luận được: còn thiếu dữ liệu (các dữ kiện còn thiếu có thể làm thay đổi kết quả)",
    ),
    # the months, for dates in English ("25 January 2024")
    "documents.month.1": ("January", "tháng 1"),
    "documents.month.2": ("February", "tháng 2"),
    "documents.month.3": ("March", "tháng 3"),
    "documents.month.4": ("April", "tháng 4"),
    "documents.month.5": ("May", "tháng 5"),
    "documents.month.6": ("June", "tháng 6"),
    "documents.month.7": ("July", "tháng 7"),
    "documents.month.8": ("August", "tháng 8"),
    "documents.month.9": ("September", "tháng 9"),
    "documents.month.10": ("October", "tháng 10"),
    "documents.month.11": ("November", "tháng 11"),
    "documents.month.12": ("December", "tháng 12"),
}
