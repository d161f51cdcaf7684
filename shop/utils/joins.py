"""One parent row and its children, in one ORM statement.

`prefetch_related` takes two statements; pages on the checkout path have statement budgets
(tests/checkout/test_statements.py), so where a page needs a parent and its children together
the ORM writes one LEFT OUTER JOIN through a `FilteredRelation` and converts the values itself.
"""

from __future__ import annotations

from django.db.models import FilteredRelation, Model, Q, QuerySet

_ALIAS = "joined_children"


def parent_with_children_get(
    queryset: QuerySet, *, relation: str, condition: Q | None = None, order_by: str = "pk"
) -> tuple[Model | None, list[Model]]:
    """The parent `queryset` selects (None when there is none) and its children through the
    reverse relation `relation` that match `condition` (lookups named from the parent, e.g.
    `Q(payments__gateway="stripe")`), ordered by `order_by` (a child field, "-" for descending);
    each child points at that one parent instance."""
    parent_model = queryset.model
    rel = parent_model._meta.get_field(relation)
    child_model = rel.related_model
    parent_names = [f.attname for f in parent_model._meta.concrete_fields]
    child_names = [f.attname for f in child_model._meta.concrete_fields]
    descending, field = order_by.startswith("-"), order_by.lstrip("-")
    # The children are sorted here, not by ORDER BY: with any ordering, Django's compiler hashes
    # every selected column to look for positional references, which costs more than sorting the
    # few rows of one parent (docs/performance.md).
    rows = (
        queryset.annotate(**{_ALIAS: FilteredRelation(relation, condition=condition or Q())})
        .order_by()
        .values_list(*parent_names, *(f"{_ALIAS}__{name}" for name in child_names))
    )
    parent, children = None, []
    split, child_pk = len(parent_names), child_names.index(child_model._meta.pk.attname)
    for row in rows:
        if parent is None:
            parent = parent_model.from_db(queryset.db, parent_names, row[:split])
        values = row[split:]
        if values[child_pk] is None:  # the parent has no child: the outer join's empty side
            continue
        child = child_model.from_db(queryset.db, child_names, values)
        setattr(child, rel.field.name, parent)
        children.append(child)
    children.sort(key=lambda child: getattr(child, field), reverse=descending)
    return parent, children


def children_with_parent(queryset: QuerySet, *, parent: str, key) -> list[Model]:
    """The rows `queryset` selects (children, with `select_related(parent)`), sorted in Python by
    `key` (no ORDER BY: see above), all pointing at one instance of their parent, as
    `parent.children.all()` would give. Where children always exist (an order's lines, a cart's
    lines) this is cheaper for the ORM to build than the outer join above."""
    children = sorted(queryset.select_related(parent).order_by(), key=key)
    for child in children[1:]:
        setattr(child, parent, getattr(children[0], parent))
    return children
