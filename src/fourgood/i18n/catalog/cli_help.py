"""The command line's help: each command's description and each option's help, in English (as
the code gives it to Typer) and Vietnamese (shown with ``--lang vi`` or a Vietnamese locale).

``fourgood.cli.help_lang`` finds a text's Vietnamese by its English, so the English here is
word for word what the code says (a test checks every command and option has its entry).
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # the program
    "help.app": (
        "Validate, score and report on '4 Good Party Cell' (Chi bộ 4 tốt) data kept as YAML. "
        "Exit codes: 0 ok, 1 invalid data, 2 usage error, 3 cell below the standard (--check).",
        'Kiểm tra, chấm điểm và báo cáo dữ liệu mô hình "Chi bộ 4 tốt" lưu bằng YAML. '
        "Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 dùng sai lệnh, 3 có chi bộ chưa đạt "
        "chuẩn (--check).",
    ),
    "help.version": ("Show the version and exit.", "In phiên bản rồi thoát."),
    "help.help": ("Show this message and exit.", "In hướng dẫn này rồi thoát."),
    "help.install_completion": (
        "Install completion for the current shell.",
        "Cài tự động hoàn thành lệnh cho shell đang dùng.",
    ),
    "help.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "In đoạn mã tự động hoàn thành lệnh cho shell đang dùng, để sao chép hoặc tự cài.",
    ),
    # the commands
    "help.cmd.init": (
        "Create a new bloc's data set from commented templates; it validates at once.",
        "Tạo bộ dữ liệu mới cho một đảng bộ khối từ các mẫu có chú thích; bộ dữ liệu hợp lệ ngay.",
    ),
    "help.cmd.validate": (
        "Check every file of a data set; print each problem as path:line:col.",
        "Kiểm tra mọi tệp của bộ dữ liệu; in từng vấn đề theo dạng đường_dẫn:dòng:cột.",
    ),
    "help.cmd.score": (
        "Score every cell in a year's programme: four contents, each on 100 points.",
        "Chấm điểm mọi chi bộ trong chương trình của năm: bốn nội dung, mỗi nội dung 100 điểm.",
    ),
    "help.cmd.report": (
        "The year's report: organisation, programme, results, meetings, members, classification.",
        "Báo cáo năm: tổ chức, chương trình, kết quả, sinh hoạt, đảng viên, xếp loại.",
    ),
    "help.cmd.followup": (
        "The monthly review: cells that have not logged a regular meeting, thematic meetings held.",
        "Theo dõi hằng tháng: các chi bộ chưa ghi sinh hoạt thường kỳ, các buổi sinh hoạt "
        "chuyên đề đã tổ chức.",
    ),
    "help.cmd.schema": (
        "JSON Schemas of the data files, for editors to complete and check, and of the outputs.",
        "JSON Schema của các tệp dữ liệu (để trình soạn thảo gợi ý và kiểm tra) và của các "
        "kết quả JSON.",
    ),
    # the options several commands share
    "help.data_dir": (
        "The data set's directory (the one holding organisation.yaml).",
        "Thư mục của bộ dữ liệu (thư mục chứa organisation.yaml).",
    ),
    "help.lang": (
        "Language of the output: vi or en (default: from the locale).",
        "Ngôn ngữ của kết quả: vi hoặc en (mặc định: theo thiết lập ngôn ngữ của máy).",
    ),
    "help.redact": (
        "Replace members' names with stable pseudonyms (the same member, the same one).",
        "Thay tên đảng viên bằng bí danh cố định (cùng một đảng viên, cùng một bí danh).",
    ),
    "help.follow_links": (
        "Also read files that symbolic links lead to outside the data set.",
        "Đọc cả các tệp mà liên kết tượng trưng trỏ ra ngoài bộ dữ liệu.",
    ),
    "help.no_cache": (
        "Read every file afresh; do not use or fill the cache.",
        "Đọc lại mọi tệp; không dùng và không ghi bộ nhớ đệm.",
    ),
    "help.year": (
        "The year (default: the latest programme).",
        "Năm (mặc định: năm của chương trình mới nhất).",
    ),
    "help.output": (
        "Write to this file instead of stdout.",
        "Ghi vào tệp này thay vì in ra màn hình.",
    ),
    "help.no_bom": (
        "CSV: leave out the byte-order mark that a file (--output) starts with for Excel.",
        "CSV: bỏ dấu BOM ở đầu tệp (--output), dấu giúp Excel đọc đúng tiếng Việt.",
    ),
    "help.as_of": (
        "Progress inside a year: count only months ended by this date.",
        "Tiến độ trong năm: chỉ tính các tháng đã kết thúc trước ngày này.",
    ),
    "help.type": ("Only cells of this type.", "Chỉ các chi bộ thuộc loại hình này."),
    # each command's own options
    "help.init.target": (
        "Where to create the data set (new or empty).",
        "Nơi tạo bộ dữ liệu (thư mục mới hoặc trống).",
    ),
    "help.init.year": (
        "The first programme year (default: this year).",
        "Năm đầu tiên của chương trình (mặc định: năm nay).",
    ),
    "help.validate.format": (
        "text, github (annotations) or json.",
        "text, github (chú thích trên GitHub) hoặc json.",
    ),
    "help.validate.strict": ("Fail on warnings too.", "Báo thất bại cả khi chỉ có cảnh báo."),
    "help.score.cell": (
        "Only this cell (repeatable).",
        "Chỉ chi bộ này (có thể ghi nhiều lần).",
    ),
    "help.score.explain": (
        "Show each criterion's points and why.",
        "Hiện điểm của từng tiêu chí và lý do.",
    ),
    "help.score.format": (
        "table, json, csv, markdown or xlsx (with --output).",
        "table (bảng), json, csv, markdown hoặc xlsx (cần --output).",
    ),
    "help.score.check": (
        "Exit 3 when any scored cell does not meet the standard.",
        "Thoát với mã 3 khi có chi bộ được chấm chưa đạt chuẩn.",
    ),
    "help.report.format": (
        "table, json, csv, markdown, html or xlsx (with --output).",
        "table (bảng), json, csv, markdown, html hoặc xlsx (cần --output).",
    ),
    "help.followup.month": ("The month to review.", "Tháng cần theo dõi."),
    "help.followup.format": (
        "table, json, csv or markdown.",
        "table (bảng), json, csv hoặc markdown.",
    ),
    "help.schema.output": (
        "Write one <kind>.schema.json per kind and output into DIR.",
        "Ghi vào thư mục DIR mỗi loại tệp dữ liệu và mỗi kết quả một tệp <loại>.schema.json.",
    ),
}
