"""Usage errors (``cli.usage``): Typer's, Click's and pydantic's phrasings, said again in the
reader's language; the English is theirs, word for word (but a count of extra arguments in
the singular or the plural, not "argument(s)")."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "usage.try_help": ("Try {command} for help.", "Gõ {command} để xem hướng dẫn."),
    "usage.error": ("Error: {message}", "Lỗi: {message}"),
    "usage.invalid": ("Invalid value: {message}", "Giá trị không hợp lệ: {message}"),
    "usage.invalid_for": (
        "Invalid value for {option}: {message}",
        "Giá trị của {option} không hợp lệ: {message}",
    ),
    "usage.missing_option": ("Missing option {name}.", "Thiếu tùy chọn {name}."),
    "usage.missing_argument": ("Missing argument {name}.", "Thiếu tham số {name}."),
    "usage.missing_parameter": ("Missing parameter {name}.", "Thiếu tham số {name}."),
    "usage.missing_unnamed": ("Missing parameter.", "Thiếu tham số."),
    "usage.no_such_option": ("No such option: {name}", "Không có tùy chọn {name}"),
    "usage.did_you_mean": (
        "{message} (Possible options: {close})",
        "{message} (có thể ý bạn là: {close})",
    ),
    "usage.needs_value": (
        "Option {name} requires an argument.",
        "Tùy chọn {name} cần có giá trị đi kèm.",
    ),
    "usage.needs_values": (
        "Option {name} requires {n} arguments.",
        "Tùy chọn {name} cần {n} giá trị đi kèm.",
    ),
    "usage.takes_no_value": (
        "Option {name} does not take a value.",
        "Tùy chọn {name} không nhận giá trị.",
    ),
    "usage.extra": (
        "Got unexpected extra {n:argument|arguments} ({args})",
        "Thừa {n} tham số không dùng đến ({args})",
    ),
    "usage.missing_command": ("Missing command.", "Thiếu tên lệnh."),
    "usage.no_command": ("No such command {name}.", "Không có lệnh {name}."),
    "usage.close_command": (
        "No such command {name}. Did you mean {close}?",
        "Không có lệnh {name}. Có phải ý bạn là {close}?",
    ),
    "usage.not_a_choice": (
        "{value} is not one of {choices}.",
        "{value} không phải một trong các giá trị {choices}.",
    ),
    "usage.not_an_integer": ("Input should be a valid integer.", "phải là số nguyên."),
    "usage.not_a_number": ("Input should be a valid number.", "phải là một số."),
    "usage.not_valid": (
        "Value {value} is not a valid {label}.",
        "Giá trị {value} không hợp lệ ({label}).",
    ),
}
