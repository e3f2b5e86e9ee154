"""The command line's help, in English and Vietnamese: every command's and option's text
(``help.<command>``, ``help.<command>.<option>``, ``help.opt.<shared option>``) and the words of
Typer's own headings and phrases."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # Typer's headings and phrases
    "help.usage": ("Usage:", "Cách dùng:"),
    "help.options": ("Options", "Tùy chọn"),
    "help.arguments": ("Arguments", "Tham số"),
    "help.commands": ("Commands", "Lệnh"),
    "help.default": ("default", "mặc định"),
    "help.required": ("required", "bắt buộc"),
    "help.show_help": ("Show this message and exit.", "Hiện hướng dẫn này rồi thoát."),
    "help.install_completion": (
        "Install completion for the specified shell.",
        "Cài gợi ý lệnh (tab) cho shell đã chọn.",
    ),
    "help.show_completion": (
        "Show completion for the specified shell, to copy it or customize the installation.",
        "In đoạn mã gợi ý lệnh của shell đã chọn, để sao chép hoặc tự cài đặt.",
    ),
    # the program
    "help.fourgood": (
        "Validate, score and report on '4 Good Party Cell' (Chi bộ 4 tốt) data kept as YAML; "
        "fill-in workbooks and recording commands to get a year's facts in. Exit codes: 0 ok, "
        "1 invalid data, 2 usage error, 3 cell below the standard (--check).",
        'Kiểm tra, chấm điểm và báo cáo dữ liệu mô hình "Chi bộ 4 tốt" lưu dưới dạng YAML; '
        "biểu mẫu Excel và các lệnh ghi chép để cập nhật số liệu trong năm. Mã thoát: 0 thành "
        "công, 1 dữ liệu có lỗi, 2 gõ sai lệnh, 3 có chi bộ chưa đạt chuẩn (--check).",
    ),
    "help.version": ("Show the version and exit.", "Hiện số phiên bản rồi thoát."),
    # shared options
    "help.opt.data_dir": (
        "The data set's directory (the one holding organisation.yaml).",
        "Thư mục bộ dữ liệu (thư mục chứa organisation.yaml).",
    ),
    "help.opt.lang": (
        "Language of the output: vi or en (default: from the locale).",
        "Ngôn ngữ hiển thị: vi hoặc en (mặc định: theo cài đặt của máy).",
    ),
    "help.opt.redact": (
        "Replace members' names with stable pseudonyms (the same member, the same one).",
        "Thay tên đảng viên bằng bí danh cố định (mỗi người một bí danh không đổi).",
    ),
    "help.opt.follow_links": (
        "Also read files that symbolic links lead to outside the data set.",
        "Đọc cả các tệp mà liên kết tượng trưng (symlink) trỏ ra ngoài bộ dữ liệu.",
    ),
    "help.opt.no_bom": (
        "CSV: leave out the byte-order mark that a file (--output) starts with for Excel.",
        "CSV: bỏ dấu BOM ở đầu tệp (--output), dấu giúp Excel đọc đúng tiếng Việt.",
    ),
    "help.opt.no_cache": (
        "Read every file afresh; do not use or fill the cache.",
        "Đọc lại mọi tệp; không dùng và không ghi bộ nhớ đệm.",
    ),
    "help.opt.year": (
        "The year (default: the latest programme).",
        "Năm (mặc định: năm có chương trình gần nhất).",
    ),
    "help.opt.output": (
        "Write to this file instead of stdout.",
        "Ghi ra tệp này thay vì in ra màn hình.",
    ),
    "help.opt.as_of": (
        "Progress inside a year: count only months ended by this date.",
        "Tiến độ trong năm: chỉ tính các tháng đã kết thúc trước ngày này.",
    ),
    "help.opt.type": ("Only cells of this type.", "Chỉ các chi bộ thuộc loại hình này."),
    # init
    "help.year": (
        "Begin a new year of the programme.",
        "Bắt đầu một năm mới của chương trình.",
    ),
    "help.year.start": (
        "Start a new year: its programme (cells that met the standard carry on, the others are "
        "listed for the board), and an empty meeting log and record for each cell; never "
        "overwrites a file.",
        "Bắt đầu năm mới: lập chương trình của năm (chi bộ đạt chuẩn năm trước được tiếp tục, "
        "các chi bộ khác được liệt kê để Ban Tổ chức xem xét), tạo sổ sinh hoạt và hồ sơ năm "
        "trống cho từng chi bộ; không ghi đè tệp nào.",
    ),
    "help.year.new_year": ("The year to start, e.g. 2027.", "Năm cần bắt đầu, ví dụ 2027."),
    "help.init": (
        "Create a new bloc's data set from commented templates; it validates at once.",
        "Tạo bộ dữ liệu mới cho Đảng bộ Khối từ các tệp mẫu có chú thích; kiểm tra đạt ngay.",
    ),
    "help.init.directory": (
        "Where to create the data set (new or empty).",
        "Nơi tạo bộ dữ liệu (thư mục mới hoặc trống).",
    ),
    "help.init.year": (
        "The first programme year (default: this year).",
        "Năm đầu tiên của chương trình (mặc định: năm nay).",
    ),
    # validate
    "help.validate": (
        "Check every file of a data set; print each problem as path:line:col.",
        "Kiểm tra mọi tệp của bộ dữ liệu; in từng lỗi kèm vị trí tệp:dòng:cột.",
    ),
    "help.validate.format": (
        "text, github (annotations) or json.",
        "text, github (chú thích trên GitHub) hoặc json.",
    ),
    "help.validate.strict": ("Fail on warnings too.", "Coi cả cảnh báo là lỗi."),
    "help.validate.machine_words": (
        "Write error:/warning: in English in any language, as editors and CI problem matchers "
        "expect.",
        "Luôn ghi error:/warning: bằng tiếng Anh, như trình soạn thảo và CI cần để nhận ra lỗi.",
    ),
    # score
    "help.score": (
        "Score every cell in a year's programme: four contents, each on 100 points.",
        "Chấm điểm mọi chi bộ trong chương trình của năm: bốn nội dung, mỗi nội dung 100 điểm.",
    ),
    "help.score.cell": ("Only this cell (repeatable).", "Chỉ chi bộ này (dùng được nhiều lần)."),
    "help.score.explain": (
        "Show each criterion's points and why.",
        "Hiện điểm từng tiêu chí và lý do.",
    ),
    "help.score.format": (
        "table, json, csv, markdown or xlsx (with --output).",
        "table, json, csv, markdown hoặc xlsx (kèm --output).",
    ),
    "help.score.check": (
        "Exit 3 when any scored cell does not meet the standard.",
        "Thoát với mã 3 khi có chi bộ chưa đạt chuẩn.",
    ),
    # report
    "help.report": (
        "The year's report: organisation, programme, results, meetings, members, classification.",
        "Báo cáo năm: tổ chức, chương trình, kết quả, sinh hoạt, đảng viên, xếp loại.",
    ),
    # scorecard
    "help.scorecard": (
        "A cell's self-assessment scorecard for the year, to print and sign: .docx or A4 HTML.",
        "Phiếu tự chấm điểm của một chi bộ trong năm, để in và ký: .docx hoặc HTML khổ A4.",
    ),
    "help.scorecard.cell": ("The cell's id.", "Mã của chi bộ."),
    "help.scorecard.format": (
        "docx (with --output) or html.",
        "docx (cần --output) hoặc html.",
    ),
    "help.report.format": (
        "table, json, csv, markdown, html, xlsx or docx (xlsx and docx with --output).",
        "table, json, csv, markdown, html, xlsx hoặc docx (xlsx và docx kèm --output).",
    ),
    # followup
    "help.followup": (
        "The monthly review: cells that have not logged a regular meeting, thematic meetings held.",
        "Theo dõi hằng tháng: chi bộ chưa ghi sinh hoạt thường kỳ, các buổi sinh hoạt chuyên đề.",
    ),
    "help.followup.month": ("The month to review.", "Tháng cần theo dõi."),
    "help.followup.format": ("table, json, csv or markdown.", "table, json, csv hoặc markdown."),
    # schema
    "help.schema": (
        "JSON Schemas of the data files, for editors (VS Code and others) to complete and check.",
        "Lược đồ JSON của các tệp dữ liệu, để trình soạn thảo (VS Code...) gợi ý và kiểm tra.",
    ),
    "help.schema.output": (
        "Write one <kind>.schema.json per kind and output into DIR.",
        "Ghi vào thư mục DIR mỗi loại tệp dữ liệu và mỗi kết quả một tệp <loại>.schema.json.",
    ),
    # options of the recording commands
    "help.opt.data": (
        "The data set's directory (the one holding organisation.yaml).",
        "Thư mục bộ dữ liệu (thư mục chứa organisation.yaml).",
    ),
    "help.opt.dry_run": (
        "Check the change and show it, but write nothing.",
        "Kiểm tra và hiện thay đổi nhưng không ghi gì.",
    ),
    "help.opt.member_cell": (
        "The member's cell, when the id alone does not say.",
        "Chi bộ của đảng viên, khi mã đảng viên chưa đủ để xác định.",
    ),
    "help.arg.cell": ("The cell's id.", "Mã chi bộ."),
    "help.arg.member": ("The member's id.", "Mã đảng viên."),
    # member
    "help.member": (
        "Record what happens to a member: add, transfer, exempt, discipline, assess.",
        "Ghi biến động của đảng viên: thêm, chuyển sinh hoạt, miễn sinh hoạt, kỷ luật, đánh giá.",
    ),
    "help.member.add": (
        "Add a member to a cell's roster (arriving from outside the bloc with --arrived/--from).",
        "Thêm đảng viên vào danh sách chi bộ (chuyển đến từ ngoài Khối: --arrived và --from).",
    ),
    "help.member.id": (
        "The member's id, the same everywhere (e.g. DV-00123).",
        "Mã đảng viên, dùng thống nhất ở mọi nơi (ví dụ DV-00123).",
    ),
    "help.member.name": ("Full name: family, middle, given.", "Họ và tên."),
    "help.member.sex": ("male or female (nam, nữ).", "nam hoặc nữ (male, female)."),
    "help.member.born": (
        "Date of birth (DD/MM/YYYY or YYYY-MM-DD); it never appears in an output.",
        "Ngày sinh (ngày/tháng/năm hoặc YYYY-MM-DD); không bao giờ hiện trong báo cáo.",
    ),
    "help.member.admitted": ("Date admitted to the Party.", "Ngày vào Đảng."),
    "help.member.full_member": (
        "Date made a full member; leave out while probationary.",
        "Ngày chuyển đảng viên chính thức; bỏ trống khi còn dự bị.",
    ),
    "help.member.role": (
        "secretary, deputy, committee or member (the default).",
        "bí thư, phó bí thư, chi ủy viên hoặc đảng viên (mặc định).",
    ),
    "help.member.arrived": (
        "Date of arrival by transfer from outside the bloc.",
        "Ngày chuyển sinh hoạt đến từ ngoài Khối.",
    ),
    "help.member.from": (
        "The party organisation outside the bloc they come from.",
        "Tổ chức đảng ngoài Khối nơi đảng viên chuyển đến từ đó.",
    ),
    "help.member.transfer": (
        "Transfer a member to another cell of the bloc (both rosters at once) or out of it.",
        "Chuyển sinh hoạt đảng viên sang chi bộ khác trong Khối (cập nhật cả hai danh sách) "
        "hoặc ra ngoài Khối.",
    ),
    "help.member.date": ("Date of the transfer.", "Ngày chuyển sinh hoạt."),
    "help.member.to_cell": ("The cell of the bloc they move to.", "Chi bộ trong Khối chuyển đến."),
    "help.member.to": (
        "The party organisation outside the bloc they move to.",
        "Tổ chức đảng ngoài Khối chuyển đến.",
    ),
    "help.member.exempt": (
        "Exempt a member from activities for a period (miễn sinh hoạt).",
        "Miễn sinh hoạt cho đảng viên trong một khoảng thời gian.",
    ),
    "help.member.exempt_from": ("First day exempt.", "Miễn sinh hoạt từ ngày."),
    "help.member.exempt_to": (
        "Last day exempt; leave out while it has no end.",
        "Đến hết ngày; bỏ trống nếu chưa có ngày kết thúc.",
    ),
    "help.member.reason": ("Why.", "Lý do."),
    "help.member.discipline": (
        "Record a discipline decision (an expulsion ends the member's time in the cell).",
        "Ghi quyết định kỷ luật (khai trừ thì đảng viên thôi sinh hoạt từ ngày đó).",
    ),
    "help.member.decided": ("Date of the decision.", "Ngày quyết định."),
    "help.member.form": (
        "reprimand, warning, dismissal or expulsion.",
        "khiển trách, cảnh cáo, cách chức hoặc khai trừ.",
    ),
    "help.member.decision": (
        "The decision's number (e.g. 12-QĐ/ĐU).",
        "Số quyết định (ví dụ 12-QĐ/ĐU).",
    ),
    "help.member.assess": (
        "Record a member's assessment of the year: rating, dues, studied, residence feedback.",
        "Ghi đánh giá năm của đảng viên: xếp loại, đảng phí, học tập nghị quyết, "
        "nhận xét nơi cư trú.",
    ),
    "help.member.rating": ("HTXSNV, HTTNV, HTNV or KHTNV.", "HTXSNV, HTTNV, HTNV hoặc KHTNV."),
    "help.member.dues": (
        "in_full, late or short (đóng đầy đủ, đóng chậm, đóng chưa đủ).",
        "đóng đầy đủ, đóng chậm hoặc đóng chưa đủ (in_full, late, short).",
    ),
    "help.member.studied": (
        "Whether they studied the year's resolutions: yes or no.",
        "Đã học tập nghị quyết trong năm chưa: có hoặc không.",
    ),
    "help.member.feedback": (
        "The residence's feedback: good or not_good.",
        "Nhận xét của nơi cư trú: tốt hoặc chưa tốt.",
    ),
    # meeting
    "help.meeting": ("Record a cell's meetings.", "Ghi sổ sinh hoạt chi bộ."),
    "help.meeting.add": (
        "Add a meeting to a cell's log of its year, with its absences and rating or sheet.",
        "Ghi một buổi sinh hoạt vào sổ của năm, kèm người vắng và xếp loại hoặc phiếu chấm điểm.",
    ),
    "help.meeting.date": ("Date of the meeting.", "Ngày sinh hoạt."),
    "help.meeting.kind": (
        "regular, thematic or combined (thường kỳ, chuyên đề, kết hợp).",
        "thường kỳ, chuyên đề hoặc kết hợp (regular, thematic, combined).",
    ),
    "help.meeting.topic": ("What it was about.", "Chủ đề, nội dung."),
    "help.meeting.duration": ("How long it lasted, in minutes.", "Thời lượng, tính bằng phút."),
    "help.meeting.excused": (
        "A member absent with leave (repeatable).",
        "Đảng viên vắng có phép (dùng được nhiều lần).",
    ),
    "help.meeting.unexcused": (
        "A member absent without leave (repeatable).",
        "Đảng viên vắng không phép (dùng được nhiều lần).",
    ),
    "help.meeting.rating": (
        "good, fair, average or poor (tốt, khá, trung bình, kém).",
        "tốt, khá, trung bình hoặc kém (good, fair, average, poor).",
    ),
    "help.meeting.sheet": (
        "A score-sheet item's points, e.g. conduct=38 (repeatable: every item of the sheet).",
        "Điểm một mục của phiếu chấm, ví dụ conduct=38 (ghi đủ mọi mục của phiếu).",
    ),
    "help.meeting.minutes": (
        "Whether the minutes were recorded.",
        "Đã lập biên bản hay chưa.",
    ),
    "help.meeting.conclusion": (
        "Whether the conclusion was written in the resolution book.",
        "Đã ghi kết luận vào sổ nghị quyết hay chưa.",
    ),
    # record
    "help.record": (
        "Record the facts of a cell's annual record.",
        "Ghi các nội dung trong hồ sơ năm của chi bộ.",
    ),
    "help.record.set": (
        "Set a fact of a cell's annual record (work_programme, inspection_done, trade_union...).",
        "Ghi một nội dung của hồ sơ năm (work_programme, inspection_done, trade_union...).",
    ),
    "help.record.fact": (
        "work_programme, self_criticism, candidates, inspection_planned, inspection_done, "
        "incidents, classification, trade_union, youth_union, women_union or "
        "veterans_association.",
        "work_programme (chương trình công tác), self_criticism (kiểm điểm), candidates "
        "(quần chúng đi học), inspection_planned, inspection_done (kiểm tra, giám sát), incidents "
        "(vụ việc), classification (xếp loại), trade_union, youth_union, women_union, "
        "veterans_association (đoàn thể).",
    ),
    "help.record.value": (
        "A date (or no), a number, a rating, or none (for incidents).",
        "Ngày (hoặc không), số, xếp loại, hoặc không có (với vụ việc).",
    ),
    "help.record.assess": (
        "Enter the upper committee's points for an assessed criterion (P4, S5), with its note.",
        "Ghi điểm cấp ủy cấp trên chấm cho tiêu chí đánh giá (P4, S5), kèm nhận xét.",
    ),
    "help.record.criterion": ("The criterion's id (e.g. P4).", "Mã tiêu chí (ví dụ P4)."),
    "help.record.points": ("The points given.", "Số điểm."),
    "help.record.note": ("Why these points (required).", "Căn cứ cho điểm (bắt buộc)."),
    "help.record.by": ("Who gave them (optional).", "Ai chấm (không bắt buộc)."),
    # cell
    "help.cell": ("Add cells to the organisation.", "Thêm chi bộ vào tổ chức."),
    "help.cell.add": (
        "Add a cell to the organisation (and to a year's programme with --year), with its roster.",
        "Thêm chi bộ vào tổ chức (và vào chương trình của năm với --year), "
        "kèm danh sách đảng viên.",
    ),
    "help.cell.id": ("The new cell's id, without spaces.", "Mã chi bộ mới, không có dấu cách."),
    "help.cell.name": ("The cell's name.", "Tên chi bộ."),
    "help.cell.type": (
        "agency, public_service or enterprise.",
        "cơ quan, đơn vị sự nghiệp hoặc doanh nghiệp (agency, public_service, enterprise).",
    ),
    "help.cell.parent": (
        "The bloc's id for a grassroots cell, else its committee's or section's.",
        "Mã Đảng bộ Khối nếu là chi bộ cơ sở, nếu không là mã đảng bộ cơ sở hoặc đảng bộ bộ phận.",
    ),
    "help.cell.year": (
        "Also add it to this year's programme.",
        "Thêm vào chương trình của năm này.",
    ),
    "help.cell.basis": (
        "selected, registered or continuing.",
        "được chọn, tự đăng ký hoặc tiếp tục (selected, registered, continuing).",
    ),
    "help.cell.joined": (
        "The day it joined, when it did not take part from 1 January.",
        "Ngày tham gia, nếu không tham gia từ 1 tháng 1.",
    ),
    # form, import
    "help.form": (
        "Write a fill-in workbook of a cell's year (or of the bloc's, with --bloc).",
        "Tạo biểu mẫu Excel để điền số liệu năm của chi bộ (hoặc của Đảng bộ Khối, với --bloc).",
    ),
    "help.form.output": (
        "The workbook to write (default: CELL-YEAR.xlsx).",
        "Tệp biểu mẫu sẽ tạo (mặc định: MÃCHIBỘ-NĂM.xlsx).",
    ),
    "help.form.bloc": (
        "The bloc's form: the programme, assessed points, classifications, commendations.",
        "Biểu mẫu của Đảng bộ Khối: chương trình, điểm đánh giá, xếp loại, khen thưởng.",
    ),
    "help.form.force": (
        "Replace the workbook if it exists (what was filled in it is lost).",
        "Ghi đè tệp nếu đã có (những gì đã điền trong tệp sẽ mất).",
    ),
    "help.import": (
        "Import filled-in workbooks into the YAML files (all of them, or nothing).",
        "Nhập các biểu mẫu đã điền vào dữ liệu YAML (nhập tất cả, hoặc không nhập gì).",
    ),
    "help.import.files": ("The workbooks (.xlsx).", "Các tệp biểu mẫu (.xlsx)."),
    "help.import.cell": (
        "Refuse a workbook that is not this cell's.",
        "Không nhập biểu mẫu không phải của chi bộ này.",
    ),
    "help.import.diff": (
        "Also show the change to the YAML files as a diff.",
        "Hiện cả các thay đổi trong tệp YAML.",
    ),
    # todo
    "help.todo": (
        "What is still to record: a month's (default: this one) or a year's checklist.",
        "Danh sách việc còn phải ghi chép: của một tháng (mặc định: tháng này) hoặc cả năm.",
    ),
    "help.todo.month": ("The month (YYYY-MM).", "Tháng (YYYY-MM)."),
    "help.todo.cell": ("Only this cell (repeatable).", "Chỉ chi bộ này (dùng được nhiều lần)."),
    "help.todo.format": ("table or json.", "table hoặc json."),
}
