"""Word documents in the Party's format: A4 and 36-HD's margins, the letterhead's two columns,
the title, numbered parts, the recipients and the signature; the same bytes for the same
document, and any text from data taken without a crash."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date

import docx

from fourgood.models.documents import DocumentSettings
from fourgood.render.document import Column, Paragraph, Part, Table, TextCell
from fourgood.render.docx import docx_bytes
from fourgood.render.office_report import report_document
from fourgood.render.office_scorecard import scorecard_docx
from tests.render.kit import HOSTILE, SETTINGS, docx_texts, walkthrough_sheet
from tests.render.sample import small_report

DAY = date(2024, 6, 30)


def _report(settings: DocumentSettings = SETTINGS, lang: str = "vi") -> bytes:
    report = small_report()
    return docx_bytes(report_document(report, settings, lang), DAY, lang)  # type: ignore[arg-type]


def test_the_page_is_a4_with_the_margins_of_36_hd() -> None:
    document = docx.Document(io.BytesIO(_report()))
    section = document.sections[0]
    sizes = (
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    )
    assert [round(s.mm) for s in sizes if s is not None] == [210, 297, 20, 20, 30, 15]
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size is not None
    assert normal.font.size.pt == 14


def test_the_letterhead_in_two_columns() -> None:
    document = docx.Document(io.BytesIO(_report()))
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "ĐẢNG BỘ TỈNH LẠNG SƠN",
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
        "*",
        "Số:        -BC/ĐU",
    ]
    assert left.paragraphs[1].runs[0].bold
    party, _, day = right.paragraphs
    assert party.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert party.runs[0].bold
    assert party.runs[0].underline
    assert day.text == "Lạng Sơn, ngày 30 tháng 6 năm 2024"
    assert day.runs[0].italic


def test_the_title_and_the_numbered_parts() -> None:
    texts = [p.text for p in docx.Document(io.BytesIO(_report())).paragraphs]
    kind = texts.index("BÁO CÁO")
    assert texts[kind + 1] == "Kết quả xây dựng mô hình “Chi bộ 4 tốt” năm 2024"
    assert "I. TÌNH HÌNH TỔ CHỨC VÀ CHI BỘ THAM GIA" in texts
    assert "II. KẾT QUẢ ĐÁNH GIÁ CHI BỘ" in texts
    assert any(t.startswith("1. ") for t in texts)
    assert texts.index("I. TÌNH HÌNH TỔ CHỨC VÀ CHI BỘ THAM GIA") > kind


def test_the_recipients_and_the_signature_at_the_foot() -> None:
    foot = docx.Document(io.BytesIO(_report())).tables[-1]
    recipients, signature = foot.rows[0].cells
    assert [p.text for p in recipients.paragraphs] == [
        "Nơi nhận:",
        "- Ban Thường vụ Tỉnh ủy,",
        "- Ban Tổ chức Tỉnh ủy,",
        "- Lưu Văn phòng.",
    ]
    lines = [p.text for p in signature.paragraphs]
    assert lines[:2] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    assert set(lines[2:-1]) == {""}  # room to sign and stamp
    assert lines[-1] == "Nguyễn Văn An"
    assert signature.paragraphs[-1].runs[0].bold


def test_the_signers_names_stand_on_one_line() -> None:
    sheet = walkthrough_sheet()
    foot = docx.Document(io.BytesIO(scorecard_docx(sheet, "vi"))).tables[-1]
    verifier, secretary = foot.rows[0].cells
    assert verifier.paragraphs[0].text == "XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN"
    assert [p.text for p in secretary.paragraphs][:2] == ["T/M CHI ỦY", "BÍ THƯ"]
    # the longer title wraps: the secretary's block is padded so the names stand level
    assert len(secretary.paragraphs) > len(verifier.paragraphs)


def test_in_english_and_with_blanks() -> None:
    texts = docx_texts(_report(DocumentSettings(), "en"))
    assert "COMMUNIST PARTY OF VIETNAM" in texts
    assert "…………, 30 June 2024" in texts
    assert "REPORT" in texts
    assert "Recipients:" in texts
    assert "ON BEHALF OF THE STANDING COMMITTEE" in texts


def test_the_same_document_gives_the_same_bytes() -> None:
    first, second = _report(), _report()
    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.namelist()[0] == "[Content_Types].xml"
    assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = docx.Document(io.BytesIO(first)).core_properties
    assert core.created == core.modified
    assert core.created is not None
    assert core.created.date() == DAY


def test_any_text_from_data_is_escaped_and_never_breaks_the_file() -> None:
    sheet = walkthrough_sheet()
    sheet = replace(sheet, card=replace(sheet.card, name=HOSTILE + "\x00\ud800"), unit=HOSTILE)
    texts = docx_texts(scorecard_docx(sheet, "vi"))
    assert "CHI BỘ \\x1b[2J<B>&\\u202e\\ufffe\\n\\x00\\ud800" in texts
    assert not [t for t in texts if "\x1b" in t or "\ufffe" in t]


def table(name: str, n: int) -> Table:
    """A one-column table of ``n`` rows: 'name 0', 'name 1', ..."""
    rows = tuple((TextCell(f"{name} {i}"),) for i in range(n))
    return Table(columns=(Column(name),), rows=rows)


def test_each_tables_rows_are_written_into_that_table_in_order() -> None:
    # A cell that reads like the mark where rows go is text, never a mark.
    lure = Table(columns=(Column("lure"),), rows=((TextCell("<?fourgood-rows 0?>"),),))
    office = report_document(small_report(), SETTINGS, "vi")
    parts = (Part("A", (table("a", 3), lure)), Part("B", (), ()), Part("C", (table("c", 1200),)))
    data = docx_bytes(replace(office, parts=parts), DAY, "vi")
    tables = [[row.cells[0].text for row in t.rows] for t in docx.Document(io.BytesIO(data)).tables]
    found = [t for t in tables if t[0] in ("a", "lure", "c")]
    assert found[0] == ["a", "a 0", "a 1", "a 2"]
    assert found[1] == ["lure", "<?fourgood-rows 0?>"]
    assert found[2] == ["c"] + [f"c {i}" for i in range(1200)]
    assert b"<?fourgood" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_last_line_before_the_signatures_keeps_with_them() -> None:
    office = report_document(small_report(), SETTINGS, "vi")

    def kept(*blocks: Paragraph | Table) -> list[str]:
        parts = (Part("A", (Paragraph("Dòng đầu"), *blocks)),)
        document = docx.Document(io.BytesIO(docx_bytes(replace(office, parts=parts), DAY, "vi")))
        return [p.text for p in document.paragraphs if p.paragraph_format.keep_with_next]

    assert kept(Paragraph("Dòng cuối")) == ["I. A", "Dòng cuối", ""]  # heading, line, spacer
    # after a table, the space under it is the last line
    assert kept(Paragraph("Dòng cuối"), table("t", 2)) == ["I. A", "", ""]
