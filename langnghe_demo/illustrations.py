"""The demo's pictures: flat illustrations drawn here with Pillow, so the demo ships no photo it
may not redistribute (docs/decisions.md, "Demo images").

Each product gets two or three 1600×1200 views in its category's palette (the object, a close-up
of its pattern, the object on its pattern); each producer a square placeholder portrait: a
monogram over a village landscape, never a likeness of a person. Drawing is deterministic (a
seed per slug), and `step_images` stores them as Wagtail images in the producer's collection
only where the product or producer has none yet, so a second load creates nothing.
"""

from __future__ import annotations

import io
import random
import unicodedata
from collections import Counter

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from langnghe_demo.context import CREATED, UNCHANGED, DemoContext
from shop.collections import producer_collection
from shop.models import ProductImage

SIZE = (1600, 1200)
PORTRAIT_SIZE = (1200, 1200)
JPEG_QUALITY = 82

# category slug (or its parent's): background, surface, object, accent, detail
PALETTES: dict[str, tuple[str, ...]] = {
    "gom-su": ("#f3ede1", "#d9cbb2", "#fbf8f1", "#1f4e8c", "#7fa6d6"),
    "may-tre-dan": ("#efe4cc", "#b98c4f", "#d8b57a", "#8a5a2b", "#f5e6c4"),
    "son-mai": ("#2a1a14", "#4a2a1c", "#a3211b", "#d4a73a", "#f1e3c0"),
    "lua-det-may": ("#f6eef2", "#e2c8d4", "#c2456a", "#f2c14e", "#fff7f0"),
    "do-go": ("#efe6d8", "#c9a27a", "#8b5a33", "#5a3a20", "#e2b77d"),
    "trai-cay-say": ("#fbf1e4", "#e9c9a3", "#b3322d", "#6b8e23", "#f4d6b0"),
    "mat-ong": ("#fff6df", "#f0d089", "#e39b17", "#8a5a00", "#fff1b8"),
    "tra": ("#eef3e6", "#c6d7ae", "#3f6b2a", "#8fb45e", "#f7f3e3"),
    "thao-duoc-my-pham": ("#eef4ef", "#cfe0d2", "#2f6f57", "#a7c957", "#fdfcf5"),
    "tram-huong-nhang": ("#f1ece6", "#cdbfb2", "#6b3e2e", "#b4553a", "#e8dccf"),
}
DEFAULT_PALETTE = PALETTES["gom-su"]
MOTIFS = {
    "gom-su": "bowl",
    "may-tre-dan": "basket",
    "son-mai": "box",
    "lua-det-may": "silk",
    "do-go": "carving",
    "trai-cay-say": "lychee",
    "mat-ong": "jar",
    "tra": "tea",
    "thao-duoc-my-pham": "bottle",
    "tram-huong-nhang": "incense",
}
VIEWS = ("object", "pattern", "scene")


# --- drawing ------------------------------------------------------------------------------------


