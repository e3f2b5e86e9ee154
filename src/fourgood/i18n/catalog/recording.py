"""The recording commands' texts, in English and Vietnamese: the questions asked at a terminal
(``ask.*``), what a change says when it is made or refused (``edit.*``, ``recorded.*``) and
the cells and members it cannot find (``record.*``)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # questions at a terminal
    "ask.cell": ("Cell (its id)", "Chi bộ (mã chi bộ)"),
    "ask.member": ("Member (their id)", "Đảng viên (mã đảng viên)"),
    "ask.member_id": ("The new member's id", "Mã của đảng viên mới"),
    "ask.name": ("Full name (family, middle, given)", "Họ và tên"),
    "ask.sex": ("Sex (male or female)", "Giới tính (nam hoặc nữ)"),
    "ask.born": ("Date of birth (DD/MM/YYYY)", "Ngày sinh (ngày/tháng/năm)"),
    "ask.admitted": ("Date admitted to the Party (DD/MM/YYYY)", "Ngày vào Đảng (ngày/tháng/năm)"),
    "ask.arrived": ("Date of arrival (DD/MM/YYYY)", "Ngày chuyển đến (ngày/tháng/năm)"),
    "ask.from": (
        "The party organisation outside the bloc they come from",
        "Chuyển đến từ tổ chức đảng nào (ngoài Khối)",
    ),
    "ask.transfer_date": ("Date of the transfer (DD/MM/YYYY)", "Ngày chuyển (ngày/tháng/năm)"),
    "ask.destination": (
        "To which cell of the bloc (its id), or which organisation outside it",
        "Chuyển đến chi bộ nào trong Khối (mã chi bộ), hoặc tổ chức nào ngoài Khối",
    ),
    "ask.exempt_from": (
        "First day exempt (DD/MM/YYYY)",
        "Miễn sinh hoạt từ ngày (ngày/tháng/năm)",
    ),
    "ask.decided": ("Date of the decision (DD/MM/YYYY)", "Ngày quyết định (ngày/tháng/năm)"),
    "ask.form": (
        "Form of discipline (reprimand, warning, dismissal, expulsion)",
        "Hình thức kỷ luật (khiển trách, cảnh cáo, cách chức, khai trừ)",
    ),
    "ask.meeting_date": ("Date of the meeting (DD/MM/YYYY)", "Ngày sinh hoạt (ngày/tháng/năm)"),
    "ask.kind": (
        "Kind of meeting (regular, thematic, combined)",
        "Loại sinh hoạt (thường kỳ, chuyên đề, kết hợp)",
    ),
    "ask.sheet_item": ("Points of a score-sheet item", "Điểm của mục trong phiếu chấm"),
    "ask.fact": ("Which fact of the record", "Nội dung nào của hồ sơ"),
    "ask.value": ("Its value", "Giá trị"),
    "ask.criterion": ("Criterion (e.g. P4)", "Tiêu chí (ví dụ P4)"),
    "ask.points": ("Points given", "Số điểm"),
    "ask.note": (
        "The committee's note (why these points)",
        "Nhận xét của cấp ủy (căn cứ cho điểm)",
    ),
    "ask.cell_id": ("The new cell's id (no spaces)", "Mã chi bộ mới (không có dấu cách)"),
    "ask.cell_name": ("The cell's name", "Tên chi bộ"),
    "ask.cell_type": (
        "Type (agency, public_service, enterprise)",
        "Loại hình (cơ quan, đơn vị sự nghiệp, doanh nghiệp)",
    ),
    "ask.parent": (
        "Its parent: the bloc's id, or its committee's or section's",
        "Trực thuộc: mã Đảng bộ Khối, hoặc mã đảng bộ cơ sở, đảng bộ bộ phận",
    ),
    "ask.basis": (
        "How it takes part (selected, registered, continuing)",
        "Hình thức tham gia (được chọn, tự đăng ký, tiếp tục)",
    ),
    # what is wrong with an answer or an option
    "ask.missing": (
        "missing: give {option} (fourgood asks for it only when run at a terminal)",
        "còn thiếu: hãy ghi {option} (fourgood chỉ hỏi lại khi chạy trực tiếp trên màn hình lệnh)",
    ),
    "ask.not_a_day": (
        "'{value}' is not a date: write DD/MM/YYYY or YYYY-MM-DD",
        "'{value}' không phải ngày: hãy viết ngày/tháng/năm hoặc YYYY-MM-DD",
    ),
    "ask.not_one_of": (
        "'{value}' is not one of: {options}",
        "'{value}' không thuộc các giá trị: {options}",
    ),
    "ask.not_whole": (
        "'{value}' is not a whole number (0 or more)",
        "'{value}' không phải số nguyên (từ 0 trở lên)",
    ),
    "ask.empty": ("an answer is needed", "cần có câu trả lời"),
    "ask.no_fact": (
        "nothing to record: give at least one of them",
        "không có gì để ghi: hãy ghi ít nhất một trong các tùy chọn này",
    ),
    # cells and members that are not found
    "record.unknown_cell": (
        "no cell '{cell}' in organisation.yaml{hint}",
        "không có chi bộ '{cell}' trong organisation.yaml{hint}",
    ),
    "record.unknown_member": (
        "no member '{id}' on a roster{where}{hint}",
        "không có đảng viên '{id}' trong danh sách{where}{hint}",
    ),
    "record.member_twice": (
        "member '{id}' is on the rosters of {cells}: say which with --cell",
        "đảng viên '{id}' có trong danh sách của {cells}: hãy chỉ rõ bằng --cell",
    ),
    "record.unknown_parent": (
        "no bloc, committee or section '{parent}' in organisation.yaml{hint}",
        "không có Đảng bộ Khối, đảng bộ cơ sở hoặc đảng bộ bộ phận '{parent}' trong "
        "organisation.yaml{hint}",
    ),
    # a change
    "edit.unreadable": (
        "cannot be edited until it reads again: {error}",
        "chưa sửa được tệp này khi chưa đọc được: {error}",
    ),
    "edit.not_regular": (
        "is not a regular file; fourgood does not replace it",
        "không phải tệp thông thường; fourgood không ghi đè",
    ),
    "edit.nothing": (
        "nothing to change: it is recorded already",
        "không có gì thay đổi: đã ghi từ trước",
    ),
    "edit.refused": (
        "not recorded: the change would add {n} {n:error|errors} (above); nothing was written",
        "chưa ghi: thay đổi này sẽ gây ra {n} lỗi (ở trên); chưa ghi gì vào dữ liệu",
    ),
    "edit.warnings": (
        "note: the change adds {n} {n:warning|warnings} (above)",
        "lưu ý: thay đổi này có thêm {n} cảnh báo (ở trên)",
    ),
    "edit.written": (
        "recorded: {n} {n:file|files} written",
        "đã ghi: cập nhật {n} tệp",
    ),
    "edit.dry_run": (
        "checked, not written (--dry-run): {n} {n:file|files} would change",
        "đã kiểm tra, chưa ghi (--dry-run): {n} tệp sẽ thay đổi",
    ),
    "recorded.member_added": ("member {id} added to {cell}", "đã thêm đảng viên {id} vào {cell}"),
    "recorded.transferred": (
        "member {id} transferred to {to}",
        "đã chuyển đảng viên {id} đến {to}",
    ),
    "recorded.exempt": (
        "member {id} exempt from {day}",
        "đảng viên {id} được miễn sinh hoạt từ ngày {day}",
    ),
    "recorded.discipline": (
        "discipline of member {id} on {day} recorded",
        "đã ghi quyết định kỷ luật đảng viên {id} ngày {day}",
    ),
    "recorded.assessed": (
        "assessment of member {id} for {year} recorded",
        "đã ghi đánh giá năm {year} của đảng viên {id}",
    ),
    "recorded.meeting": (
        "{kind} meeting of {day} recorded for {cell}",
        "đã ghi buổi sinh hoạt {kind} ngày {day} của {cell}",
    ),
    "recorded.fact": (
        "{fact} recorded in the {year} record of {cell}",
        "đã ghi {fact} vào hồ sơ năm {year} của {cell}",
    ),
    "recorded.points": (
        "points for {criterion} recorded in the {year} record of {cell}",
        "đã ghi điểm tiêu chí {criterion} vào hồ sơ năm {year} của {cell}",
    ),
    "recorded.cell": ("cell {cell} added", "đã thêm chi bộ {cell}"),
}
