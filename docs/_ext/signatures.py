"""Griffe extension for the documentation build: the signatures users call.

Griffe reads the source without running it, so two kinds of callables show a signature users
never call:

- attrs classes: ``@attrs.frozen`` writes ``__init__`` at import time, so the source has none
  and the reference would show ``Inspection`` with no arguments. Griffe's own dataclasses
  extension re-creates ``__init__`` for ``@dataclass`` only (attrs support is an open request
  upstream, mkdocstrings/mkdocstrings#318). Here the class is imported and its generated
  ``__init__`` read with :func:`inspect.signature`: the names (attrs' aliases), kinds
  (keyword-only), annotations (a converter's argument type, as attrs and mypy use it) and
  defaults the class really takes. A default made by a factory shows as what the factory makes
  (``()``, ``{}``) and one computed from the other fields as ``...``.
- ``@st.composite`` strategies: the source says ``inspections(draw, /, *, framework=None)
  -> Inspection``; users call ``inspections(*, framework=None)`` and get a
  ``SearchStrategy[Inspection]``. The ``draw`` parameter is dropped and the return wrapped.

Both run on the loaded package (``on_package``), so re-exported names show the same signature.
"""

from __future__ import annotations

import ast
import enum
import inspect
from typing import Any

import griffe

_ATTRS_MODULES = ("attr.", "attrs.")
_COMPOSITE = "hypothesis.strategies.composite"


def _decorator_paths(obj: griffe.Class | griffe.Function) -> list[str]:
    paths = []
    for decorator in obj.decorators:
        value = decorator.value
        if isinstance(value, griffe.ExprCall):
            value = value.function
        paths.append(value.canonical_path if isinstance(value, griffe.Expr) else str(value))
    return paths


def _expression(text: str, parent: griffe.Module | griffe.Class) -> str | griffe.Expr:
    """A type or value written as source text, as an expression resolved in ``parent``'s scope
    (so names link to their pages)."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return text
    return griffe.safe_get_expression(node, parent) or text


def _default_text(cls: type, name: str, default: object) -> str | None:
    """The default of one ``__init__`` parameter, as source text; None when it has none."""
    import attrs

    if default is inspect.Parameter.empty:
        return None
    if default is attrs.NOTHING:
        # attrs writes NOTHING where the default comes from a factory
        field = next((f for f in attrs.fields(cls) if f.alias == name), None)
        factory = getattr(field, "default", None)
        if isinstance(factory, attrs.Factory) and not factory.takes_self:  # type: ignore[arg-type]
            made = factory.factory()
            return repr(made) if made in ((), [], {}, "", frozenset()) or made is None else "..."
        return "..."
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    return repr(default)


def _annotation_text(annotation: object) -> str | None:
    if annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: griffe.ParameterKind.positional_only,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: griffe.ParameterKind.positional_or_keyword,
    inspect.Parameter.VAR_POSITIONAL: griffe.ParameterKind.var_positional,
    inspect.Parameter.KEYWORD_ONLY: griffe.ParameterKind.keyword_only,
    inspect.Parameter.VAR_KEYWORD: griffe.ParameterKind.var_keyword,
}


def attrs_init(cls: griffe.Class) -> griffe.Function | None:
    """The ``__init__`` attrs generates for ``cls``, as Griffe sees a method; None when ``cls``
    is not an attrs class or cannot be imported."""
    import attrs

    try:
        runtime = griffe.dynamic_import(cls.path)
    except ImportError:
        return None
    if not (isinstance(runtime, type) and attrs.has(runtime)):
        return None
    signature = inspect.signature(runtime.__init__)
    parameters = [
        griffe.Parameter(
            name=p.name,
            annotation=(
                None if (text := _annotation_text(p.annotation)) is None else _expression(text, cls)
            ),
            kind=_KINDS[p.kind],
            default=_default_text(runtime, p.name, p.default),
        )
        for p in signature.parameters.values()
    ]
    return griffe.Function(
        "__init__",
        lineno=cls.lineno,
        endlineno=cls.lineno,
        parent=cls,
        parameters=griffe.Parameters(*parameters),
        returns="None",
    )


def composite_signature(func: griffe.Function, decorator: str) -> None:
    """Give an ``@st.composite`` function the signature its strategy factory has.

    ``decorator`` is the decorator as written (``st.composite``): the return type is written
    with the same module name (``st.SearchStrategy[Inspection]``), as the module's other
    strategies write theirs.
    """
    parameters = list(func.parameters)
    positional = (griffe.ParameterKind.positional_only, griffe.ParameterKind.positional_or_keyword)
    if parameters and parameters[0].kind in positional:  # ``draw``, however it is written
        func.parameters = griffe.Parameters(*parameters[1:])
    if func.returns is not None and "SearchStrategy" not in str(func.returns):
        prefix = decorator.removesuffix("composite")
        func.returns = _expression(f"{prefix}SearchStrategy[{func.returns}]", func.module)


def _walk(obj: griffe.Module | griffe.Class, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if (
        isinstance(obj, griffe.Class)
        and "__init__" not in obj.members
        and any(path.startswith(_ATTRS_MODULES) for path in _decorator_paths(obj))
    ):
        init = attrs_init(obj)
        if init is not None:
            obj.set_member("__init__", init)
    for member in list(obj.members.values()):
        if member.is_alias:
            continue
        if isinstance(member, griffe.Module | griffe.Class):
            _walk(member, seen)
        elif isinstance(member, griffe.Function):
            for decorator, path in zip(member.decorators, _decorator_paths(member), strict=True):
                if path == _COMPOSITE:
                    composite_signature(member, str(decorator.value))


class Signatures(griffe.Extension):
    """Constructor signatures of attrs classes, and composite strategies as users call them."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Fix the signatures once the whole package is loaded."""
        _walk(pkg, set())