def _pattern(draw: ImageDraw.ImageDraw, box, motif: str, palette, rng: random.Random) -> None:
    """The category's surface pattern over `box` (weave, waves, dots, rings, leaves …)."""
    x0, y0, x1, y1 = box
    _bg, surface, obj, accent, detail = palette
    step = rng.choice((60, 80, 100))
    if motif == "basket":
        for y in range(y0, y1, step):
            for x in range(x0, x1, step):
                horizontal = ((x - x0) // step + (y - y0) // step) % 2
                inset = step // 8
                if horizontal:
                    draw.rounded_rectangle(
                        (x, y + inset, x + step, y + step - inset), step // 4, fill=obj
                    )
                else:
                    draw.rounded_rectangle(
                        (x + inset, y, x + step - inset, y + step), step // 4, fill=accent
                    )
    elif motif in ("silk", "tea", "bottle"):
        for index, y in enumerate(range(y0 - step, y1 + step, step // 2)):
            points = [
                (x, y + int(step / 3 * ((x // 40 + index) % 4 in (1, 2))))
                for x in range(x0, x1 + 40, 40)
            ]
            draw.line(points, fill=(accent if index % 2 else detail), width=step // 6)
    elif motif in ("carving", "incense"):
        cx, cy = rng.randint(x0, x1), rng.randint(y0, y1)
        for radius in range(step // 2, max(x1 - x0, y1 - y0) * 2, step // 2):
            draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=obj, width=8)
    else:  # bowl, box, lychee, jar: dots and small flowers
        for y in range(y0, y1, step):
            for x in range(x0 + (y // step % 2) * step // 2, x1, step):
                r = step // 6
                draw.ellipse((x - r, y - r, x + r, y + r), fill=accent)
                draw.ellipse((x - r // 3, y - r // 3, x + r // 3, y + r // 3), fill=detail)


def _object(draw: ImageDraw.ImageDraw, center, scale: float, motif: str, palette) -> None:
    """The product drawn flat: a glazed bowl, a basket, a lacquer box, a honey jar …"""
    _bg, surface, obj, accent, detail = palette
    cx, cy = center

    def s(value: float) -> int:
        return int(value * scale)

    shadow = (cx - s(360), cy + s(250), cx + s(360), cy + s(330))
    draw.ellipse(shadow, fill=surface)
    if motif == "bowl":
        draw.chord((cx - s(380), cy - s(320), cx + s(380), cy + s(320)), 0, 180, fill=obj)
        draw.ellipse((cx - s(380), cy - s(70), cx + s(380), cy + s(70)), fill=detail)
        draw.ellipse((cx - s(350), cy - s(50), cx + s(350), cy + s(50)), fill=obj)
        for i in range(-3, 4):
            x = cx + s(90 * i)
            draw.ellipse((x - s(28), cy + s(120), x + s(28), cy + s(176)), fill=accent)
        draw.rectangle((cx - s(120), cy + s(300), cx + s(120), cy + s(330)), fill=accent)
    elif motif == "basket":
        draw.rounded_rectangle(
            (cx - s(340), cy - s(180), cx + s(340), cy + s(300)), s(60), fill=obj
        )
        for i in range(6):
            y = cy - s(150) + s(75 * i)
            draw.line((cx - s(330), y, cx + s(330), y), fill=accent, width=s(18))
        draw.arc((cx - s(260), cy - s(460), cx + s(260), cy + s(60)), 180, 360, accent, s(30))
    elif motif == "box":
        draw.rounded_rectangle(
            (cx - s(380), cy - s(120), cx + s(380), cy + s(300)), s(24), fill=obj
        )
        draw.rounded_rectangle((cx - s(400), cy - s(220), cx + s(400), cy - s(80)), s(24), fill=obj)
        draw.line((cx - s(400), cy - s(80), cx + s(400), cy - s(80)), fill=accent, width=s(10))
        for i in range(-2, 3):
            x = cx + s(140 * i)
            draw.regular_polygon((x, cy + s(100), s(46)), 6, fill=detail)
        draw.ellipse((cx - s(40), cy - s(170), cx + s(40), cy - s(130)), fill=accent)
    elif motif == "silk":
        for i in range(5):
            top = cy - s(260) + s(90 * i)
            fill = (obj, accent, detail)[i % 3]
            draw.rounded_rectangle((cx - s(380), top, cx + s(380), top + s(110)), s(50), fill=fill)
    elif motif == "carving":
        draw.ellipse((cx - s(150), cy - s(420), cx + s(150), cy - s(140)), fill=obj)
        draw.rounded_rectangle(
            (cx - s(230), cy - s(160), cx + s(230), cy + s(300)), s(120), fill=obj
        )
        draw.ellipse((cx - s(90), cy - s(330), cx - s(40), cy - s(280)), fill=detail)
        draw.ellipse((cx + s(40), cy - s(330), cx + s(90), cy - s(280)), fill=detail)
        draw.arc((cx - s(170), cy - s(120), cx + s(170), cy + s(160)), 20, 160, accent, s(16))
    elif motif == "lychee":
        for dx, dy in ((-190, 60), (170, 80), (0, -120), (-20, 200), (260, -100)):
            x, y = cx + s(dx), cy + s(dy)
            draw.ellipse((x - s(130), y - s(130), x + s(130), y + s(130)), fill=obj)
            for k in range(-2, 3):
                seed_x, seed_y = x + s(40 * k), y - s(50)
                dot = (seed_x - s(8), seed_y - s(8), seed_x + s(8), seed_y + s(8))
                draw.ellipse(dot, fill=detail)
        draw.polygon(
            [(cx, cy - s(250)), (cx + s(140), cy - s(380)), (cx + s(60), cy - s(230))], fill=accent
        )
    elif motif == "jar":
        draw.rounded_rectangle(
            (cx - s(250), cy - s(230), cx + s(250), cy + s(300)), s(90), fill=obj
        )
        draw.rectangle((cx - s(180), cy - s(330), cx + s(180), cy - s(230)), fill=accent)
        draw.rounded_rectangle(
            (cx - s(170), cy - s(60), cx + s(170), cy + s(150)), s(20), fill=detail
        )
        draw.regular_polygon((cx, cy + s(45), s(70)), 6, fill=obj)
    elif motif == "tea":
        draw.rounded_rectangle(
            (cx - s(220), cy - s(80), cx + s(220), cy + s(280)), s(110), fill=detail
        )
        draw.ellipse((cx - s(230), cy - s(120), cx + s(230), cy - s(40)), fill=obj)
        draw.arc((cx + s(170), cy - s(20), cx + s(340), cy + s(170)), 270, 90, detail, s(34))
        for dx in (-300, 320):
            draw.ellipse(
                (cx + s(dx) - s(70), cy - s(340), cx + s(dx) + s(70), cy - s(140)), fill=accent
            )
    elif motif == "bottle":
        draw.rounded_rectangle(
            (cx - s(170), cy - s(230), cx + s(170), cy + s(300)), s(60), fill=obj
        )
        draw.rectangle((cx - s(60), cy - s(360), cx + s(60), cy - s(230)), fill=accent)
        draw.rounded_rectangle(
            (cx - s(120), cy - s(40), cx + s(120), cy + s(160)), s(16), fill=detail
        )
        for dx, tilt in ((-330, -1), (330, 1)):
            x = cx + s(dx)
            draw.ellipse((x - s(60), cy - s(120), x + s(60), cy + s(120)), fill=accent)
            draw.line((x, cy + s(120), x - s(30 * tilt), cy + s(300)), fill=obj, width=s(12))
    else:  # incense
        draw.rounded_rectangle(
            (cx - s(260), cy + s(120), cx + s(260), cy + s(300)), s(40), fill=obj
        )
        for i in range(-3, 4):
            x = cx + s(60 * i)
            draw.line((x, cy + s(130), x + s(20 * i), cy - s(330)), fill=accent, width=s(10))
            draw.arc(
                (x - s(60), cy - s(520), x + s(60), cy - s(330)), 90, 270, detail, max(2, s(6))
            )


def product_illustration(*, seed: str, category: str, view: int) -> bytes:
    """A 1600×1200 JPEG of one view of a product (0: the object, 1: its pattern, 2: the object
    on its pattern), the same bytes for the same arguments."""
    rng = random.Random(f"{seed}:{view}")  # noqa: S311 - a drawing's seed, not a secret
    palette = PALETTES.get(category, DEFAULT_PALETTE)
    motif = MOTIFS.get(category, "bowl")
    picture = PILImage.new("RGB", SIZE, palette[0])
    draw = ImageDraw.Draw(picture)
    width, height = SIZE
    if view == 1:
        _pattern(draw, (0, 0, width, height), motif, palette, rng)
    elif view == 2:
        _pattern(draw, (0, 0, width, height), motif, palette, rng)
        draw.rounded_rectangle((300, 200, 1300, 1000), 60, fill=palette[0])
        _object(draw, (width // 2, height // 2 + 20), 0.9, motif, palette)
    else:
        draw.rectangle((0, int(height * 0.68), width, height), fill=palette[1])
        _object(draw, (width // 2 + rng.randint(-60, 60), height // 2), 1.25, motif, palette)
    return _jpeg(picture)


def _initials(name: str, words: int = 2) -> str:
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    letters = [word[0] for word in plain.split() if word[:1].isalpha()]
    return "".join(letters[-words:]).upper()


def producer_portrait(*, seed: str, name: str, category: str) -> bytes:
    """A square placeholder portrait: the producer's initials in a medallion over hills, a
    river and the sun, in its main category's palette."""
    rng = random.Random(seed)  # noqa: S311 - a drawing's seed, not a secret
    background, surface, obj, accent, detail = PALETTES.get(category, DEFAULT_PALETTE)
    width, height = PORTRAIT_SIZE
    picture = PILImage.new("RGB", PORTRAIT_SIZE, background)
    draw = ImageDraw.Draw(picture)
    sun = rng.randint(200, width - 200)
    draw.ellipse((sun - 110, 140, sun + 110, 360), fill=detail)
    for layer, fill in enumerate((surface, accent, obj)):
        base = 640 + layer * 150
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base - rng.randint(0, 160 - layer * 40)))
        points.append((width, height))
        draw.polygon(points, fill=fill)
    medallion = (width // 2 - 260, 300, width // 2 + 260, 820)
    draw.ellipse(medallion, fill=background, outline=accent, width=18)
    font = ImageFont.load_default(size=230)
    draw.text((width // 2, 560), _initials(name), font=font, fill=accent, anchor="mm")
    return _jpeg(picture)


def _jpeg(picture: PILImage.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


# --- the load_demo step ------------------------------------------------------------------------


def views_of(slug: str) -> int:
    """How many views a product gets: two or three, by its slug."""
    return 2 + random.Random(slug).randint(0, 1)  # noqa: S311 - not a secret


def _stored(*, data: bytes, name: str, title: str, alt: str, collection):
    image = get_image_model()(
        title=title,
        description=alt,
        collection=collection,
        file=ImageFile(io.BytesIO(data), name=name),
    )
    image._set_image_file_metadata()
    image.save()
    return image


def _category_slug(category) -> str:
    return (category.parent or category).slug if category.slug not in PALETTES else category.slug


def step_images(ctx: DemoContext) -> None:
    """Two or three illustrations per product (the first is its card image) and a portrait per
    producer, in the producer's collection; only what is missing is drawn."""
    tally = ctx.tallies.setdefault("Images", Counter())
    for product in ctx.products.values():
        have = set(product.images.values_list("sort_order", flat=True))
        collection = producer_collection(producer=product.producer)
        category = _category_slug(product.category)
        for view in range(views_of(product.slug)):
            if view in have:
                tally[UNCHANGED] += 1
                continue
            image = _stored(
                data=product_illustration(seed=product.slug, category=category, view=view),
                name=f"demo-{product.slug}-{view + 1}.jpg",
                title=f"{product.name_vi} ({VIEWS[view]})",
                alt=product.name_vi,
                collection=collection,
            )
            ProductImage.objects.create(product=product, image=image, sort_order=view)
            tally[CREATED] += 1
    for producer in ctx.producers.values():
        if producer.portrait_id:
            tally[UNCHANGED] += 1
            continue
        first = producer.products.select_related("category__parent").order_by("pk").first()
        producer.portrait = _stored(
            data=producer_portrait(
                seed=producer.slug,
                name=producer.name,
                category=_category_slug(first.category) if first else "",
            ),
            name=f"demo-{producer.slug}-portrait.jpg",
            title=producer.name,
            alt=producer.name,
            collection=producer_collection(producer=producer),
        )
        producer.save(update_fields=["portrait"])
        tally[CREATED] += 1
