"""Export document kinds (`ExportDocumentKind`, staff data): what a kind is called in the
reader's language, where the CN23 lists it and how many days it adds to a delivery.

Orders keep a kind's code (`OrderLine.required_document`, `OrderDocument.kind`), so a name is
looked up here when shown; kinds are read through the checkout's rule cache (checkout/cache.py),
so showing one costs no query once warm.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from checkout.cache import rules_cached
from checkout.models import Cn23Box, ExportDocumentKind
from shop.names import name_for

# The kinds Langnghe installs (migration checkout 0008, the demo): (code, Vietnamese name,
# {language: name}, CN23 box, days to obtain). Staff change or add kinds in the admin.
INSTALLED_KINDS = [
    (
        "cites_permit",
        "Giấy phép xuất khẩu CITES",
        {
            "en": "CITES export permit",
            "ja": "CITES輸出許可書",
            "ko": "CITES 수출 허가서",
            "fr": "Permis d’exportation CITES",
            "de": "CITES-Ausfuhrgenehmigung",
            "zh-hans": "CITES 出口许可证",
        },
        "licence",
        14,
    ),
    (
        "phytosanitary",
        "Giấy chứng nhận kiểm dịch thực vật",
        {
            "en": "Phytosanitary certificate",
            "ja": "植物検疫証明書",
            "ko": "식물검역증명서",
            "fr": "Certificat phytosanitaire",
            "de": "Pflanzengesundheitszeugnis",
            "zh-hans": "植物检疫证书",
        },
        "certificate",
        3,
    ),
    (
        "fda_prior_notice",
        "Thông báo trước cho FDA",
        {
            "en": "FDA prior notice",
            "ja": "FDA事前通知",
            "ko": "FDA 사전 통지",
            "fr": "Notification préalable à la FDA",
            "de": "FDA-Vorabanmeldung",
            "zh-hans": "FDA 预先通报",
        },
        "other",
        1,
    ),
]


def document_kinds_install(*, model=ExportDocumentKind) -> None:
    """Create the installed kinds that are missing (never changes one staff edited)."""
    for code, name, translations, box, days in INSTALLED_KINDS:
        model.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "name_translations": translations,
                "cn23_box": box,
                "lead_days": days,
            },
        )


def document_kinds() -> dict[str, ExportDocumentKind]:
    """Every kind by code, the slowest to obtain first."""
    return rules_cached(
        "document-kinds", (), lambda: {k.code: k for k in ExportDocumentKind.objects.all()}
    )


def document_label(kind: str) -> str:
    """A kind's name in the active language (its code when the kind is gone)."""
    found = document_kinds().get(kind)
    return name_for(obj=found) if found else kind


def document_choices() -> list[tuple[str, str]]:
    """(code, name) of every kind, for forms, in the active language."""
    return [(code, name_for(obj=kind)) for code, kind in document_kinds().items()]


def documents_lead_days(kinds: Iterable[str]) -> int:
    """The days the slowest of `kinds` takes to obtain (they are sought side by side)."""
    kinds = set(kinds)
    if not kinds:
        return 0
    known = document_kinds()
    return max((known[k].lead_days for k in kinds if k in known), default=0)


def documents_slowest_first(kinds: Iterable[str]) -> list[str]:
    """`kinds` ordered as an order line keeps one: the slowest to obtain first."""
    order = list(document_kinds())
    return sorted(set(kinds), key=lambda k: (order.index(k) if k in order else len(order), k))


def cn23_box(kind: str) -> str:
    """The CN23 box a document of `kind` goes to (comments for a kind that is gone)."""
    found = document_kinds().get(kind)
    return found.cn23_box if found else Cn23Box.OTHER


# --- uploaded scans ------------------------------------------------------------------------------

DOCUMENT_FILE_MAX_BYTES = 10 * 1024 * 1024
# What a scan may be, told by its first bytes (the name and the browser's type are the sender's
# word): (signature, extension, content type).
DOCUMENT_FILE_TYPES = (
    (b"%PDF-", "pdf", "application/pdf"),
    (b"\xff\xd8\xff", "jpg", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png", "image/png"),
)


def document_file_type(head: bytes) -> tuple[str, str] | None:
    """(extension, content type) of a file starting with `head`, or None if not allowed."""
    return next(((ext, ct) for sig, ext, ct in DOCUMENT_FILE_TYPES if head.startswith(sig)), None)


def document_file_validate(upload) -> None:
    """Refuse anything but a PDF, JPEG or PNG of at most 10 MB, whatever its name says."""
    if upload.size > DOCUMENT_FILE_MAX_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if document_file_type(head) is None:
        raise ValidationError(_("Upload the document as a PDF, JPEG or PNG file."))
