"""Demo translations made through wagtail-localize, so that each translated page tracks its source.

For a Vietnamese source page and the texts of one language (title, summary or intro, body with the
source's block structure), `page_translation_ensure`:

1. syncs the page's `TranslationSource` (segments re-extracted only when the page changed);
2. builds a throwaway copy of the source page holding the translated texts, with the source's
   StreamField block ids (`_aligned`), and extracts its segments with wagtail-localize's own
   extractor: a translated segment then has exactly the path of the source segment it translates
   (rich text: the n-th string of a block pairs with the n-th string of the source block, inline
   <b>/<i> kept inside the string);
3. stores one `StringTranslation` per source `StringSegment`, written only when it differs;
4. lets the `Translation` write the target page (`save_target`) and publishes it at once, inside
   the demo's transaction (wagtail-localize would publish on commit).

Nothing is written when the source, the strings and the live target already agree, so a second
load changes nothing. Translated slugs come from the translated title (`demo_slug`).
"""

from __future__ import annotations

import copy
import unicodedata
from collections import defaultdict

from django.utils.text import slugify
from wagtail import blocks
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor, extract_segments

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
_TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


class DemoTranslationError(ValueError):
    """A translation in the demo data does not pair with its Vietnamese source."""


def demo_slug(title: str) -> str:
    """The slug of a translated page: its title slugified, Latin letters without their marks
    (đ → d), other scripts kept as they are (Japanese, Korean and Chinese slugs stay Unicode,
    which Wagtail allows and routes)."""
    letters = []
    for char in title:
        if char in "đĐ":
            letters.append("d")
        elif "LATIN" in unicodedata.name(char, ""):
            decomposed = unicodedata.normalize("NFKD", char)
            letters.append("".join(c for c in decomposed if not unicodedata.combining(c)))
        else:
            letters.append(char)
    return slugify("".join(letters), allow_unicode=True)


# --- pairing ----------------------------------------------------------------------------------


def _aligned(block: blocks.Block, source, translated, where: str):
    """`translated` (raw data in the demo's form) in the stored form of `source` (the source
    page's raw StreamField data), with the source's block ids, so that segments extracted from
    both have the same paths."""
    if isinstance(block, blocks.StreamBlock):
        if len(source) != len(translated):
            raise DemoTranslationError(
                f"{where}: {len(source)} blocks in the source, {len(translated)} translated"
            )
        out = []
        for index, (child, item) in enumerate(zip(source, translated, strict=True)):
            kind, value = item if isinstance(item, tuple | list) else (item["type"], item["value"])
            if kind != child["type"]:
                raise DemoTranslationError(
                    f"{where}: block {index} is {child['type']!r} in the source, "
                    f"{kind!r} translated"
                )
            child_block = block.child_blocks[kind]
            value = _aligned(child_block, child["value"], value, f"{where}[{index}]")
            out.append({"type": kind, "value": value, "id": child["id"]})
        return out
    if isinstance(block, blocks.ListBlock):
        if len(source) != len(translated):
            raise DemoTranslationError(
                f"{where}: {len(source)} items in the source, {len(translated)} translated"
            )
        return [
            {
                "type": "item",
                "value": _aligned(block.child_block, child["value"], item, f"{where}[{index}]"),
                "id": child["id"],
            }
            for index, (child, item) in enumerate(zip(source, translated, strict=True))
        ]
    if isinstance(block, blocks.StructBlock):
        out = {}
        for name, child in block.child_blocks.items():
            if name in translated and source.get(name) is not None:
                out[name] = _aligned(child, source[name], translated[name], f"{where}.{name}")
            elif name in translated or isinstance(child, _TEXT_BLOCKS):
                out[name] = translated.get(name)  # a text the translation lacks stays missing
            else:
                out[name] = source.get(name)  # links, coordinates, images: the source's
        return out
    return translated


def _strings_by_path(segments) -> dict[str, list[str]]:
    strings: dict[str, list[str]] = defaultdict(list)
    for segment in segments:
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return dict(strings)


def translated_strings(page: Page, fields: dict) -> dict[str, list[str]]:
    """The translated strings of `fields` by segment path of `page` (the source): extracted by
    wagtail-localize from an unsaved copy of the page holding the translated values."""
    draft = copy.copy(page)
    for name, value in fields.items():
        if name in ("body",):
            stream_field = page._meta.get_field(name)
            source_raw = list(getattr(page, name).raw_data)
            raw = _aligned(stream_field.stream_block, source_raw, value, f"{page.slug}.{name}")
            value = stream_field.stream_block.to_python(raw)
        setattr(draft, name, value)
    return _strings_by_path(extract_segments(draft))


