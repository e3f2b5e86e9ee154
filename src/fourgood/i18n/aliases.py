"""Vietnamese words a secretary may write where the data wants a code, and the code meant.

fourgood's files use English codes (``good``, ``excused``, ``date``), which a Vietnamese office
worker will sometimes write in Vietnamese (``tốt``, ``có phép``, ``ngày``). These tables turn
such a word into a "did you mean" for the code; they never change what is read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from fourgood.i18n.catalog import VOCABULARY

_EXTRA_VALUES: dict[str, str] = {
    # absences, meetings
    "có phép": "excused", "vắng có phép": "excused", "có lý do": "excused",
    "không phép": "unexcused", "vắng không phép": "unexcused", "không lý do": "unexcused",
    "sinh hoạt thường kỳ": "regular", "sinh hoạt chuyên đề": "thematic",
    "thường kì": "regular", "chuyên đề và thường kỳ": "combined",
    # people
    "nam": "male", "nữ": "female",
    "bí thư": "secretary", "phó bí thư": "deputy", "chi ủy viên": "committee",
    "chi ủy": "committee", "cấp ủy viên": "committee", "đảng viên": "member",
    # the programme
    "được chọn": "selected", "chọn": "selected", "tự đăng ký": "registered",
    "đăng ký": "registered", "tiếp tục": "continuing",
    # dues, feedback, booleans
    "đầy đủ": "in_full", "đúng hạn": "in_full", "đóng đủ": "in_full",
    "chậm": "late", "đóng chậm": "late", "thiếu": "short", "chưa đủ": "short",
    "tốt": "good", "chưa tốt": "not_good", "không tốt": "not_good",
    "có": "true", "đúng": "true", "rồi": "true", "đã": "true",
    "không": "false", "chưa": "false", "sai": "false",
    # ratings written out
    "hoàn thành xuất sắc nhiệm vụ": "HTXSNV", "hoàn thành tốt nhiệm vụ": "HTTNV",
    "hoàn thành nhiệm vụ": "HTNV", "không hoàn thành nhiệm vụ": "KHTNV",
    "sự nghiệp": "public_service", "đơn vị sự nghiệp công lập": "public_service",
}  # fmt: skip

KEY_ALIASES: dict[str, str] = {
    "ngày": "date", "ngày họp": "date", "ngày sinh hoạt": "date",
    "loại": "kind", "hình thức": "kind", "loại hình": "type",
    "chủ đề": "topic", "nội dung": "topic", "chuyên đề": "topic",
    "thời lượng": "duration", "thời gian": "duration", "số phút": "duration",
    "vắng": "absent", "vắng mặt": "absent", "xếp loại": "rating", "phiếu chấm điểm": "sheet",
    "biên bản": "minutes_recorded", "kết luận": "conclusion_recorded",
    "mã": "id", "mã số": "id", "họ tên": "name", "họ và tên": "name", "tên": "name",
    "giới tính": "sex", "ngày sinh": "born", "năm sinh": "born",
    "ngày vào đảng": "admitted", "ngày kết nạp": "admitted",
    "ngày chính thức": "full_member", "chính thức": "full_member",
    "chức vụ": "role", "chuyển đến": "transferred_in", "chuyển đi": "transferred_out",
    "miễn sinh hoạt": "exempt", "kỷ luật": "discipline", "năm": "years",
    "đảng phí": "dues", "học tập nghị quyết": "studied",
    "nhận xét nơi cư trú": "residence_feedback",
    "điểm": "points", "ghi chú": "note", "lý do": "reason", "từ": "from", "đến": "to",
    "quyết định": "decision", "đơn vị cấp trên": "parent", "cấp trên": "parent",
    "chi bộ": "cell", "tham gia": "joined",
}  # fmt: skip
"""Vietnamese names of keys, by the key they mean."""


def normalise(text: str) -> str:
    """Text as compared here: NFC, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def without_marks(text: str) -> str:
    """Text without its Vietnamese marks (``đ`` as ``d``), for words typed without them."""
    decomposed = unicodedata.normalize("NFD", normalise(text).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _value_table() -> dict[str, str]:
    table = {
        normalise(label[1]): code for words in VOCABULARY.values() for code, label in words.items()
    }
    table.update({normalise(word): code for word, code in _EXTRA_VALUES.items()})
    return table


VALUE_ALIASES = _value_table()
"""Vietnamese words for values (labels of the vocabulary and common ways of writing them)."""


def _match(text: str, table: dict[str, str], options: Iterable[str]) -> str | None:
    allowed = {str(o) for o in options}
    found = table.get(normalise(text))
    if found in allowed:
        return found
    bare = without_marks(text)
    matches = {
        code for word, code in table.items() if without_marks(word) == bare and code in allowed
    }
    return matches.pop() if len(matches) == 1 else None


def code_for(value: object, options: Iterable[str]) -> str | None:
    """The code among ``options`` a value means: the same word in another case, or its
    Vietnamese name."""
    if not isinstance(value, str):
        return None
    allowed = [str(o) for o in options]
    same = [o for o in allowed if o.casefold() == normalise(value)]
    if same:
        return same[0]
    return _match(value, VALUE_ALIASES, allowed)


def key_for(key: object, allowed: Iterable[str]) -> str | None:
    """The key among ``allowed`` a Vietnamese key name means."""
    return _match(key, KEY_ALIASES, allowed) if isinstance(key, str) else None
