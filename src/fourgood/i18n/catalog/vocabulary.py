"""The labels of the closed vocabularies' words, in English and Vietnamese."""

from __future__ import annotations

from fourgood.i18n.lang import Lang

VOCABULARY: dict[str, dict[str, tuple[str, str]]] = {
    "cell_type": {
        "agency": ("agency", "cơ quan"),
        "public_service": ("public service unit", "đơn vị sự nghiệp"),
        "enterprise": ("enterprise", "doanh nghiệp"),
    },
    "rating": {
        "HTXSNV": ("HTXSNV", "HTXSNV"),
        "HTTNV": ("HTTNV", "HTTNV"),
        "HTNV": ("HTNV", "HTNV"),
        "KHTNV": ("KHTNV", "KHTNV"),
    },
    "meeting_kind": {
        "regular": ("regular", "thường kỳ"),
        "thematic": ("thematic", "chuyên đề"),
        "combined": ("combined", "kết hợp"),
    },
    "mass_org": {
        "trade_union": ("the trade union", "Công đoàn"),
        "youth_union": ("the youth union", "Đoàn Thanh niên"),
        "women_union": ("the women's union", "Hội Phụ nữ"),
        "veterans_association": ("the veterans' association", "Hội Cựu chiến binh"),
    },
    "incident": {
        "breach_of_law": ("a breach of law", "vi phạm pháp luật"),
        "complaint_past_level": ("a complaint sent past the proper level", "đơn thư vượt cấp"),
    },
    "discipline": {
        "reprimand": ("reprimand", "khiển trách"),
        "warning": ("warning", "cảnh cáo"),
        "dismissal": ("dismissal", "cách chức"),
        "expulsion": ("expulsion", "khai trừ"),
    },
    "dues": {
        "in_full": ("paid in full and on time", "đóng đầy đủ, đúng hạn"),
        "late": ("paid late", "đóng chậm"),
        "short": ("not paid in full", "đóng chưa đủ"),
    },
    "unit": {
        "committee": ("grassroots committee", "đảng bộ cơ sở"),
        "section": ("sectional committee", "đảng bộ bộ phận"),
        "cell": ("cell", "chi bộ"),
    },
    "ending": {
        "transferred": ("transferred out", "chuyển đi"),
        "merged": ("merged into another unit", "sáp nhập vào đơn vị khác"),
        "dissolved": ("dissolved", "giải thể"),
    },
    "meeting_rating": {
        "good": ("good", "tốt"),
        "fair": ("fair", "khá"),
        "average": ("average", "trung bình"),
        "poor": ("poor", "kém"),
    },
}


def choice_label(vocabulary: str, value: str, lang: Lang) -> str:
    """The label of a vocabulary word in the given language (the word itself if unknown)."""
    labels = VOCABULARY.get(vocabulary, {}).get(value)
    if labels is None:
        return value
    return labels[1] if lang == "vi" else labels[0]
