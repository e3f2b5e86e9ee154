"""The fill-in workbooks' texts, in English and Vietnamese: sheet names (``form.sheet.*``),
column titles (``form.col.*``) and their help (``form.help.*``), the record's facts
(``form.fact.*``, ``form.how.*``), the guide sheet (``form.guide.*``), and what reading a
workbook back says (``import.*``)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # sheets
    "form.sheet.guide": ("Guide", "Hướng dẫn"),
    "form.sheet.members": ("Members", "Đảng viên"),
    "form.sheet.meetings": ("Meetings", "Sinh hoạt"),
    "form.sheet.exemptions": ("Exemptions", "Miễn sinh hoạt"),
    "form.sheet.transfers": ("Transfers", "Chuyển sinh hoạt"),
    "form.sheet.discipline": ("Discipline", "Kỷ luật"),
    "form.sheet.record": ("Annual record", "Hồ sơ năm"),
    "form.sheet.targets": ("Targets", "Chỉ tiêu"),
    "form.sheet.key_tasks": ("Key tasks", "Nhiệm vụ trọng tâm"),
    "form.sheet.incidents": ("Incidents", "Vụ việc"),
    "form.sheet.programme": ("Programme", "Chương trình"),
    "form.sheet.assessment": ("Assessment", "Đánh giá, xếp loại"),
    "form.sheet.commendations": ("Commendations", "Khen thưởng"),
    # column titles
    "form.col.member_id": ("Member id", "Mã đảng viên"),
    "form.col.name": ("Full name", "Họ và tên"),
    "form.col.role": ("Role", "Chức vụ"),
    "form.col.rating": ("Quality rating", "Xếp loại chất lượng"),
    "form.col.dues": ("Party dues", "Đảng phí"),
    "form.col.studied": ("Studied the resolutions", "Học tập nghị quyết"),
    "form.col.feedback": ("Residence feedback", "Nhận xét nơi cư trú"),
    "form.col.date": ("Date", "Ngày"),
    "form.col.kind": ("Kind", "Loại sinh hoạt"),
    "form.col.topic": ("Topic", "Chủ đề"),
    "form.col.duration": ("Duration (minutes)", "Thời lượng (phút)"),
    "form.col.meeting_rating": ("Rating", "Xếp loại buổi sinh hoạt"),
    "form.col.minutes": ("Minutes recorded", "Có biên bản"),
    "form.col.conclusion": ("Conclusion in the resolution book", "Ghi sổ nghị quyết"),
    "form.col.sheet_item": ("{item} (max {max})", "{item} (tối đa {max})"),
    "form.col.member": ("Member", "Đảng viên"),
    "form.col.from": ("From", "Từ ngày"),
    "form.col.to": ("To", "Đến ngày"),
    "form.col.reason": ("Reason", "Lý do"),
    "form.col.direction": ("Arrived or left", "Chuyển đến/đi"),
    "form.col.other_cell": ("Cell of the bloc (id)", "Chi bộ trong Khối (mã)"),
    "form.col.outside": ("Organisation outside the bloc", "Tổ chức ngoài Khối"),
    "form.col.decided": ("Date of the decision", "Ngày quyết định"),
    "form.col.form": ("Form", "Hình thức"),
    "form.col.decision": ("Decision no.", "Số quyết định"),
    "form.col.fact": ("Fact", "Nội dung"),
    "form.col.value": ("Value", "Giá trị"),
    "form.col.how": ("How to fill in", "Cách ghi"),
    "form.col.target": ("Target", "Chỉ tiêu"),
    "form.col.achieved": ("Achieved", "Đạt/vượt"),
    "form.col.key_task": ("Key task", "Nhiệm vụ"),
    "form.col.completed": ("Completed", "Hoàn thành"),
    "form.col.incident": ("Kind of incident", "Loại vụ việc"),
    "form.col.note": ("Note", "Ghi chú"),
    "form.col.cell": ("Cell id", "Mã chi bộ"),
    "form.col.cell_name": ("Cell", "Tên chi bộ"),
    "form.col.cell_type": ("Type", "Loại hình"),
    "form.col.basis": ("Takes part as", "Hình thức tham gia"),
    "form.col.joined": ("Joined on", "Ngày tham gia"),
    "form.col.classification": ("Classification", "Xếp loại chi bộ"),
    "form.col.points": ("{criterion}: points (max {max})", "{criterion}: điểm (tối đa {max})"),
    "form.col.points_note": ("{criterion}: note", "{criterion}: nhận xét"),
    "form.col.commendation": ("Commendation", "Hình thức khen"),
    "form.col.exemplary": ("Exemplary 4 Good cell", "Chi bộ 4 tốt tiêu biểu"),
    "form.col.by": ("Given by", "Cấp khen"),
    # help on the header cells
    "form.help.member_id": (
        "The member's id, as on the roster. Members are added with 'fourgood member add'.",
        "Mã đảng viên như trong danh sách. Thêm đảng viên mới bằng lệnh 'fourgood member add'.",
    ),
    "form.help.name": (
        "As on the roster (a check that the rows were not sorted apart).",
        "Như trong danh sách (để kiểm tra các dòng không bị xếp lệch).",
    ),
    "form.help.role": (
        "Pick from the list: secretary, deputy secretary, committee member or member.",
        "Chọn trong danh sách: bí thư, phó bí thư, chi ủy viên hoặc đảng viên.",
    ),
    "form.help.rating": (
        "The member's quality rating for the year: HTXSNV, HTTNV, HTNV or KHTNV. Leave empty "
        "until it is decided.",
        "Xếp loại chất lượng đảng viên trong năm: HTXSNV, HTTNV, HTNV hoặc KHTNV. Để trống nếu "
        "chưa xếp loại.",
    ),
    "form.help.dues": (
        "How the party dues were paid in the year: in full, late or short.",
        "Việc đóng đảng phí trong năm: đóng đầy đủ, đóng chậm hoặc đóng chưa đủ.",
    ),
    "form.help.studied": (
        "Whether the member studied the year's new resolutions: yes or no.",
        "Đảng viên đã học tập nghị quyết mới trong năm chưa: có hoặc không.",
    ),
    "form.help.feedback": (
        "The feedback from the member's place of residence: good or not good.",
        "Nhận xét của chi ủy nơi cư trú: tốt hoặc chưa tốt.",
    ),
    "form.help.meeting_date": (
        "The day of the meeting, as a date (DD/MM/YYYY). One row per meeting.",
        "Ngày sinh hoạt, ghi dạng ngày (ngày/tháng/năm). Mỗi buổi sinh hoạt một dòng.",
    ),
    "form.help.kind": (
        "regular, thematic, or combined (both in one sitting).",
        "thường kỳ, chuyên đề, hoặc kết hợp (cả hai trong một buổi).",
    ),
    "form.help.topic": (
        "What the meeting was about; optional.",
        "Chủ đề buổi sinh hoạt; không bắt buộc.",
    ),
    "form.help.duration": (
        "How long the meeting lasted, in whole minutes (e.g. 120).",
        "Thời lượng buổi sinh hoạt, tính bằng phút (ví dụ 120).",
    ),
    "form.help.meeting_rating": (
        "good, fair, average or poor; or fill in the score sheet's items instead.",
        "tốt, khá, trung bình hoặc kém; hoặc chấm điểm từng mục của phiếu chấm.",
    ),
    "form.help.minutes": (
        "Whether the minutes were recorded: yes or no.",
        "Đã lập biên bản chưa: có hoặc không.",
    ),
    "form.help.conclusion": (
        "Whether the conclusion was written in the resolution book: yes or no.",
        "Đã ghi kết luận vào sổ nghị quyết chưa: có hoặc không.",
    ),
    "form.help.sheet_item": (
        "Points of the score sheet's item '{item}', 0 to {max}; score every item of the sheet.",
        "Điểm mục '{item}' của phiếu chấm, từ 0 đến {max}; chấm đủ mọi mục của phiếu.",
    ),
    "form.help.attendance": (
        "present, excused or unexcused. 'exempt' and '—' (not a member that day) are filled in "
        "by fourgood. A new meeting's empty cells count as present.",
        "có mặt, vắng có phép hoặc vắng không phép. 'miễn sinh hoạt' và '—' (chưa hoặc không "
        "còn sinh hoạt ở chi bộ ngày đó) do fourgood điền. Ô để trống ở buổi mới ghi là có mặt.",
    ),
    "form.help.member": (
        "Pick the member from the list (name and id).",
        "Chọn đảng viên trong danh sách (họ tên và mã).",
    ),
    "form.help.exempt_from": ("First day exempt from activities.", "Ngày bắt đầu miễn sinh hoạt."),
    "form.help.exempt_to": (
        "Last day exempt; leave empty while there is no end date.",
        "Ngày kết thúc miễn sinh hoạt; để trống nếu chưa có ngày kết thúc.",
    ),
    "form.help.reason": ("Why; optional.", "Lý do; không bắt buộc."),
    "form.help.direction": (
        "arrived (transferred in) or left (transferred out).",
        "chuyển đến hoặc chuyển đi.",
    ),
    "form.help.transfer_date": ("The day of the transfer.", "Ngày chuyển sinh hoạt."),
    "form.help.other_cell": (
        "The cell of the bloc the member came from or went to (its id); both rosters are updated.",
        "Chi bộ trong Khối nơi đảng viên chuyển từ đó đến hoặc chuyển đến (mã chi bộ); cả hai "
        "danh sách được cập nhật.",
    ),
    "form.help.outside": (
        "Or: the party organisation outside the bloc.",
        "Hoặc: tổ chức đảng ngoài Khối.",
    ),
    "form.help.decided": ("The day of the decision.", "Ngày ra quyết định."),
    "form.help.form": (
        "reprimand, warning, dismissal or expulsion (an expulsion ends the membership).",
        "khiển trách, cảnh cáo, cách chức hoặc khai trừ (khai trừ thì thôi sinh hoạt từ ngày đó).",
    ),
    "form.help.decision": (
        "The decision's number, e.g. 12-QĐ/ĐU.",
        "Số quyết định, ví dụ 12-QĐ/ĐU.",
    ),
    "form.help.fact": ("The fact of the annual record.", "Nội dung của hồ sơ năm."),
    "form.help.value": (
        "Fill in the value; leave it empty while it is not known.",
        "Ghi giá trị; để trống nếu chưa có.",
    ),
    "form.help.how": ("What to write.", "Cách ghi."),
    "form.help.target": ("The unit's own target for the year.", "Chỉ tiêu của đơn vị trong năm."),
    "form.help.achieved": ("Achieved or exceeded: yes or no.", "Đạt hoặc vượt: có hoặc không."),
    "form.help.key_task": (
        "A key task set by the upper committee.",
        "Nhiệm vụ trọng tâm do cấp ủy cấp trên giao.",
    ),
    "form.help.completed": ("Completed: yes or no.", "Hoàn thành: có hoặc không."),
    "form.help.incident_date": ("The day of the incident.", "Ngày xảy ra vụ việc."),
    "form.help.incident": (
        "A breach of law, or a complaint sent past the proper level.",
        "Vi phạm pháp luật, hoặc đơn thư vượt cấp.",
    ),
    "form.help.note": ("What happened; optional.", "Nội dung vụ việc; không bắt buộc."),
    "form.help.cell": (
        "The cell's id, as in organisation.yaml.",
        "Mã chi bộ như trong organisation.yaml.",
    ),
    "form.help.cell_name": ("The cell's name (for reading only).", "Tên chi bộ (chỉ để đọc)."),
    "form.help.cell_type": (
        "The cell's type (for reading only).",
        "Loại hình chi bộ (chỉ để đọc).",
    ),
    "form.help.basis": (
        "How the cell takes part in the year's programme: selected, registered or continuing. "
        "Leave empty for a cell that does not take part.",
        "Hình thức tham gia chương trình của năm: được chọn, tự đăng ký hoặc tiếp tục. Để trống "
        "nếu chi bộ không tham gia.",
    ),
    "form.help.joined": (
        "The day the cell joined, when it did not take part from 1 January.",
        "Ngày tham gia, nếu không tham gia từ ngày 1 tháng 1.",
    ),
    "form.help.classification": (
        "The quality level decided for the cell: HTXSNV, HTTNV, HTNV or KHTNV.",
        "Mức xếp loại chất lượng chi bộ được quyết định: HTXSNV, HTTNV, HTNV hoặc KHTNV.",
    ),
    "form.help.points": (
        "Points the upper committee gives for criterion {criterion}, 0 to {max}; the note is "
        "required.",
        "Điểm cấp ủy cấp trên chấm cho tiêu chí {criterion}, từ 0 đến {max}; bắt buộc có nhận xét.",
    ),
    "form.help.points_note": (
        "Why these points were given (required with the points).",
        "Căn cứ cho điểm (bắt buộc khi có điểm).",
    ),
    "form.help.commendation": (
        "certificate of merit or letter of merit.",
        "giấy khen hoặc thư khen.",
    ),
    "form.help.exemplary": (
        "Whether it commends the cell as an exemplary 4 Good cell: yes or no.",
        "Khen chi bộ là Chi bộ 4 tốt tiêu biểu: có hoặc không.",
    ),
    "form.help.by": ("Who gave it; optional.", "Cấp khen; không bắt buộc."),
    # the record's facts
    "form.fact.work_programme": (
        "Day the year's work programme was adopted",
        "Ngày thông qua chương trình công tác năm",
    ),
    "form.fact.self_criticism": (
        "Day of the annual self-criticism and criticism review",
        "Ngày kiểm điểm tự phê bình và phê bình cuối năm",
    ),
    "form.fact.candidates": (
        "Candidates sent to the party course",
        "Số quần chúng được cử đi học lớp cảm tình Đảng",
    ),
    "form.fact.inspection_planned": (
        "Inspections and supervisions planned",
        "Số cuộc kiểm tra, giám sát theo kế hoạch",
    ),
    "form.fact.inspection_done": (
        "Inspections and supervisions carried out",
        "Số cuộc kiểm tra, giám sát đã thực hiện",
    ),
    "form.fact.trade_union": ("Rating of the trade union", "Xếp loại Công đoàn"),
    "form.fact.youth_union": ("Rating of the youth union", "Xếp loại Đoàn Thanh niên"),
    "form.fact.women_union": ("Rating of the women's union", "Xếp loại Hội Phụ nữ"),
    "form.fact.veterans_association": (
        "Rating of the veterans' association",
        "Xếp loại Hội Cựu chiến binh",
    ),
    "form.fact.incidents": (
        "Breaches of law, complaints past the proper level",
        "Vụ việc vi phạm pháp luật, đơn thư vượt cấp",
    ),
    "form.how.work_programme": (
        "A date (DD/MM/YYYY), or 'no' if it was not adopted.",
        "Ghi ngày (ngày/tháng/năm), hoặc 'không' nếu chưa thông qua.",
    ),
    "form.how.self_criticism": (
        "A date; it counts up to 31 March of the next year. 'no' if it was not held.",
        "Ghi ngày; tính đến hết 31/3 năm sau. Ghi 'không' nếu không tổ chức.",
    ),
    "form.how.candidates": ("A whole number (0 if none).", "Ghi số (0 nếu không có)."),
    "form.how.inspection_planned": (
        "A whole number; fill in both rows of inspections.",
        "Ghi số; ghi đủ cả hai dòng kiểm tra, giám sát.",
    ),
    "form.how.inspection_done": (
        "A whole number, at most the planned ones.",
        "Ghi số, không quá số theo kế hoạch.",
    ),
    "form.how.trade_union": ("HTXSNV, HTTNV, HTNV or KHTNV.", "HTXSNV, HTTNV, HTNV hoặc KHTNV."),
    "form.how.youth_union": ("HTXSNV, HTTNV, HTNV or KHTNV.", "HTXSNV, HTTNV, HTNV hoặc KHTNV."),
    "form.how.women_union": ("HTXSNV, HTTNV, HTNV or KHTNV.", "HTXSNV, HTTNV, HTNV hoặc KHTNV."),
    "form.how.veterans_association": (
        "HTXSNV, HTTNV, HTNV or KHTNV; empty if the unit has none.",
        "HTXSNV, HTTNV, HTNV hoặc KHTNV; để trống nếu đơn vị không có.",
    ),
    "form.how.incidents": (
        "'none' when there was none; otherwise list them on the Incidents sheet.",
        "Ghi 'không có' nếu không có; nếu có, ghi từng vụ việc ở trang Vụ việc.",
    ),
    # the guide
    "form.guide.title": (
        "Record of {name} ({cell}) for {year}",
        "Sổ ghi chép năm {year} của {name} ({cell})",
    ),
    "form.guide.bloc_title": (
        "The {year} programme of {name}: assessment, classification and commendations",
        "Chương trình năm {year} của {name}: đánh giá, xếp loại và khen thưởng",
    ),
    "form.guide.cell_1": (
        "Members: each member's assessment of the year. Meetings: one row per meeting; the "
        "columns on the right are the attendance, one per member.",
        "Trang Đảng viên: đánh giá năm của từng đảng viên. Trang Sinh hoạt: mỗi buổi sinh hoạt "
        "một dòng; các cột bên phải là điểm danh, mỗi đảng viên một cột.",
    ),
    "form.guide.cell_2": (
        "Exemptions, Transfers, Discipline: one row each. Annual record: one value per row; "
        "Targets, Key tasks, Incidents: one row each.",
        "Các trang Miễn sinh hoạt, Chuyển sinh hoạt, Kỷ luật: mỗi trường hợp một dòng. Trang "
        "Hồ sơ năm: mỗi nội dung một giá trị; Chỉ tiêu, Nhiệm vụ trọng tâm, Vụ việc: mỗi mục một "
        "dòng.",
    ),
    "form.guide.cell_3": (
        "Pick values from the drop-down lists; write dates as dates (DD/MM/YYYY). Keep the "
        "headings and the sheets' names as they are; rows may be added anywhere.",
        "Chọn giá trị trong danh sách thả xuống; ghi ngày dạng ngày/tháng/năm. Giữ nguyên tiêu "
        "đề cột và tên các trang; có thể thêm dòng ở bất kỳ đâu.",
    ),
    "form.guide.cell_4": (
        "What is recorded already is filled in. Emptying a cell does not delete anything: "
        "fourgood never deletes what was recorded.",
        "Những gì đã ghi được điền sẵn. Xóa trống một ô không xóa dữ liệu: fourgood không bao "
        "giờ xóa những gì đã ghi.",
    ),
    "form.guide.bloc_1": (
        "Programme: how each cell takes part. Assessment: the upper committee's points for the "
        "assessed criteria (with their notes) and each cell's classification. Commendations: "
        "one row each.",
        "Trang Chương trình: hình thức tham gia của từng chi bộ. Trang Đánh giá, xếp loại: "
        "điểm cấp ủy cấp trên chấm cho các tiêu chí đánh giá (kèm nhận xét) và xếp loại từng "
        "chi bộ. Trang Khen thưởng: mỗi quyết định một dòng.",
    ),
    "form.guide.import": (
        "When it is filled in: fourgood import {file} (nothing is written if anything is wrong).",
        "Khi đã điền xong: fourgood import {file} (nếu có lỗi, fourgood không ghi gì).",
    ),
    # reading a workbook back: the file
    "import.xls": (
        "an old Excel 97-2003 workbook (.xls): open it and save it as an Excel Workbook (.xlsx)",
        "đây là tệp Excel 97-2003 (.xls): hãy mở tệp và lưu lại dạng Excel Workbook (.xlsx)",
    ),
    "import.csv": (
        "a CSV file, not a workbook: import the .xlsx form fourgood wrote (fourgood form)",
        "đây là tệp CSV, không phải sổ tính Excel: hãy nhập biểu mẫu .xlsx do fourgood tạo "
        "(fourgood form)",
    ),
    "import.ods": (
        "an OpenDocument spreadsheet (.ods): in LibreOffice, save it as Excel 2007-365 (.xlsx)",
        "đây là tệp OpenDocument (.ods): trong LibreOffice hãy lưu lại dạng Excel 2007-365 (.xlsx)",
    ),
    "import.not_workbook": (
        "not an Excel workbook (.xlsx), or a damaged one",
        "không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng",
    ),
    "import.too_big": (
        "too large for a form (over {limit} MB): is it the right file?",
        "tệp quá lớn so với một biểu mẫu (trên {limit} MB): có đúng tệp không?",
    ),
    "import.not_a_form": (
        "not a fourgood form (it has no '{sheet}' sheet saying what it is for): make one with "
        "fourgood form",
        "không phải biểu mẫu của fourgood (thiếu trang '{sheet}' cho biết biểu mẫu của ai): hãy "
        "tạo biểu mẫu bằng lệnh fourgood form",
    ),
    "import.version": (
        "made by another version of the form ({found}, this fourgood reads {expected}): make a "
        "new form with fourgood form and copy the entries into it",
        "biểu mẫu thuộc phiên bản khác ({found}, fourgood này đọc phiên bản {expected}): hãy tạo "
        "biểu mẫu mới bằng fourgood form và chép dữ liệu sang",
    ),
    "import.other_bloc": (
        "this form is for the data set of bloc '{form}', not of '{here}'",
        "biểu mẫu này của bộ dữ liệu Đảng bộ Khối '{form}', không phải '{here}'",
    ),
    "import.no_cell": (
        "this form is for cell '{cell}', which is not in organisation.yaml",
        "biểu mẫu này của chi bộ '{cell}', không có trong organisation.yaml",
    ),
    "import.other_cell": (
        "this form is for cell '{form}', not '{asked}'",
        "biểu mẫu này của chi bộ '{form}', không phải '{asked}'",
    ),
    "import.other_year": (
        "this form is for {form}, not {asked}",
        "biểu mẫu này của năm {form}, không phải năm {asked}",
    ),
    "import.no_programme": (
        "this form is for {year}, which has no programme (programme/{year}.yaml)",
        "biểu mẫu này của năm {year}, năm chưa có chương trình (programme/{year}.yaml)",
    ),
    "import.same_form": (
        "the same form as {other}: import one of them",
        "trùng biểu mẫu với {other}: chỉ nhập một trong hai",
    ),
    "import.sheet_missing": (
        "the sheet '{name}' is missing: put it back (copy it from a new form)",
        "thiếu trang '{name}': hãy thêm lại (sao chép từ một biểu mẫu mới)",
    ),
    "import.sheet_renamed": (
        "the sheet '{name}' was renamed '{found}': rename it back to '{name}'",
        "trang '{name}' đã bị đổi tên thành '{found}': hãy đổi lại tên '{name}'",
    ),
    # its cells
    "import.merged": (
        "merged cells ({cells}): unmerge them; each value needs its own cell",
        "các ô bị gộp ({cells}): hãy bỏ gộp ô; mỗi giá trị cần một ô riêng",
    ),
    "import.unknown_column": (
        "a column fourgood does not know: '{title}'{hint}; keep the headings as the form wrote "
        "them",
        "cột không hợp lệ: '{title}'{hint}; hãy giữ nguyên tiêu đề cột như biểu mẫu",
    ),
    "import.column_twice": ("the column '{title}' is there twice", "cột '{title}' bị lặp lại"),
    "import.missing_column": (
        "the column '{title}' is missing: put it back (copy it from a new form)",
        "thiếu cột '{title}': hãy thêm lại (sao chép từ một biểu mẫu mới)",
    ),
    "import.formula": (
        "this cell holds a formula ({formula}): type the value itself",
        "ô này chứa công thức ({formula}): hãy gõ trực tiếp giá trị",
    ),
    "import.error_value": (
        "this cell holds an error ({value}): type the value itself",
        "ô này đang báo lỗi ({value}): hãy gõ trực tiếp giá trị",
    ),
    "import.control": (
        "this cell holds a control character: retype its text",
        "ô này có ký tự điều khiển: hãy gõ lại nội dung",
    ),
    "import.not_a_date": (
        "'{value}' is not a date: write it as a date, DD/MM/YYYY",
        "'{value}' không phải ngày: hãy ghi dạng ngày/tháng/năm",
    ),
    "import.number_not_date": (
        "'{value}' is a number, not a date: format the cell as a date, or type DD/MM/YYYY",
        "'{value}' là số, không phải ngày: hãy định dạng ô là ngày, hoặc gõ ngày/tháng/năm",
    ),
    "import.not_whole": (
        "'{value}' is not a whole number (0 or more)",
        "'{value}' không phải số nguyên (từ 0 trở lên)",
    ),
    "import.decimal": (
        "'{value}' has a decimal part: write a whole number",
        "'{value}' có phần thập phân: hãy ghi số nguyên",
    ),
    "import.not_held": (
        "'{value}' is neither a date nor 'no'",
        "'{value}' không phải ngày cũng không phải 'không'",
    ),
    "import.not_in_list": (
        "'{value}' is not on this column's list: {options}",
        "'{value}' không có trong danh sách của cột này: {options}",
    ),
    "import.required": ("'{title}' is needed here", "cần ghi '{title}'"),
    # its rows
    "import.unknown_member": (
        "'{id}' is not on the cell's roster{hint}; a new member is added with fourgood member add",
        "'{id}' không có trong danh sách đảng viên của chi bộ{hint}; thêm đảng viên mới bằng "
        "lệnh fourgood member add",
    ),
    "import.row_twice": ("the same member as row {row}", "trùng đảng viên với dòng {row}"),
    "import.name_differs": (
        "the roster names this member '{name}': were the rows sorted apart? (names are changed "
        "in roster.yaml)",
        "danh sách ghi tên đảng viên này là '{name}': có phải các dòng bị xếp lệch? (đổi tên "
        "trong roster.yaml)",
    ),
    "import.grid_unknown": (
        "the attendance grid has a column for '{id}', who is not on the roster{hint}",
        "bảng điểm danh có cột của '{id}', người không có trong danh sách{hint}",
    ),
    "import.grid_missing": (
        "the attendance column of {name} ({id}) was deleted: put it back (copy it from a new form)",
        "cột điểm danh của {name} ({id}) đã bị xóa: hãy thêm lại (sao chép từ một biểu mẫu mới)",
    ),
    "import.meeting_twice": (
        "the same meeting (day and kind) as row {row}",
        "trùng buổi sinh hoạt (cùng ngày, cùng loại) với dòng {row}",
    ),
    "import.not_exempt": (
        "{name} is not exempt from activities that day: record the exemption on the Exemptions "
        "sheet, or mark present or absent",
        "{name} không được miễn sinh hoạt vào ngày này: hãy ghi ở trang Miễn sinh hoạt, hoặc "
        "điểm danh có mặt hay vắng",
    ),
    "import.transfer_where": (
        "say where: the cell of the bloc, or the organisation outside it",
        "hãy ghi nơi chuyển: chi bộ trong Khối, hoặc tổ chức ngoài Khối",
    ),
    "import.unknown_fact": (
        "a row fourgood does not know: '{label}'{hint}",
        "dòng không hợp lệ: '{label}'{hint}",
    ),
    "import.fact_twice": ("this fact is there twice", "nội dung này bị lặp lại"),
    "import.note_needed": (
        "the points of {criterion} need their note: why they were given",
        "điểm của tiêu chí {criterion} cần có nhận xét: vì sao chấm số điểm đó",
    ),
    "import.inspection_both": (
        "fill in '{missing}' too: the inspections planned and done go together",
        "hãy ghi cả '{missing}': số cuộc kiểm tra theo kế hoạch và đã thực hiện đi cùng nhau",
    ),
    "import.incidents_listed": (
        "'none', but incidents are listed (on the Incidents sheet or in the record)",
        "ghi 'không có', nhưng đã có vụ việc (ở trang Vụ việc hoặc trong hồ sơ)",
    ),
    "import.incidents_none_listed": (
        "no incident is listed on the Incidents sheet",
        "chưa ghi vụ việc nào ở trang Vụ việc",
    ),
    # the outcome
    "import.refused": (
        "nothing imported: {n} {n:problem|problems} (above); fix them in the workbook and import "
        "it again",
        "chưa nhập được: có {n} lỗi (ở trên); hãy sửa trong biểu mẫu rồi nhập lại",
    ),
    "import.summary": ("{file} ({cell}, {year}): {what}", "{file} ({cell}, năm {year}): {what}"),
    "import.unchanged": ("nothing new", "không có gì mới"),
    "import.count.meetings_added": (
        "{n} {n:meeting|meetings} added",
        "thêm {n} buổi sinh hoạt",
    ),
    "import.count.meetings_changed": (
        "{n} {n:meeting|meetings} changed",
        "sửa {n} buổi sinh hoạt",
    ),
    "import.count.assessed": (
        "{n} {n:member's|members'} assessment recorded",
        "ghi đánh giá của {n} đảng viên",
    ),
    "import.count.roles": ("{n} {n:role|roles} changed", "đổi chức vụ {n} đảng viên"),
    "import.count.exemptions": (
        "{n} {n:exemption|exemptions} added",
        "thêm {n} trường hợp miễn sinh hoạt",
    ),
    "import.count.exemptions_changed": (
        "{n} {n:exemption|exemptions} changed",
        "sửa {n} trường hợp miễn sinh hoạt",
    ),
    "import.count.transfers": ("{n} {n:transfer|transfers}", "{n} trường hợp chuyển sinh hoạt"),
    "import.count.discipline": (
        "{n} discipline {n:decision|decisions} added",
        "thêm {n} quyết định kỷ luật",
    ),
    "import.count.discipline_changed": (
        "{n} discipline {n:decision|decisions} changed",
        "sửa {n} quyết định kỷ luật",
    ),
    "import.count.facts": ("{n} {n:fact|facts} of the record", "{n} nội dung của hồ sơ năm"),
    "import.count.targets": ("{n} {n:target|targets} added", "thêm {n} chỉ tiêu"),
    "import.count.targets_changed": ("{n} {n:target|targets} changed", "sửa {n} chỉ tiêu"),
    "import.count.key_tasks": ("{n} key {n:task|tasks} added", "thêm {n} nhiệm vụ trọng tâm"),
    "import.count.key_tasks_changed": (
        "{n} key {n:task|tasks} changed",
        "sửa {n} nhiệm vụ trọng tâm",
    ),
    "import.count.incidents": ("{n} {n:incident|incidents} added", "thêm {n} vụ việc"),
    "import.count.incidents_changed": ("{n} {n:incident|incidents} changed", "sửa {n} vụ việc"),
    "import.count.programme": (
        "{n} {n:cell|cells} added to the programme",
        "thêm {n} chi bộ vào chương trình",
    ),
    "import.count.programme_changed": (
        "{n} {n:cell's|cells'} place in the programme changed",
        "sửa hình thức tham gia của {n} chi bộ",
    ),
    "import.count.points": (
        "points of {n} {n:cell|cells} entered",
        "ghi điểm đánh giá của {n} chi bộ",
    ),
    "import.count.classification": (
        "{n} {n:classification|classifications} recorded",
        "ghi xếp loại {n} chi bộ",
    ),
    "import.count.commendations": (
        "{n} {n:commendation|commendations} added",
        "thêm {n} khen thưởng",
    ),
    "import.count.commendations_changed": (
        "{n} {n:commendation|commendations} changed",
        "sửa {n} khen thưởng",
    ),
    "import.written": (
        "imported: {n} {n:file|files} written",
        "đã nhập: cập nhật {n} tệp",
    ),
    "import.dry_run": (
        "checked, not written (--dry-run): {n} {n:file|files} would change",
        "đã kiểm tra, chưa ghi (--dry-run): {n} tệp sẽ thay đổi",
    ),
    "import.nothing": (
        "nothing to change: the YAML files hold all of it already",
        "không có gì thay đổi: dữ liệu YAML đã có đủ",
    ),
    # writing a form
    "form.written": (
        "wrote {file}: the {year} form of cell {cell}; fill it in, then: fourgood import {file}",
        "đã tạo {file}: biểu mẫu năm {year} của chi bộ {cell}; điền xong thì chạy: fourgood "
        "import {file}",
    ),
    "form.written_bloc": (
        "wrote {file}: the bloc's {year} form; fill it in, then: fourgood import {file}",
        "đã tạo {file}: biểu mẫu năm {year} của Đảng bộ Khối; điền xong thì chạy: fourgood "
        "import {file}",
    ),
    "form.exists": (
        "exists already and may be filled in: not replaced (give another --output, or --force)",
        "tệp đã có và có thể đã được điền: không ghi đè (hãy chọn --output khác, hoặc dùng "
        "--force)",
    ),
}
