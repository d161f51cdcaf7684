"""Model instances from one plain SQL statement over several joined tables.

For the few reads every checkout request makes, building the statement costs the ORM more than
running it (measured in bench/checkout.py). `Joined` lists the models a statement selects side
by side, writes their column lists, and turns each row back into instances through the same
database converters the ORM applies (JSON, decimals, SQLite's dates), so callers get what a
`select_related` query would have given them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Model


@dataclass(frozen=True)
class Joined:
    """Models selected side by side, each under its SQL alias, in this order."""

    models: tuple[type[Model], ...]
    aliases: tuple[str, ...]
    _converters: dict = field(default_factory=dict, compare=False, repr=False)

    def table(self, model: type[Model]) -> str:
        """The quoted table name of `model` followed by its alias (for FROM and JOIN)."""
        return f"{table(model)} {self.aliases[self.models.index(model)]}"

    def columns(self) -> str:
        """The select list: every concrete column of every model, in field order."""
        quote = connection.ops.quote_name
        return ", ".join(
            f"{alias}.{quote(f.column)}"
            for model, alias in zip(self.models, self.aliases, strict=True)
            for f in model._meta.concrete_fields
        )

    def _plan(self) -> list[tuple[type[Model], list[str], int, int, list]]:
        # Per model: its slice of the row and each column's converters (per database vendor).
        plan = self._converters.get(connection.vendor)
        if plan is None:
            plan, start = [], 0
            for model, alias in zip(self.models, self.aliases, strict=True):
                fields = model._meta.concrete_fields
                converters = []
                for f in fields:
                    column = f.get_col(alias)
                    found = connection.ops.get_db_converters(column) + f.get_db_converters(
                        connection
                    )
                    converters.append((column, found))
                names = [f.attname for f in fields]
                plan.append((model, names, start, start + len(fields), converters))
                start += len(fields)
            self._converters[connection.vendor] = plan
        return plan

    def build(self, row: Sequence) -> list[Model | None]:
        """One instance per model from a row selected with `columns()`; None for a model whose
        primary key is NULL (the missing side of an outer join)."""
        instances: list[Model | None] = []
        for model, names, start, end, converters in self._plan():
            values = list(row[start:end])
            if values[names.index(model._meta.pk.attname)] is None:
                instances.append(None)
                continue
            for index, (column, found) in enumerate(converters):
                for convert in found:
                    values[index] = convert(values[index], column, connection)
            instances.append(model.from_db(connection.alias, names, values))
        return instances


def table(model: type[Model]) -> str:
    """The quoted table name of `model`."""
    return connection.ops.quote_name(model._meta.db_table)


def marks(values: Sequence) -> str:
    """Placeholders for an IN (…) list of `values`."""
    return ", ".join(["%s"] * len(values))


def lock_clause(*aliases: str) -> str:
    """FOR UPDATE of the rows under `aliases`, as far as the database can (SQLite takes no row
    locks: it serialises writers, so there is nothing to add)."""
    if not connection.features.has_select_for_update:
        return ""
    if connection.features.has_select_for_update_of:
        return f" FOR UPDATE OF {', '.join(aliases)}"
    return " FOR UPDATE"


def rows_fetch(sql: str, params: Sequence) -> list[tuple]:
    """Every row of a plain SQL statement."""
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def instances_fetch(joined: Joined, sql: str, params: Sequence) -> list[list[Model]]:
    """For each row of `sql` (which selects `joined.columns()`), its model instances."""
    return [joined.build(row) for row in rows_fetch(sql, params)]


def parent_with_children(found: list[list[Model | None]], *, attr: str) -> tuple:
    """Split the rows of a parent LEFT JOIN children read, selected as (child, parent): the
    parent (None without rows) and its children in row order, each pointing at that one parent
    through `attr`."""
    if not found:
        return None, []
    parent = found[0][1]
    children = [child for child, _parent in found if child is not None]
    for child in children:
        setattr(child, attr, parent)
    return parent, children
