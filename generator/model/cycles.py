"""Models that refer to each other in a cycle cannot import each other at run time.

``A`` has a field of type ``B`` and ``B`` one of type ``list[A]``: with one module per
model, importing either module first fails (a circular import). Such imports are moved
under ``if TYPE_CHECKING:`` (``ObjectModel.deferred_imports``), and ``models/__init__.py``
completes those classes once all of them exist. Imports outside a cycle stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model.types import ObjectModel


def defer_cyclic_imports(models: tuple[ObjectModel, ...]) -> tuple[ObjectModel, ...]:
    names = {model.class_name for model in models}
    graph: dict[str, list[str]] = {
        model.class_name: sorted(
            i.name for i in model.imports if i.module.startswith(".") and i.name in names
        )
        for model in models
    }
    component = _strong_components(graph)
    result = []
    for model in models:
        group = component[model.class_name]
        deferred = tuple(
            i
            for i in model.imports
            if i.module.startswith(".")
            and i.name != model.class_name
            and component.get(i.name) == group
        )
        if deferred:
            kept = tuple(i for i in model.imports if i not in deferred)
            model = replace(model, imports=kept, deferred_imports=deferred)
        result.append(model)
    return tuple(result)


def _strong_components(graph: dict[str, list[str]]) -> dict[str, int]:
    """Tarjan's algorithm, iterative (specs have chains of thousands of models)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    component: dict[str, int] = {}
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child_index = work.pop()
            if child_index == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph.get(node, [])
            if child_index < len(children):
                work.append((node, child_index + 1))
                child = children[child_index]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = index[node]
                    if member == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component
