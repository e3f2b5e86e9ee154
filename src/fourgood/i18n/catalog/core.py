"""The core texts of fourgood, in English and Vietnamese: reading, checking, scoring, reporting.

Keys are grouped by where they are used. Placeholders are ``{name}``; values are rendered by
``fourgood.i18n.render_value`` (dates, months, percentages and vocabulary words in the reader's
language).
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "empty": ("", ""),
    "word.error": ("error", "lỗi"),
    "word.warning": ("warning", "cảnh báo"),
    # reading files
    "file.is_dir": (
        "is a directory, but a data file is expected here",
        "là một thư mục, nhưng ở đây cần một tệp dữ liệu",
    ),
    "file.missing": ("file not found", "không tìm thấy tệp"),
    "file.permission": (
        "cannot read this file: permission denied",
        "không đọc được tệp: không có quyền đọc",
    ),
    "file.symlink_loop": (
        "symbolic link loop: this link points (through others) back to itself",
        "liên kết tượng trưng lặp vòng: liên kết này trỏ (qua các liên kết khác) về chính nó",
    ),
    "file.os_error": ("cannot read: {detail}", "không đọc được: {detail}"),
    "file.not_regular": (
        "not a regular file (a device, a pipe or a socket): a data file must be an ordinary file",
        "không phải tệp thông thường (thiết bị, ống dẫn hay socket): tệp dữ liệu phải là tệp "
        "thông thường",
    ),
    "file.outside": (
        "a link to a file outside the data set: fourgood does not read it (--follow-links reads "
        "such links)",
        "liên kết tới một tệp nằm ngoài bộ dữ liệu: fourgood không đọc tệp này (--follow-links "
        "cho phép đọc các liên kết như vậy)",
    ),
    "file.dir_unreadable": (
        "cannot read this directory: {detail}",
        "không đọc được thư mục này: {detail}",
    ),
    "file.write_error": ("cannot write: {detail}", "không ghi được: {detail}"),
    "file.output_not_regular": (
        "cannot write here: this is neither a file nor a device or pipe to write into (a "
        "socket, a disk); choose a file's path",
        "không ghi được vào đây: đây không phải là tệp, cũng không phải thiết bị hay ống dẫn "
        "để ghi vào (socket, ổ đĩa); hãy chọn đường dẫn của một tệp",
    ),
    # why the system refused (i18n.oserror)
    "cache.refused": (
        "the cache at {path} is not used ({reason}); fourgood runs without it, only slower",
        "không dùng bộ nhớ đệm tại {path} ({reason}); fourgood vẫn chạy, chỉ chậm hơn",
    ),
    "cache.not_owner": (
        "it belongs to another user",
        "thư mục hoặc tệp này thuộc về người dùng khác",
    ),
    "cache.is_link": ("the database is a link", "tệp cơ sở dữ liệu là một liên kết"),
    "cache.wrong_kind": (
        "it is not a directory holding a file",
        "đây không phải là thư mục chứa tệp",
    ),
    "os.missing": ("no such file or directory", "không có tệp hoặc thư mục này"),
    "os.denied": ("permission denied", "không có quyền truy cập"),
    "os.full": ("no space left on the disk", "ổ đĩa đã hết chỗ trống"),
    "os.read_only": ("the disk is read-only", "ổ đĩa chỉ cho phép đọc"),
    "os.is_dir": ("it is a directory", "đây là một thư mục"),
    "os.not_dir": (
        "a part of the path is not a directory",
        "một phần của đường dẫn không phải là thư mục",
    ),
    "os.exists": ("something of that name is already there", "đã có một tệp trùng tên ở đó"),
    "os.loop": ("too many levels of symbolic links", "quá nhiều tầng liên kết tượng trưng"),
    "os.too_long": ("the name is too long", "tên quá dài"),
    "os.io": ("the disk could not be read or written", "không đọc hoặc ghi được ổ đĩa"),
    "os.busy": ("the file is in use", "tệp đang được sử dụng"),
    "file.empty": (
        "the file is empty; it should hold a mapping (key: value lines)",
        "tệp trống; tệp cần có các dòng dạng 'tên mục: giá trị'",
    ),
    "file.not_mapping": (
        "the file should hold a mapping (key: value lines), but holds {found}",
        "tệp cần có các dòng dạng 'tên mục: giá trị', nhưng lại chứa {found}",
    ),
    # YAML syntax and safety
    "yaml.utf16": (
        "the file is UTF-16 text; save it as UTF-8",
        "tệp được mã hóa UTF-16; hãy lưu lại dưới dạng UTF-8",
    ),
    "yaml.binary": (
        "this is a binary file, not YAML text (it contains a NUL byte)",
        "đây là tệp nhị phân, không phải văn bản YAML (có byte NUL)",
    ),
    "yaml.not_utf8": (
        "not UTF-8 text (byte {byte}); save the file as UTF-8",
        "không phải văn bản UTF-8 (byte {byte}); hãy lưu tệp dưới dạng UTF-8",
    ),
    "yaml.too_large": (
        "the file is {size} MB, above the {limit} MB limit for a data file; split it",
        "tệp có dung lượng {size} MB, vượt giới hạn {limit} MB của một tệp dữ liệu; hãy tách tệp",
    ),
    "yaml.tab": (
        "tab character: YAML indents with spaces, not tabs",
        "ký tự tab: YAML thụt lề bằng dấu cách, không dùng tab",
    ),
    "yaml.control_char": (
        "a control character that YAML does not allow",
        "ký tự điều khiển mà YAML không cho phép",
    ),
    "yaml.unreadable": (
        "YAML cannot read this line: check its indentation, quotes and brackets, and those of "
        "the line above",
        "YAML không đọc được dòng này: hãy kiểm tra thụt lề, dấu nháy và dấu ngoặc của dòng này "
        "và dòng trên",
    ),
    "yaml.indent": (
        "this line is indented differently from the lines above it: the entries of one block "
        "start in the same column",
        "dòng này thụt lề khác các dòng bên trên: các mục của cùng một khối phải thẳng cột",
    ),
    "yaml.indent_at": (
        "this line is indented differently from the block that starts at line {line}, column "
        "{column}: the entries of one block start in the same column",
        "dòng này thụt lề khác khối bắt đầu ở dòng {line}, cột {column}: các mục của cùng một "
        "khối phải thẳng cột",
    ),
    "yaml.dash": (
        "a '- ' list entry where a key was expected: check this line's indentation",
        "có dòng '- ' của danh sách ở chỗ cần một tên mục: hãy kiểm tra thụt lề của dòng này",
    ),
    "yaml.flow": (
        "inside {{ }} or [ ], entries are separated by commas and closed by }} or ]: check the "
        "brackets, and put text that holds ':' or ',' in quotes",
        "trong {{ }} hoặc [ ], các mục cách nhau bằng dấu phẩy và đóng bằng }} hoặc ]: hãy kiểm "
        "tra dấu ngoặc, và đặt văn bản có ':' hoặc ',' trong dấu nháy",
    ),
    "yaml.flow_at": (
        "the {{ }} or [ ] that opens at line {line}, column {column} is not closed as YAML "
        "expects: entries are separated by commas and closed by }} or ]; put text that holds ':' "
        "or ',' in quotes",
        "dấu {{ }} hoặc [ ] mở ở dòng {line}, cột {column} chưa được đóng đúng cách: các mục cách "
        "nhau bằng dấu phẩy và đóng bằng }} hoặc ]; hãy đặt văn bản có ':' hoặc ',' trong dấu nháy",
    ),
    "yaml.no_value": (
        "a value is expected here: check for a stray '-', ':' or bracket",
        "ở đây cần một giá trị: hãy kiểm tra dấu '-', ':' hoặc dấu ngoặc thừa",
    ),
    "yaml.star": (
        "a value cannot start with '*' or '&' (they mark aliases and anchors): put the text in "
        "quotes",
        "giá trị không được bắt đầu bằng '*' hoặc '&' (đó là ký hiệu bí danh, neo): hãy đặt văn "
        "bản trong dấu nháy",
    ),
    "yaml.cannot_start": (
        "a value cannot start with '{char}': put the text in quotes",
        "giá trị không được bắt đầu bằng '{char}': hãy đặt văn bản trong dấu nháy",
    ),
    "yaml.escape": (
        "a backslash inside double quotes starts an escape: use single quotes, or write \\\\",
        "dấu gạch chéo ngược trong dấu nháy kép bắt đầu một ký tự thoát: hãy dùng dấu nháy đơn, "
        "hoặc viết \\\\",
    ),
    "yaml.tag_handle": (
        "a value cannot start with '!' (it marks a YAML tag): put the text in quotes",
        "giá trị không được bắt đầu bằng '!' (đó là thẻ YAML): hãy đặt văn bản trong dấu nháy",
    ),
    "yaml.document_marker": (
        "'---' or '...' at the start of a line separates YAML documents, and a data file holds "
        "one: remove it, or put the text in quotes",
        "'---' hoặc '...' ở đầu dòng ngăn cách các tài liệu YAML, mà mỗi tệp chỉ có một: hãy "
        "xóa nó, hoặc đặt văn bản trong dấu nháy",
    ),
    "yaml.after_value": (
        "something follows the value on this line that YAML cannot read: put the whole text in "
        "quotes",
        "sau giá trị trên dòng này có phần YAML không đọc được: hãy đặt cả đoạn văn bản trong "
        "dấu nháy",
    ),
    "yaml.block_scalar": (
        "the lines of a text block after '|' or '>' are not indented alike: indent them by the "
        "same amount",
        "các dòng của khối văn bản sau '|' hoặc '>' thụt lề không đều: hãy thụt lề như nhau",
    ),
    "yaml.surrogate": (
        "an escaped half of a character (\\ud800 to \\udfff) is not a character: write the "
        "character itself, or \\U and its eight hex digits",
        "một nửa ký tự được viết thoát (\\ud800 đến \\udfff) không phải là ký tự: hãy viết chính "
        "ký tự đó, hoặc \\U và tám chữ số hex của nó",
    ),
    "yaml.unclosed": (
        "the file ends inside a bracket or quote that is not closed: close it",
        "tệp kết thúc khi dấu ngoặc hoặc dấu nháy chưa được đóng: hãy đóng lại",
    ),
    "yaml.colon": (
        "a ':' where none can be: check this line's indentation, or put text that holds ': ' "
        "in quotes",
        "dấu ':' ở vị trí không hợp lệ: hãy kiểm tra thụt lề của dòng này, hoặc đặt văn bản có "
        "': ' trong dấu nháy",
    ),
    "yaml.no_colon": (
        "expected 'key: value' here: check the indentation of this line and the one above",
        "cần 'tên mục: giá trị' ở đây: hãy kiểm tra thụt lề của dòng này và dòng trên",
    ),
    "yaml.unclosed_quote": (
        "a quoted text is not closed: add the closing quote",
        "đoạn văn bản trong dấu nháy chưa được đóng: hãy thêm dấu nháy đóng",
    ),
    "yaml.duplicate_key": (
        "duplicate key '{key}': each key may appear once in a mapping",
        "mục '{key}' bị ghi hai lần: ở cùng một chỗ, mỗi mục chỉ được ghi một lần",
    ),
    "yaml.complex_key": (
        "a key must be text or a number, not a list or mapping",
        "tên mục phải là chữ hoặc số, không được là một danh sách hay một nhóm mục",
    ),
    "yaml.merge_key": (
        "merge keys (<<) are not supported; write the keys out",
        "không dùng được '<<' để gộp mục; hãy viết đầy đủ từng mục",
    ),
    "yaml.alias": (
        "aliases (*name) are not supported; write the value out in full",
        "không hỗ trợ bí danh (*tên); hãy viết đầy đủ giá trị",
    ),
    "yaml.tag": (
        "YAML tags such as '{tag}' are not allowed; remove the tag",
        "không cho phép thẻ YAML như '{tag}'; hãy bỏ thẻ",
    ),
    "yaml.too_deep": (
        "nested more than {limit} levels deep; this is not a fourgood data file",
        "lồng sâu quá {limit} cấp; đây không phải tệp dữ liệu của fourgood",
    ),
    "yaml.multiple_documents": (
        "more than one YAML document in the file (a second '---'); keep one per file",
        "tệp có nhiều hơn một tài liệu YAML (có '---' thứ hai); mỗi tệp chỉ một tài liệu",
    ),
    # values, in words
    "value.nothing": ("nothing", "giá trị rỗng"),
    "value.bool": ("{value}", "{value}"),
    "value.number": ("the number {value}", "số {value}"),
    "value.text": ("the text '{value}'", "văn bản '{value}'"),
    "value.some_text": ("a line of text", "một dòng văn bản"),
    "value.some_number": ("a single value", "một giá trị đơn lẻ"),
    "value.list": ("a list", "một danh sách"),
    "value.mapping": ("a mapping", "một nhóm mục 'tên mục: giá trị'"),
    "value.other": ("a value of another kind", "một giá trị kiểu khác"),
    "hint.did_you_mean": ("; did you mean '{name}'?", "; có phải ý bạn là '{name}'?"),
    "hint.flow_comma": (
        "; inside {{ }} a comma starts a new entry: put text that holds commas in quotes",
        "; trong {{ }} dấu phẩy bắt đầu một mục mới: hãy đặt văn bản có dấu phẩy trong dấu nháy",
    ),
    # model validation
    "model.unknown_key": ("unknown key '{key}'{hint}", "mục không hợp lệ '{key}'{hint}"),
    "model.missing_key": ("missing required key '{key}'", "thiếu mục bắt buộc '{key}'"),
    "model.not_one_of": (
        "'{value}' is not allowed here; use one of: {options}{hint}",
        "'{value}' không hợp lệ ở đây; dùng một trong: {options}{hint}",
    ),
    "model.no_value": (
        "no value here: write one of: {options}, or leave the key out",
        "chưa có giá trị: hãy ghi một trong: {options}, hoặc bỏ mục này đi",
    ),
    "model.number_key": (
        "'{key}' is read as a key of its own: inside {{ }} a comma starts a new entry, so write "
        "numbers without a comma (18 or 18.5, with a point) and put text that holds a comma in "
        "quotes",
        "'{key}' bị đọc thành một mục riêng: trong {{ }} dấu phẩy bắt đầu một mục mới, vì vậy "
        "hãy viết số không có dấu phẩy (18 hoặc 18.5, dùng dấu chấm) và đặt văn bản có dấu phẩy "
        "trong dấu nháy",
    ),
    "model.bool_key": (
        "'{key}' is read as true or false, not as a key: keys are words such as date or kind",
        "'{key}' bị đọc thành true hoặc false, không phải một tên mục: tên mục là các từ như date "
        "hoặc kind",
    ),
    "model.expected_text": ("expected text, found {found}", "cần văn bản, nhưng có {found}"),
    "model.expected_int": (
        "expected a whole number, found {found}",
        "cần một số nguyên, nhưng có {found}",
    ),
    "model.expected_bool": (
        "expected true or false, found {found}{hint}",
        "cần true hoặc false, nhưng có {found}{hint}",
    ),
    "model.expected_mapping": (
        "expected a mapping (key: value lines), found {found}",
        "cần các dòng dạng 'tên mục: giá trị', nhưng có {found}",
    ),
    "model.expected_list": (
        "expected a list (lines starting with '- '), found {found}",
        "cần một danh sách (các dòng bắt đầu bằng '- '), nhưng có {found}",
    ),
    "model.empty_text": ("must not be empty", "không được để trống"),
    "model.too_few": ("needs at least {n} {n:item|items}", "cần ít nhất {n} mục"),
    "model.at_least": ("{value} is too small: at least {n}", "{value} quá nhỏ: tối thiểu {n}"),
    "model.at_most": ("{value} is too large: at most {n}", "{value} quá lớn: tối đa {n}"),
    "model.invalid": ("invalid value: {detail}", "giá trị không hợp lệ: {detail}"),
    "model.date": (
        "'{value}' is not a date; write dates as YYYY-MM-DD",
        "'{value}' không phải là ngày; hãy viết ngày theo dạng YYYY-MM-DD",
    ),
    "model.no_such_month": (
        "'{value}' is not a real date: there is no month {month}",
        "'{value}' không phải ngày có thật: không có tháng {month}",
    ),
    "model.no_such_day": (
        "'{value}' is not a real date: {month} has no day {day}",
        "'{value}' không phải ngày có thật: {month} không có ngày {day}",
    ),
    "model.date_or_false": (
        "'{value}' is neither a date (YYYY-MM-DD) nor false",
        "'{value}' không phải ngày (YYYY-MM-DD) cũng không phải false",
    ),
    "model.month_day": (
        "'{value}' is not a day of the year; write MM-DD, e.g. 01-31",
        "'{value}' không phải ngày trong năm; hãy viết MM-DD, ví dụ 01-31",
    ),
    "model.id_type": ("'{value}' is not an id", "'{value}' không phải là mã định danh"),
    "model.id_number": (
        "this id was read as the number {value}; put ids in quotes (id: '...') so they stay "
        "text and keep any leading zeros",
        "mã này bị đọc thành số {value}; hãy đặt mã trong dấu nháy (id: '...') để giữ nguyên "
        "dạng văn bản và các số 0 ở đầu",
    ),
    "model.id_chars": (
        "'{value}' is not a valid id: no spaces, '/', '\\' or ':'",
        "'{value}' không phải mã hợp lệ: không được có dấu cách, '/', '\\' hoặc ':'",
    ),
    "model.id_invisible": (
        "'{value}' holds characters that cannot be seen ({chars}): it would look like another "
        "id and not be it; type the id again",
        "'{value}' chứa ký tự không nhìn thấy được ({chars}): mã này trông giống một mã khác "
        "nhưng không phải là nó; hãy gõ lại mã",
    ),
    "id.mixed_scripts": (
        "'{id}' mixes letters of several alphabets ({scripts}): a letter typed on another "
        "keyboard (a Cyrillic Т for T) makes it another id that looks the same; type it again",
        "'{id}' trộn chữ cái của nhiều bảng chữ ({scripts}): một chữ gõ bằng bàn phím khác (chữ "
        "Т Kirin thay cho T) làm nó thành một mã khác trông giống hệt; hãy gõ lại",
    ),
    "id.looks_like": (
        "'{id}' looks like '{other}' ({file}) but is another id: if they are the same, type "
        "this one again",
        "'{id}' trông giống '{other}' ({file}) nhưng là một mã khác: nếu là một, hãy gõ lại mã này",
    ),
    # the data set
    "data.no_such_dir": ("no such directory", "không có thư mục này"),
    "data.not_a_dir": (
        "not a directory: give the data set's directory (the one holding organisation.yaml)",
        "không phải thư mục: hãy chỉ ra thư mục dữ liệu (thư mục chứa organisation.yaml)",
    ),
    "data.no_organisation": (
        "not a fourgood data set: there is no organisation.yaml here{hint}",
        "không phải bộ dữ liệu fourgood: không có tệp organisation.yaml ở đây{hint}",
    ),
    "data.did_you_mean": (
        " (found '{name}': rename it to organisation.yaml)",
        " (có tệp '{name}': hãy đổi tên thành organisation.yaml)",
    ),
    "data.unknown_file": (
        "not read: fourgood does not know this file (expected {expected})",
        "không đọc: fourgood không nhận ra tệp này (cần {expected})",
    ),
    # cross-file checks
    "ref.no_cell": (
        "no cell '{cell}' in organisation.yaml{hint}",
        "không có chi bộ '{cell}' trong organisation.yaml{hint}",
    ),
    "ref.unknown_cell_dir": (
        "this directory is for cell '{cell}', which is not in organisation.yaml",
        "thư mục này dành cho chi bộ '{cell}', nhưng chi bộ đó không có trong organisation.yaml",
    ),
    "data.no_meetings": (
        "cell '{cell}' takes part in the {year} programme but has no meeting log for {year} "
        "(this file): its meetings are missing evidence",
        "chi bộ '{cell}' tham gia mô hình năm {year} nhưng chưa có sổ sinh hoạt năm {year} "
        "(tệp này): các tiêu chí về sinh hoạt chưa có căn cứ",
    ),
    "data.no_record": (
        "cell '{cell}' takes part in the {year} programme but has no annual record for {year} "
        "(this file): the facts it holds are missing evidence",
        "chi bộ '{cell}' tham gia mô hình năm {year} nhưng chưa có hồ sơ năm {year} (tệp này): "
        "các tiêu chí đọc từ hồ sơ chưa có căn cứ",
    ),
    "data.year_without_programme": (
        "there is no programme for {year} (programme/{year}.yaml): this file is not scored",
        "chưa có chương trình năm {year} (programme/{year}.yaml): tệp này không được chấm điểm",
    ),
    "data.no_roster": (
        "cell '{cell}' takes part in the programme but has no roster",
        "chi bộ '{cell}' tham gia mô hình nhưng chưa có danh sách đảng viên",
    ),
    "org.duplicate_id": (
        "the id '{id}' is used twice; every unit needs its own id",
        "mã '{id}' bị dùng hai lần; mỗi đơn vị cần một mã riêng",
    ),
    "org.section_parent": (
        "parent '{parent}' is not a grassroots committee (listed under committees:)",
        "đơn vị cấp trên '{parent}' không phải đảng bộ cơ sở (khai báo trong committees:)",
    ),
    "org.cell_parent": (
        "parent '{parent}' is neither the bloc ('{bloc}'), a committee nor a section",
        "đơn vị cấp trên '{parent}' không phải Đảng ủy Khối ('{bloc}'), "
        "đảng bộ cơ sở hay đảng bộ bộ phận",
    ),
    "prog.duplicate": (
        "cell '{cell}' is listed twice in this programme",
        "chi bộ '{cell}' được liệt kê hai lần trong chương trình này",
    ),
    "prog.joined_year": (
        "the date joined must be in {year}",
        "ngày tham gia phải thuộc năm {year}",
    ),
    "prog.left_before": (
        "cell '{cell}' left the bloc on {day}, before this year",
        "chi bộ '{cell}' đã chuyển khỏi Đảng bộ Khối ngày {day}, trước năm này",
    ),
    "prog.not_continuing": (
        "basis 'continuing', but cell '{cell}' was not in the {year} programme",
        "hình thức 'continuing' (tiếp tục), nhưng chi bộ '{cell}' không có trong chương trình "
        "năm {year}",
    ),
    "rubric.ambiguous": (
        "several rubrics cover {type} cells in {year} ({ids}); keep one",
        "có nhiều bộ tiêu chí cùng áp dụng cho chi bộ {type} năm {year} ({ids}); chỉ giữ một",
    ),
    "roster.duplicate_id": (
        "member id '{id}' is used twice in this roster",
        "mã đảng viên '{id}' bị dùng hai lần trong danh sách này",
    ),
    "roster.admitted_before_born": (
        "the admission date is before the birth date",
        "ngày vào Đảng trước ngày sinh",
    ),
    "roster.admitted_young": (
        "admitted before the age of 18; check the dates",
        "vào Đảng khi chưa đủ 18 tuổi; hãy kiểm tra lại ngày",
    ),
    "roster.full_before_admitted": (
        "made a full member before being admitted",
        "ngày chuyển đảng chính thức trước ngày vào Đảng",
    ),
    "roster.in_before_admitted": (
        "transferred in before being admitted to the Party",
        "ngày chuyển đến trước ngày vào Đảng",
    ),
    "roster.self_transfer": (
        "a transfer must be to or from another cell",
        "chuyển sinh hoạt phải đến hoặc từ một chi bộ khác",
    ),
    "roster.out_before_start": (
        "transferred out before joining the cell ({day})",
        "chuyển đi trước khi về chi bộ ({day})",
    ),
    "roster.period_order": (
        "the period ends before it starts",
        "khoảng thời gian kết thúc trước khi bắt đầu",
    ),
    "roster.discipline_before_admitted": (
        "a discipline decision dated before the member was admitted",
        "quyết định kỷ luật có ngày trước ngày vào Đảng",
    ),
    "roster.rated_after_expulsion": (
        "expelled from the Party on {day}: no rating for {year}; remove it",
        "đã bị khai trừ khỏi Đảng ngày {day}: không xếp loại năm {year}; hãy bỏ xếp loại này",
    ),
    "roster.htxsnv_disciplined": (
        "disciplined on {day}, so cannot be rated HTXSNV for {year}",
        "bị kỷ luật ngày {day} nên không được xếp loại HTXSNV năm {year}",
    ),
    "roster.probation_overdue": (
        "admitted on {admitted} and still probationary: the 12 months of probation ended on "
        "{due}; record full_member (or the decision taken)",
        "vào Đảng ngày {admitted} và vẫn là đảng viên dự bị: 12 tháng dự bị đã hết ngày {due}; "
        "hãy ghi full_member (ngày chuyển chính thức) hoặc quyết định đã có",
    ),
    "roster.year_outside": (
        "an assessment for {year}, when the member was not in this cell",
        "có đánh giá năm {year}, khi đảng viên không sinh hoạt ở chi bộ này",
    ),
    "roster.on_two_rosters": (
        "member '{id}' is also on the roster of cell '{cell}' ({file}) at the same time; "
        "record a transfer out there and a transfer in here",
        "đảng viên '{id}' cùng lúc có tên trong danh sách chi bộ '{cell}' ({file}); "
        "hãy ghi chuyển đi ở đó và chuyển đến ở đây",
    ),
    "transfer.not_arrived": (
        "transferred to cell '{cell}', but its roster has no member '{id}': add them there with "
        "transferred_in (the same date, from_cell: this cell)",
        "chuyển sinh hoạt đến chi bộ '{cell}', nhưng danh sách đảng viên của chi bộ đó không có "
        "'{id}': hãy thêm đảng viên vào đó với transferred_in (cùng ngày, from_cell là chi bộ này)",
    ),
    "transfer.not_left": (
        "arrived from cell '{cell}', but its roster does not record '{id}' leaving for this "
        "cell: record transferred_out there (the same date, to_cell: this cell)",
        "chuyển đến từ chi bộ '{cell}', nhưng danh sách của chi bộ đó không ghi '{id}' chuyển "
        "đến chi bộ này: hãy ghi transferred_out ở đó (cùng ngày, to_cell là chi bộ này)",
    ),
    "transfer.dates_differ": (
        "left cell '{cell}' on {left} but arrived here on {came}: use the same date on both "
        "rosters",
        "chuyển đi khỏi chi bộ '{cell}' ngày {left} nhưng đến chi bộ này ngày {came}: hãy ghi "
        "cùng một ngày ở cả hai danh sách",
    ),
    "meet.outside_year": (
        "this meeting is not in {year}, the year of this log",
        "buổi sinh hoạt này không thuộc năm {year} của sổ",
    ),
    "meet.duplicate": (
        "the {kind} meeting of {day} is entered twice (first as meeting {first} of this log); "
        "remove one",
        "buổi sinh hoạt {kind} ngày {day} bị ghi hai lần (lần đầu là buổi thứ {first} trong sổ); "
        "hãy xóa một buổi",
    ),
    "meet.absent_unknown": (
        "'{id}' is not on the cell's roster{hint}",
        "'{id}' không có trong danh sách đảng viên của chi bộ{hint}",
    ),
    "meet.absent_not_member": (
        "{name} was not a member of the cell on {day}",
        "{name} không phải đảng viên của chi bộ vào ngày {day}",
    ),
    "meet.absent_exempt": (
        "{name} was exempt from activities that day: the absence is not counted; "
        "take it out of the log",
        "{name} được miễn sinh hoạt vào ngày đó nên không tính là vắng; "
        "hãy bỏ tên khỏi danh sách vắng",
    ),
    "meet.sheet_item": (
        "'{item}' is not an item of the {sheet} score sheet ({items})",
        "'{item}' không phải mục của phiếu chấm điểm {sheet} ({items})",
    ),
    "meet.sheet_missing": (
        "the {sheet} score sheet is missing {items}: score every item (0 where it earned nothing)",
        "phiếu chấm điểm {sheet} còn thiếu mục {items}: hãy chấm đủ các mục (mục nào không đạt "
        "thì ghi 0)",
    ),
    "meet.rating_vs_sheet": (
        "rated {rating}, but the score sheet's total of {total} gives {sheet_rating}: keep the "
        "rating or the sheet, not both",
        "xếp loại {rating} nhưng tổng điểm phiếu chấm là {total}, tương ứng mức {sheet_rating}: "
        "chỉ giữ xếp loại hoặc phiếu chấm điểm",
    ),
    "meet.sheet_points": (
        "points for '{item}' must be between 0 and {max}",
        "điểm mục '{item}' phải từ 0 đến {max}",
    ),
    "rec.date_range": (
        "this date is too far from {year}, the year of this record",
        "ngày này quá xa năm {year} của hồ sơ",
    ),
    "rec.incident_year": (
        "this incident is not in {year}; it is not counted",
        "vụ việc này không thuộc năm {year}; không được tính",
    ),
    "rec.inspection_over": (
        "more inspections done than planned",
        "số cuộc kiểm tra, giám sát đã thực hiện nhiều hơn kế hoạch",
    ),
    "rec.not_assessed": (
        "'{id}' is not an assessed criterion of rubric '{rubric}' (assessed: {ids})",
        "'{id}' không phải tiêu chí do cấp trên đánh giá của bộ tiêu chí '{rubric}' "
        "(các tiêu chí được đánh giá: {ids})",
    ),
    "rec.assessed_max": (
        "{id} is worth at most {max} points",
        "{id} tối đa {max} điểm",
    ),
    "charter.min_full": (
        "cell '{cell}' has {n} full {n:member|members}; a cell needs at least 3",
        "chi bộ '{cell}' có {n} đảng viên chính thức; chi bộ cần ít nhất 3",
    ),
    "charter.grassroots_cell_size": (
        "grassroots cell '{cell}' has {n} members; with 30 or more it should be a grassroots "
        "committee",
        "chi bộ cơ sở '{cell}' có {n} đảng viên; từ 30 đảng viên trở lên cần lập đảng bộ cơ sở",
    ),
    "charter.committee_size": (
        "grassroots committee '{committee}' has {n} members; a committee needs 30 or more",
        "đảng bộ cơ sở '{committee}' có {n} đảng viên; đảng bộ cơ sở cần từ 30 đảng viên trở lên",
    ),
    # rubric soundness
    "rubric.duplicate_id": (
        "the id '{id}' is used twice in this rubric",
        "mã '{id}' bị dùng hai lần trong bộ tiêu chí",
    ),
    "rubric.override_unknown": (
        "'{id}' is not a criterion of this rubric",
        "'{id}' không phải tiêu chí của bộ tiêu chí này",
    ),
    "rubric.sum": (
        "the maxima of content {id} add up to {total} for {type} cells, not 100",
        "tổng điểm tối đa của nội dung {id} là {total} với chi bộ {type}, không phải 100",
    ),
    "rubric.sum_all": (
        "the maxima of content {id} add up to {total}, not 100",
        "tổng điểm tối đa của nội dung {id} là {total}, không phải 100",
    ),
    "rubric.no_sheet": (
        "no score sheet named '{sheet}' under sheets:",
        "không có phiếu chấm điểm tên '{sheet}' trong sheets:",
    ),
    "rubric.sheet_sum": (
        "the items of sheet '{sheet}' add up to {total}, not 100",
        "tổng điểm các mục của phiếu '{sheet}' là {total}, không phải 100",
    ),
    "rubric.sheet_item": (
        "'{item}' is not an item of sheet '{sheet}'",
        "'{item}' không phải mục của phiếu '{sheet}'",
    ),
    "rubric.cutoffs": (
        "the cut-offs must satisfy good > fair > average",
        "các ngưỡng phải thỏa mãn tốt > khá > trung bình",
    ),
    "rubric.unknown_fact": (
        "{id}: unknown fact '{fact}'; known facts: {facts}",
        "{id}: dữ kiện không xác định '{fact}'; các dữ kiện: {facts}",
    ),
    "rubric.fact_kind": (
        "{id}: a '{kind}' rule cannot read '{fact}', which is a {type}",
        "{id}: quy tắc '{kind}' không đọc được '{fact}' (kiểu {type})",
    ),
    "rubric.minus_fact": (
        "{id}: 'minus' needs a count fact, not '{fact}'",
        "{id}: 'minus' cần một dữ kiện đếm, không phải '{fact}'",
    ),
    "rubric.band_bound": (
        "{id}: a band needs exactly one of at_least or at_most",
        "{id}: mỗi mức cần đúng một trong at_least hoặc at_most",
    ),
    "rubric.band_mixed": (
        "{id}: bands mix at_least and at_most; use one kind",
        "{id}: các mức trộn at_least và at_most; chỉ dùng một loại",
    ),
    "rubric.band_order": (
        "{id}: bands must be in {order} order without repeats",
        "{id}: các mức phải theo thứ tự {order}, không lặp",
    ),
    "rubric.descending": ("descending", "giảm dần"),
    "rubric.ascending": ("ascending", "tăng dần"),
    "rubric.percent": (
        "{id}: a percentage must be between 0 and 100",
        "{id}: tỷ lệ phải từ 0 đến 100",
    ),
    "rubric.points_max": (
        "{id}: points above the criterion's maximum of {max}",
        "{id}: số điểm vượt mức tối đa {max} của tiêu chí",
    ),
    "rubric.step_order": (
        "{id}: deadline steps must be in date order without repeats",
        "{id}: các mốc thời hạn phải theo thứ tự ngày, không lặp",
    ),
    "rubric.step_day": (
        "{id}: '{by}' is not a day of the year",
        "{id}: '{by}' không phải ngày trong năm",
    ),
    "rubric.levels": (
        "{id}: give points for exactly these levels: {levels}",
        "{id}: cần cho điểm đúng các mức: {levels}",
    ),
    # scores
    "status.met": ("met", "đạt"),
    "status.not_met": ("not met", "chưa đạt"),
    "status.incomplete": ("incomplete", "thiếu dữ liệu"),
    "state.full": ("full", "đủ điểm"),
    "state.partial": ("partial", "một phần"),
    "state.zero": ("zero", "không điểm"),
    "state.not_applicable": ("not applicable", "không áp dụng"),
    "state.missing": ("missing evidence", "thiếu căn cứ"),
    "col.cell": ("Cell", "Chi bộ"),
    "col.type": ("Type", "Loại hình"),
    "col.status": ("Status", "Kết quả"),
    "col.criterion": ("Criterion", "Tiêu chí"),
    "col.points": ("Points", "Điểm"),
    "col.why": ("Why", "Căn cứ"),
    "score.title": ("4 Good scores, {year}", "Kết quả chấm điểm Chi bộ 4 tốt năm {year}"),
    "score.caption": (
        "{total} {total:cell|cells}: {met} met, {not_met} not met, {incomplete} incomplete",
        "{total} chi bộ: {met} đạt, {not_met} chưa đạt, {incomplete} thiếu dữ liệu",
    ),
    "score.rubric": ("rubric {id} {version}", "bộ tiêu chí {id} {version}"),
    "score.short": (
        "{content} is {n} {n:point|points} short of the standard (points lost: {lost})",
        "Nội dung {content} còn thiếu {n} điểm so với chuẩn (điểm bị trừ: {lost})",
    ),
    "score.no_programme": (
        "no programme for {year}: add programme/{year}.yaml",
        "chưa có chương trình năm {year}: hãy thêm programme/{year}.yaml",
    ),
    "score.no_years": (
        "the data set has no programme yet: add programme/<year>.yaml",
        "bộ dữ liệu chưa có chương trình nào: hãy thêm programme/<năm>.yaml",
    ),
    "score.blocked": (
        "{n} {n:error|errors} in the data ({files}); fix {n:it|them} first (fourgood validate "
        "lists {n:it|them})",
        "dữ liệu có {n} lỗi ({files}); hãy sửa trước (fourgood validate liệt kê các lỗi)",
    ),
    "score.other_errors": (
        "note: {n} {n:error|errors} in other files of the data set do not affect this; "
        "fourgood validate lists them",
        "lưu ý: có {n} lỗi ở các tệp khác của bộ dữ liệu, không ảnh hưởng đến kết quả này; "
        "fourgood validate liệt kê các lỗi",
    ),
    "score.warnings": (
        "{n} {n:warning|warnings} in the data; run fourgood validate to see them",
        "dữ liệu có {n} cảnh báo; chạy fourgood validate để xem",
    ),
    "score.not_begun": (
        "{year} has not begun (today is {day}): there is nothing to score yet",
        "năm {year} chưa bắt đầu (hôm nay là {day}): chưa có gì để chấm điểm",
    ),
    "score.as_of": ("as of {day}", "tính đến ngày {day}"),
    # usage errors
    "param.not_a_date": (
        "'{value}' is not a date (YYYY-MM-DD)",
        "'{value}' không phải ngày (YYYY-MM-DD)",
    ),
    "param.not_a_month": (
        "'{value}' is not a month (YYYY-MM)",
        "'{value}' không phải tháng (YYYY-MM)",
    ),
    "param.as_of_year": ("{day} is not in {year}", "ngày {day} không thuộc năm {year}"),
    "param.unknown_cell": (
        "no cell '{cell}' in the {year} programme{hint}",
        "không có chi bộ '{cell}' trong chương trình năm {year}{hint}",
    ),
    "param.year": ("{year} is not a plausible year", "{year} không phải năm hợp lệ"),
    # the report
    "report.title": (
        "4 Good Party Cell report, {year}",
        "Báo cáo kết quả xây dựng mô hình Chi bộ 4 tốt năm {year}",
    ),
    "report.as_of": (
        "Progress as of {day}: only months that have ended are counted.",
        "Tiến độ đến ngày {day}: chỉ tính các tháng đã kết thúc.",
    ),
    "report.rubric": (
        "Rubric: {rubrics}; pass mark {mark} points per content.",
        "Bộ tiêu chí: {rubrics}; mỗi nội dung đạt từ {mark} điểm.",
    ),
    "report.organisation": (
        "The organisation in figures ({day})",
        "Tổ chức đảng trực thuộc ({day})",
    ),
    "report.programme": ("The programme", "Chương trình xây dựng mô hình"),
    "report.by_type": ("Results by cell type", "Kết quả theo loại hình chi bộ"),
    "report.by_grassroots": (
        "Results by grassroots organisation",
        "Kết quả theo tổ chức cơ sở đảng",
    ),
    "report.contents": (
        "The four contents (pass mark {mark})",
        "Bốn nội dung (đạt từ {mark} điểm)",
    ),
    "report.distribution": (
        "Content {id}: cells by points",
        "Nội dung {id}: số chi bộ theo mức điểm",
    ),
    "report.shortfalls": ("Cells that did not meet the standard", "Các chi bộ chưa đạt chuẩn"),
    "report.none_failed": (
        "Every evaluated cell met the standard.",
        "Tất cả chi bộ được đánh giá đều đạt chuẩn.",
    ),
    "report.content_short": (
        "{id}. {label}: {points} points, {short} short of the standard",
        "{id}. {label}: {points} điểm, thiếu {short} điểm so với chuẩn",
    ),
    "report.meetings": ("Meetings", "Sinh hoạt chi bộ"),
    "report.regular_held": (
        "Regular meetings held in {held} of {required} required cell-months ({pct}).",
        "Sinh hoạt thường kỳ đã tổ chức đủ {held}/{required} tháng phải sinh hoạt "
        "(cộng của các chi bộ, {pct}).",
    ),
    "report.meeting_counts": (
        "Meetings logged: {regular} regular, {thematic} thematic, {combined} combined.",
        "Số buổi sinh hoạt: {regular} thường kỳ, {thematic} chuyên đề, {combined} kết hợp.",
    ),
    "report.quarter": ("Q{q}", "Quý {q}"),
    "report.ratings_note": (
        "Ratings of regular and combined meetings (recorded, or from the score sheet).",
        "Xếp loại các buổi sinh hoạt thường kỳ và kết hợp (theo ghi nhận hoặc phiếu chấm điểm).",
    ),
    "report.unrated": ("not rated", "chưa xếp loại"),
    "report.members": ("Members", "Đảng viên"),
    "report.members_rated": (
        "{rated} of {members} members rated; {share} rated HTTNV or better.",
        "{rated}/{members} đảng viên được xếp loại; {share} đạt HTTNV trở lên.",
    ),
    "report.disciplined": (
        "Members disciplined in the year: {n}.",
        "Số đảng viên bị kỷ luật trong năm: {n}.",
    ),
    "report.classification": (
        "Classification and commendations",
        "Xếp loại chất lượng và khen thưởng",
    ),
    "report.unclassified": ("not classified", "chưa xếp loại"),
    "report.commended": (
        "Certificates of merit as exemplary 4 Good cells: {n}",
        "Giấy khen chi bộ 4 tốt tiêu biểu: {n}",
    ),
    "report.compare": ("{previous} beside {year}", "So sánh năm {previous} và năm {year}"),
    "report.htxsnv_cells": ("cells classified HTXSNV", "chi bộ xếp loại HTXSNV"),
    "report.commended_cells": ("cells commended", "chi bộ được khen"),
    "report.cells": ("All evaluated cells", "Danh sách chi bộ được đánh giá"),
    "report.print_day": ("as of {day}", "số liệu đến ngày {day}"),
    "report.page": ("page {page} of {pages}", "trang {page}/{pages}"),
    "report.cut": (
        "first {shown} of {total} rows; --format csv or html lists them all",
        "{shown}/{total} dòng đầu; dùng --format csv hoặc html để xem đủ",
    ),
    "col.figure": ("Figure", "Chỉ tiêu"),
    "col.number": ("Number", "Số lượng"),
    "col.mean_of": ("mean {id}", "điểm TB {id}"),
    "col.cells_short": ("Cells", "Số CB"),
    "col.met_short": ("Met", "Đạt"),
    "col.not_met_short": ("Not met", "Chưa đạt"),
    "col.incomplete_short": ("Incompl.", "Thiếu DL"),
    "report.means_note": (
        "{ids}: mean points of the evaluated cells",
        "{ids}: điểm trung bình của các chi bộ được đánh giá",
    ),
    "report.bands_note": (
        "Cells by points: the last columns count the cells in each band.",
        "Các cột cuối: số chi bộ theo từng khoảng điểm.",
    ),
    "report.star_note": (
        "★ certificate of merit as an exemplary 4 Good cell",
        "★ được tặng Giấy khen Chi bộ 4 tốt tiêu biểu",
    ),
    "col.grassroots": ("Grassroots organisation", "Tổ chức cơ sở đảng"),
    "col.content": ("Content", "Nội dung"),
    "col.mean": ("Mean", "Trung bình"),
    "col.reached": ("Reached", "Đạt"),
    "col.quarter": ("Quarter", "Quý"),
    "col.thematic_meetings": ("Thematic meetings", "Buổi chuyên đề"),
    "col.cells_with_thematic": ("Cells that held one", "Chi bộ có sinh hoạt chuyên đề"),
    "col.rating": ("Rating", "Xếp loại"),
    "col.meetings": ("Meetings", "Số buổi"),
    "col.members": ("Members", "Số đảng viên"),
    "col.level": ("Classification", "Xếp loại"),
    "col.cells": ("Cells", "Số chi bộ"),
    "org.grassroots": ("grassroots party organisations", "tổ chức cơ sở đảng"),
    "org.committees": ("  grassroots party committees", "  đảng bộ cơ sở"),
    "org.grassroots_cells": ("  grassroots cells", "  chi bộ cơ sở"),
    "org.sections": ("sectional party committees", "đảng bộ bộ phận"),
    "org.cells_under": ("cells under grassroots committees", "chi bộ trực thuộc đảng ủy cơ sở"),
    "org.cells": ("cells in all", "tổng số chi bộ"),
    "org.cells_of_type": ("  {type} cells", "  chi bộ {type}"),
    "org.members": ("party members", "đảng viên"),
    "org.full_members": ("  of whom full members", "  trong đó đảng viên chính thức"),
    "basis.selected": ("selected", "được chọn"),
    "basis.registered": ("registered", "tự đăng ký"),
    "basis.continuing": ("continuing", "tiếp tục"),
    "prog.selected": ("cells in the programme", "chi bộ tham gia mô hình"),
    "prog.transferred": ("transferred out during the year", "chuyển đi trong năm"),
    "prog.evaluated": ("evaluated", "được đánh giá"),
    "prog.met": ("met the 4 Good standard", "đạt chuẩn Chi bộ 4 tốt"),
    "prog.not_met": ("did not meet it", "chưa đạt chuẩn"),
    "prog.incomplete": ("incomplete data", "thiếu dữ liệu"),
    "prog.transfer": ("{name}: transferred on {day} to {to}", "{name}: chuyển ngày {day} về {to}"),
    "prog.chart": ("Evaluated cells by result", "Chi bộ được đánh giá theo kết quả"),
    "check.quota": (
        "HTXSNV cells at most {percent}% of {of}, {group}",
        "Số chi bộ HTXSNV không quá {percent}% số {of}, {group}",
    ),
    "check.of_httnv": ("those rated HTTNV", "chi bộ xếp loại HTTNV"),
    "check.of_httnv_or_better": ("those rated HTTNV or better", "chi bộ xếp loại HTTNV trở lên"),
    "check.group_bloc": ("across the bloc", "trong toàn Đảng bộ Khối"),
    "check.group_grassroots": ("in each grassroots organisation", "trong từng tổ chức cơ sở đảng"),
    "check.group_type": ("in each cell type", "trong từng loại hình"),
    "check.whole_bloc": ("the bloc", "toàn Khối"),
    "check.quota_line": (
        "{group}: {htxsnv} HTXSNV, limit {limit} ({base} counted)",
        "{group}: {htxsnv} HTXSNV, giới hạn {limit} (trên {base})",
    ),
    "check.member_quota": (
        "HTXSNV members at most {percent}% of {of}, in each grassroots organisation",
        "Số đảng viên HTXSNV không quá {percent}% số {of}, trong từng tổ chức cơ sở đảng",
    ),
    "check.of_members_httnv": ("the members rated HTTNV", "đảng viên xếp loại HTTNV"),
    "check.of_members_httnv_or_better": (
        "the members rated HTTNV or better",
        "đảng viên xếp loại HTTNV trở lên",
    ),
    "check.commended": (
        "A cell commended as an exemplary 4 Good cell met the standard",
        "Chi bộ được khen là Chi bộ 4 tốt tiêu biểu phải đạt chuẩn",
    ),
    "check.commended_not_met": (
        "{cell} was commended but did not meet the standard",
        "{cell} được khen nhưng chưa đạt chuẩn",
    ),
    # the monthly follow-up
    "follow.title": ("Monthly follow-up, {month}", "Theo dõi sinh hoạt chi bộ {month}"),
    "follow.missing": (
        "Cells without a regular meeting logged: {n} of {total}",
        "Chi bộ chưa ghi sinh hoạt thường kỳ: {n}/{total}",
    ),
    "follow.thematic": ("Thematic meetings held: {n}", "Các buổi sinh hoạt chuyên đề: {n}"),
    "col.date": ("Date", "Ngày"),
    "col.topic": ("Topic", "Chuyên đề"),
    # fourgood init
    "init.not_dir": ("exists and is not a directory", "đã tồn tại và không phải thư mục"),
    "init.not_empty": (
        "exists and is not empty; fourgood init never overwrites anything: choose a new directory",
        "đã tồn tại và không trống; fourgood init không bao giờ ghi đè: hãy chọn thư mục mới",
    ),
    "init.exists": ("already exists; not overwritten", "đã tồn tại; không ghi đè"),
    "init.done": (
        "created a data set in {path} ({n} files); next: fourgood validate {path}",
        "đã tạo bộ dữ liệu trong {path} ({n} tệp); tiếp theo: fourgood validate {path}",
    ),
    # Excel
    "xlsx.year": ("Year", "Năm"),
    "xlsx.cell": ("Cell id", "Mã chi bộ"),
    "xlsx.name": ("Cell", "Chi bộ"),
    "xlsx.type": ("Type", "Loại hình"),
    "xlsx.status": ("Status", "Kết quả"),
    "xlsx.content": ("Content", "Nội dung"),
    "xlsx.content_points": ("Content points", "Điểm nội dung"),
    "xlsx.content_met": ("Content met", "Nội dung đạt"),
    "xlsx.criterion": ("Criterion", "Tiêu chí"),
    "xlsx.label": ("Criterion label", "Tên tiêu chí"),
    "xlsx.points": ("Points", "Điểm"),
    "xlsx.max": ("Maximum", "Điểm tối đa"),
    "xlsx.state": ("State", "Tình trạng"),
    "xlsx.measured": ("Measured", "Kết quả đo"),
    "xlsx.why": ("Why", "Căn cứ"),
    "xlsx.as_of": ("As of", "Tính đến ngày"),
    "xlsx.sheet_scores": ("Scores", "Kết quả"),
    "xlsx.sheet_criteria": ("Criteria", "Tiêu chí"),
    "xlsx.sheet_overview": ("Report", "Báo cáo"),
    "xlsx.sheet_organisation": ("Organisation", "Tổ chức"),
    "xlsx.sheet_programme": ("Programme", "Chương trình"),
    "xlsx.sheet_by_type": ("By type", "Theo loại hình"),
    "xlsx.sheet_by_grassroots": ("By grassroots org", "Theo TCCS đảng"),
    "xlsx.sheet_contents": ("Contents", "Bốn nội dung"),
    "xlsx.sheet_not_met": ("Not met", "Chưa đạt"),
    "xlsx.sheet_meetings": ("Meetings", "Sinh hoạt"),
    "xlsx.sheet_members": ("Members", "Đảng viên"),
    "xlsx.sheet_classification": ("Classification", "Xếp loại"),
    "xlsx.sheet_compare": ("Previous year", "So sánh năm trước"),
    "xlsx.sheet_cells": ("Cells", "Danh sách chi bộ"),
    "xlsx.needs_output": (
        "--format xlsx writes a file: add --output FILE.xlsx",
        "--format xlsx ghi ra tệp: hãy thêm --output TỆP.xlsx",
    ),
    "xlsx.too_long": (
        "a text is longer than a spreadsheet cell holds (32,767 characters): sheet {sheet},"
        " row {row}, column {column}; shorten it in the data, or use --format json or csv",
        "một nội dung dài hơn mức một ô bảng tính chứa được (32.767 ký tự): trang {sheet},"
        " dòng {row}, cột {column}; hãy rút gọn trong dữ liệu, hoặc dùng --format json hay csv",
    ),
    "xlsx.too_wide": (
        "a row has more columns than a spreadsheet holds (16,384): sheet {sheet}, row {row};"
        " use --format json or csv",
        "một dòng có nhiều cột hơn mức bảng tính chứa được (16.384): trang {sheet}, dòng {row};"
        " hãy dùng --format json hay csv",
    ),
    # summaries
    "summary.clean": (
        "no problems in {files} {files:file|files}",
        "không có lỗi trong {files} tệp",
    ),
    "summary.counts": (
        "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} "
        "in {files} {files:file|files}",
        "{errors} lỗi, {warnings} cảnh báo trong {files} tệp",
    ),
    # explanations of points (the engine)
    "why.missing": (
        "no evidence: the data this criterion reads is not recorded",
        "không có căn cứ: chưa có dữ liệu cho tiêu chí này",
    ),
    "why.no_evidence": ("no evidence: {what}", "không có căn cứ: {what}"),
    "why.best": (
        "once recorded: up to {best} of {max} points",
        "khi ghi đủ: được tối đa {best}/{max} điểm",
    ),
    "why.no_record_file": (
        "no evidence: there is no annual record for {year} (record-{year}.yaml)",
        "không có căn cứ: chưa có hồ sơ năm {year} (record-{year}.yaml)",
    ),
    "why.no_log_file": (
        "no evidence: there is no meeting log for {year} (meetings-{year}.yaml)",
        "không có căn cứ: chưa có sổ sinh hoạt năm {year} (meetings-{year}.yaml)",
    ),
    "why.no_roster_file": (
        "no evidence: the cell has no roster (roster.yaml)",
        "không có căn cứ: chi bộ chưa có danh sách đảng viên (roster.yaml)",
    ),
    "why.not_assessed": (
        "not assessed yet: the upper committee's points are not in the annual record",
        "chưa được đánh giá: hồ sơ năm chưa có điểm của cấp ủy cấp trên",
    ),
    "measured.assessed": (
        "assessed by the upper committee: {note}",
        "cấp ủy cấp trên đánh giá: {note}",
    ),
    "why.no_meetings_logged": (
        "no evidence: the meeting log has no meeting in this period",
        "không có căn cứ: sổ sinh hoạt chưa ghi buổi nào trong kỳ",
    ),
    "why.no_programme": (
        "no inspection programme was planned",
        "không có chương trình kiểm tra, giám sát",
    ),
    "why.ratio": (
        "{missing} planned {missing:inspection|inspections} not carried out",
        "còn {missing} cuộc kiểm tra, giám sát theo kế hoạch chưa thực hiện",
    ),
    "why.late": (
        "done on {day}, after the deadline for full points ({by})",
        "thực hiện ngày {day}, sau thời hạn để đạt điểm tối đa ({by})",
    ),
    "measured.targets": ("{n} of {total} targets achieved", "đạt {n}/{total} chỉ tiêu"),
    "measured.key_tasks": (
        "{n} of {total} key tasks completed",
        "hoàn thành {n}/{total} nhiệm vụ trọng tâm",
    ),
    "measured.inspections": (
        "{n} of {total} planned inspections done",
        "thực hiện {n}/{total} cuộc kiểm tra, giám sát theo kế hoạch",
    ),
    "why.not_held": ("not held", "không tổ chức"),
    "why.not_done": ("not done", "không thực hiện"),
    "measured.date": ("on {day}", "ngày {day}"),
    "measured.not_done": ("not done", "không thực hiện"),
    "measured.months": ("meetings in {n} of {total} months", "có sinh hoạt {n}/{total} tháng"),
    "measured.quarters": (
        "thematic meetings in {n} of {total} quarters",
        "có sinh hoạt chuyên đề {n}/{total} quý",
    ),
    "measured.quality": (
        "{good} of {total} regular meetings rated good",
        "{good}/{total} buổi sinh hoạt thường kỳ đạt tốt",
    ),
    "measured.attendance": (
        "mean attendance {pct} over {n} meetings",
        "tỷ lệ dự trung bình {pct} qua {n} buổi",
    ),
    "measured.members_of": ("{n} of {total} members", "{n}/{total} đảng viên"),
    "na.no_month": ("no month of the period has ended yet", "chưa hết tháng nào trong kỳ"),
    "na.no_quarter": ("no quarter of the period has ended yet", "chưa hết quý nào trong kỳ"),
    "na.review_not_due": (
        "not due yet: the annual review is held at the end of the year",
        "chưa đến hạn: kiểm điểm tự phê bình và phê bình được tổ chức vào cuối năm",
    ),
    "why.due_by": (
        "not done yet; due by {day} for {points} points",
        "chưa thực hiện; hạn {day} để đạt {points} điểm",
    ),
    "why.target_missed": ("target not achieved: {name}", "chỉ tiêu không đạt: {name}"),
    "why.key_task": (
        "key task not completed: {name}",
        "nhiệm vụ trọng tâm chưa hoàn thành: {name}",
    ),
    "why.mass_org": ("{org} rated {rating}", "{org} xếp loại {rating}"),
    "why.incident": ("{kind} on {day}", "{kind} ngày {day}"),
    "why.no_regular": ("no regular meeting in {month}", "không sinh hoạt thường kỳ {month}"),
    "why.no_thematic": ("no thematic meeting in {quarter}", "không sinh hoạt chuyên đề {quarter}"),
    "why.no_duration": (
        "duration of the {kind} meeting on {day} not recorded",
        "chưa ghi thời lượng buổi sinh hoạt {kind} ngày {day}",
    ),
    "why.short": (
        "the {kind} meeting on {day} lasted {minutes} minutes (minimum {minimum})",
        "buổi sinh hoạt {kind} ngày {day} chỉ {minutes} phút (tối thiểu {minimum})",
    ),
    "why.no_records": (
        "minutes or conclusion not recorded for the {kind} meeting on {day}",
        "buổi sinh hoạt {kind} ngày {day} thiếu biên bản hoặc kết luận",
    ),
    "why.records_unknown": (
        "whether minutes and conclusion were recorded on {day} ({kind}) is not stated",
        "chưa ghi việc lập biên bản và kết luận buổi sinh hoạt {kind} ngày {day}",
    ),
    "why.unrated": (
        "the meeting on {day} has no rating or score sheet",
        "buổi sinh hoạt ngày {day} chưa được xếp loại hoặc chấm điểm",
    ),
    "why.rated": (
        "the meeting on {day} was rated {rating}",
        "buổi sinh hoạt ngày {day} xếp loại {rating}",
    ),
    "why.unexcused": ("{name} absent without excuse on {day}", "{name} vắng không phép ngày {day}"),
    "why.attendance": (
        "{present} of {total} present on {day}",
        "{present}/{total} đảng viên dự ngày {day}",
    ),
    "why.discipline": ("{name}: {form} on {day}", "{name}: {form} ngày {day}"),
    "why.member_rating": ("{name} rated {rating}", "{name} xếp loại {rating}"),
    "why.dues": ("{name}: dues {dues}", "{name}: đảng phí {dues}"),
    "why.no_dues": ("no dues record for {name}", "chưa ghi đảng phí của {name}"),
    "why.no_rating": (
        "no rating for the year for {name}",
        "chưa có xếp loại chất lượng năm của {name}",
    ),
    "why.not_studied": (
        "{name} did not study the new resolutions",
        "{name} chưa học tập nghị quyết mới",
    ),
    "why.no_study": (
        "no record of resolution study for {name}",
        "chưa ghi việc học tập nghị quyết của {name}",
    ),
    "why.residence": (
        "{name}: feedback from the place of residence not good",
        "{name}: nơi cư trú nhận xét chưa tốt",
    ),
    "why.no_residence": (
        "no residence feedback for {name}",
        "chưa có nhận xét nơi cư trú của {name}",
    ),
    "why.admitted": ("{name} admitted this year", "kết nạp {name} trong năm"),
    "why.no_candidates_record": (
        "the annual record does not say how many candidates were sent to the party course",
        "hồ sơ năm chưa ghi số quần chúng được cử đi học lớp cảm tình Đảng",
    ),
    "why.candidates": (
        "{n} {n:candidate|candidates} sent to the party course",
        "cử {n} quần chúng đi học lớp cảm tình Đảng",
    ),
    "why.no_recruitment": (
        "no member admitted and no candidate sent to the party course",
        "không kết nạp đảng viên và không cử quần chúng đi học",
    ),
}