def stored_stream(stream_block: blocks.StreamBlock, body: list):
    """The StreamField value of a demo body ((type, value) pairs) with every child read, so that
    it is stored in Wagtail's current form, list items with ids (a child never read would be
    stored as given, and wagtail-localize skips list items without ids)."""
    value = stream_block.to_python([{"type": kind, "value": item} for kind, item in body])
    for _child in value:
        pass
    return value


def body_pairing_problems(stream_block: blocks.StreamBlock, source: list, translated: list):
    """What keeps a translated body (the demo's (type, value) list) from pairing segment for
    segment with its source body: a different block structure, or a text block whose rich text
    splits into a different number of strings. No database needed."""
    source_raw = stored_stream(stream_block, source).get_prep_value()
    try:
        raw = _aligned(stream_block, source_raw, translated, "body")
    except DemoTranslationError as error:
        return [str(error)]
    extractor = StreamFieldSegmentExtractor(None)
    wanted = _strings_by_path(extractor.handle_stream_block(stream_block.to_python(source_raw)))
    got = _strings_by_path(extractor.handle_stream_block(stream_block.to_python(raw)))
    return _mismatches(wanted, got)


def _mismatches(source: dict[str, list], translated: dict[str, list]) -> list[str]:
    problems = []
    for path in source.keys() | translated.keys():
        n, m = len(source.get(path, ())), len(translated.get(path, ()))
        if n != m:
            problems.append(f"{path}: {n} strings in the source, {m} translated")
    return sorted(problems)


# --- translating a page ------------------------------------------------------------------------


def source_sync(page: Page) -> TranslationSource:
    """The page's TranslationSource, re-extracted when the page changed since (wagtail-localize's
    "sync"). `page` is read again from the database: the source is what is stored."""
    fresh = page.specific_class.objects.get(pk=page.pk)
    source, _created = TranslationSource.update_or_create_from_instance(fresh)
    return source


def page_translation_ensure(source: TranslationSource, locale: Locale, fields: dict) -> str:
    """The translation of `source` into `locale` with the texts `fields` (title, summary/intro,
    body), made and published through wagtail-localize; CREATED, UPDATED or UNCHANGED."""
    page = source.as_instance()
    fields = {**fields, "slug": demo_slug(fields["title"])}
    strings = translated_strings(page, fields)

    segments: dict[str, list[StringSegment]] = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        segments[segment.context.path].append(segment)
    problems = _mismatches({p: list(s) for p, s in segments.items()}, strings)
    if problems:
        raise DemoTranslationError(
            f"{page.slug} ({locale.language_code}) does not pair with its source: "
            + "; ".join(problems)
        )

    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed = created or not translation.enabled
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    changed |= _strings_store(segments, strings, locale)

    target = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    outcome = CREATED if target is None else UPDATED
    if target is None or not target.live or target.has_unpublished_changes:
        changed = True
    elif not changed:
        # The source was synced after this translation was last saved.
        changed = not TranslationLog.objects.filter(
            source=source, locale=locale, created_at__gte=source.last_updated_at
        ).exists()
    if not changed:
        return UNCHANGED

    # wagtail-localize publishes on commit; the demo publishes now, inside its transaction.
    translation.save_target(publish=False)
    target = source.get_translated_instance(locale)
    wanted = find_available_slug(target.get_parent(), fields["slug"], ignore_page_id=target.pk)
    if target.slug != wanted:
        # wagtail-localize ASCII-slugifies a translated slug: "蜂蜜-ocop" would lose its
        # Japanese, so the slug the translation holds is set again.
        target.slug = wanted
        target.save()
        revision = target.save_revision(changed=False)
    else:
        revision = target.latest_revision
    revision.publish()
    return outcome


def _strings_store(
    segments: dict[str, list[StringSegment]], strings: dict[str, list[str]], locale: Locale
) -> bool:
    """One StringTranslation per source segment with the translated text; True when any was
    written."""
    wanted: dict[tuple[int, int], tuple[StringSegment, str]] = {}
    for path, path_segments in segments.items():
        for segment, data in zip(path_segments, strings[path], strict=True):
            key = (segment.string_id, segment.context_id)
            if key in wanted and wanted[key][1] != data:
                raise DemoTranslationError(
                    f"{path}: the same source string is translated two ways ({locale})"
                )
            wanted[key] = (segment, data)
    existing = {
        (st.translation_of_id, st.context_id): st
        for st in StringTranslation.objects.filter(
            locale=locale,
            context_id__in={key[1] for key in wanted},
            translation_of_id__in={key[0] for key in wanted},
        )
    }
    changed = False
    for key, (segment, data) in wanted.items():
        found = existing.get(key)
        if found is not None and found.data == data and not found.has_error:
            continue
        if found is None:
            found = StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        found.data, found.has_error, found.field_error = data, False, ""
        found.save()
        if found.has_error:
            raise DemoTranslationError(
                f"{segment.context.path} ({locale}): wagtail-localize refuses {data!r}"
            )
        changed = True
    return changed
