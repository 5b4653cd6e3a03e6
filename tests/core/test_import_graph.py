"""The import graph of ``verify_coach``, read with ``ast`` (nothing under test is imported): no cycles,
and the core never reaches up into the Qt layer.

Nodes are the modules (every ``.py`` file; a package is its ``__init__``). Edges come from:

- ``import a.b`` (to ``a.b``) and ``from a import b`` (to ``a.b`` if that is a module, else to ``a``);
  relative imports are resolved. No edge is added to the parent packages that Python runs on the way
  (``import verify_coach.core.facts`` does not count as importing ``verify_coach.core``), so a package
  ``__init__`` importing its own submodules, and submodules importing each other, are fine. A submodule
  that imports a name from its parent package (``from . import name``, ``name`` not a submodule) has an
  edge to that ``__init__``: if the ``__init__`` imports the submodule back, that is a cycle.
- imports at module level, inside functions and methods (deferred imports count: a cycle held together
  by a function-level import is still a cycle), and under ``if TYPE_CHECKING:``. TYPE_CHECKING imports
  never run, so they are left out of the cycle check, but the layer rule applies to them too.
- strings: the constant passed to ``importlib.import_module(...)`` / ``__import__(...)``, and any other
  string constant of the form ``verify_coach.x.y`` that names an existing module (the SCREENS table of
  the main window, which loads screens lazily).

The layer rule: no edge of any kind from ``verify_coach.core…`` to ``verify_coach.ui…``, PySide6,
shiboken6 (or PyQt).
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]
PACKAGE = "verify_coach"
CORE = "verify_coach.core"
FORBIDDEN_FOR_CORE = ("verify_coach.ui", "PySide6", "shiboken6", "PyQt5", "PyQt6")
RUNTIME = ("import", "deferred", "string")  # edge kinds that run; "typing" (TYPE_CHECKING) does not
_MODULE_PATH = re.compile(r"[A-Za-z_]\w*(\.\w+)+")


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    kind: str  # import (module level) | deferred (in a function) | typing (TYPE_CHECKING) | string
    line: int


@dataclass
class Graph:
    modules: dict[str, Path] = field(default_factory=dict)
    packages: set[str] = field(default_factory=set)
    edges: list[Edge] = field(default_factory=list)  # between modules of the package
    external: list[Edge] = field(default_factory=list)  # to other top-level packages (dst: the full name)

    def runtime(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {m: set() for m in self.modules}
        for e in self.edges:
            if e.kind in RUNTIME and e.src != e.dst:
                out[e.src].add(e.dst)
        return out


def _name_of(path: Path, src: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(src).with_suffix("").parts)
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts.pop()
    return ".".join(parts), is_pkg


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_import_call(call: ast.Call) -> bool:
    f = call.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return name in ("import_module", "__import__")


class _Collector:
    """Walks one module, adding its edges to the graph."""

    def __init__(self, graph: Graph, module: str, is_pkg: bool, package: str):
        self.g, self.module, self.package = graph, module, package
        self.here = module if is_pkg else module.rpartition(".")[0]  # the package relative imports start from
        self.import_strings: set[int] = set()  # ids of string constants already counted as import_module args

    def add(self, target: str, kind: str, line: int) -> None:
        if target.split(".")[0] != self.package:
            self.g.external.append(Edge(self.module, target, kind, line))
            return
        while target and target not in self.g.modules:  # ``import a.b.missing``: the longest known part
            target = target.rpartition(".")[0]
        if target:
            self.g.edges.append(Edge(self.module, target, kind, line))

    def absolute(self, level: int, module: str | None) -> str:
        if not level:
            return module or ""
        base = self.here.split(".")
        base = base[: len(base) - (level - 1)]
        return ".".join(base + ([module] if module else []))

    def visit(self, node: ast.AST, kind: str) -> None:
        if isinstance(node, ast.Import):
            for a in node.names:
                self.add(a.name, kind, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = self.absolute(node.level, node.module)
            for a in node.names:
                sub = f"{base}.{a.name}"
                self.add(sub if sub in self.g.modules else base, kind, node.lineno)
        elif isinstance(node, ast.Call) and _is_import_call(node) and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.import_strings.add(id(arg))
                name = arg.value.lstrip(".")
                target = self.absolute(len(arg.value) - len(name), name or None) if name != arg.value else name
                self.add(target, "string" if kind != "typing" else kind, node.lineno)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in self.import_strings
              and _MODULE_PATH.fullmatch(node.value) and node.value in self.g.modules):
            self.add(node.value, "string" if kind != "typing" else kind, node.lineno)
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                self.visit(child, "typing")
            for child in node.orelse:
                self.visit(child, kind)
            return
        inner = "deferred" if kind == "import" and isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) else kind
        for child in ast.iter_child_nodes(node):
            self.visit(child, inner)


def scan(src: Path = SRC, package: str = PACKAGE) -> Graph:
    """The import graph of ``src/package``."""
    g = Graph()
    files = sorted((src / package).rglob("*.py"))
    for path in files:
        name, is_pkg = _name_of(path, src)
        g.modules[name] = path
        if is_pkg:
            g.packages.add(name)
    for path in files:
        name, is_pkg = _name_of(path, src)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _Collector(g, name, is_pkg, package).visit(tree, "import")
    return g


def components(g: Graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), over the runtime edges."""
    adj = g.runtime()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(adj):
        if root in index:
            continue
        work = [(root, iter(sorted(adj[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(adj[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return sorted(out)


def a_cycle(g: Graph, comp: list[str]) -> list[str]:
    """The shortest cycle through the first module of ``comp``, as ``[a, b, ..., a]``."""
    adj, start, members = g.runtime(), comp[0], set(comp)
    prev: dict[str, str] = {}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(adj[v] & members):
            if w == start:
                path = [v]
                while path[-1] != start:
                    path.append(prev[path[-1]])
                return [*reversed(path), start]
            if w not in prev:
                prev[w] = v
                queue.append(w)
    raise AssertionError(f"no cycle in component {comp}")


def describe_cycle(g: Graph, cycle: list[str]) -> str:
    """``a → b (deferred, line 12) → a (import, line 3)``: how each step is made."""
    out = [cycle[0]]
    for a, b in zip(cycle, cycle[1:], strict=False):
        how = sorted({(e.line, e.kind) for e in g.edges if e.src == a and e.dst == b and e.kind in RUNTIME})
        out.append(f"{b} ({'; '.join(f'{k}, line {n}' for n, k in how)})")
    return " → ".join(out)


def layer_violations(g: Graph) -> list[str]:
    return sorted(
        f"{e.src} → {e.dst} ({e.kind}, line {e.line})"
        for e in g.edges + g.external
        if (e.src == CORE or e.src.startswith(CORE + "."))
        and any(e.dst == f or e.dst.startswith(f + ".") for f in FORBIDDEN_FOR_CORE)
    )


def problems(g: Graph) -> list[str]:
    cycles = [f"cycle: {describe_cycle(g, a_cycle(g, c))}" for c in components(g)]
    return cycles + [f"core reaches up: {v}" for v in layer_violations(g)]


def figures(g: Graph) -> dict[str, object]:
    """Counts for reports: modules, distinct edges (all, runtime), cycles and the modules in them."""
    comps = components(g)
    return {
        "modules": len(g.modules),
        "edges": len({(e.src, e.dst) for e in g.edges if e.src != e.dst}),
        "runtime_edges": sum(len(v) for v in g.runtime().values()),
        "edges_by_kind": {k: len({(e.src, e.dst) for e in g.edges if e.kind == k and e.src != e.dst})
                          for k in ("import", "deferred", "typing", "string")},
        "cycles": len(comps),
        "modules_in_cycles": sum(len(c) for c in comps),
        "components": comps,
        "layer_violations": layer_violations(g),
    }


# ------------------------------------------------------------------------------------------ the real code
@pytest.fixture(scope="module")
def graph() -> Graph:
    return scan()


def test_the_scan_sees_the_whole_package(graph):
    assert len(graph.modules) > 80
    edges = {(e.src, e.dst, e.kind) for e in graph.edges}
    assert ("verify_coach.core.questions.build", "verify_coach.core.questions.context", "import") in edges
    assert ("verify_coach.ui.main_window", "verify_coach.ui.screens.welcome", "string") in edges  # SCREENS
    assert any(e.dst.startswith("PySide6") for e in graph.external)


def test_no_import_cycles(graph):
    cycles = [f"{describe_cycle(graph, a_cycle(graph, c))}" for c in components(graph)]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_core_never_imports_the_qt_layer(graph):
    assert layer_violations(graph) == []


# ------------------------------------------------------------------------------- the checker can fail
def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / PACKAGE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


CLEAN = {
    "__init__.py": "",
    "core/__init__.py": "from .a import f\nfrom . import b\n",  # a package importing its submodules
    "core/a.py": "from . import b\nfrom .b import g\n\ndef f():\n    from .b import g\n    return g()\n",
    "core/b.py": "import json\n\ndef g():\n    return json.dumps(1)\n",
    "core/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .d import D\n",
    "core/d.py": "from .c import X\n",  # c -> d only for type checking: not a cycle
    "ui/__init__.py": "",
    "ui/window.py": "import importlib\nfrom PySide6.QtWidgets import QWidget\nfrom ..core import a\n"
                    "SCREENS = {'x': ('verify_coach.ui.screen', 'Screen')}\n"
                    "def load():\n    return importlib.import_module('verify_coach.ui.screen')\n",
    "ui/screen.py": "from ..core.b import g\nNAME = 'verify_coach.log'\n",  # not a module: no edge
}


def test_a_clean_graph_has_no_problems(tmp_path):
    g = scan(_tree(tmp_path, CLEAN))
    assert problems(g) == []
    edges = {(e.src, e.dst, e.kind) for e in g.edges}
    assert ("verify_coach.ui.window", "verify_coach.ui.screen", "string") in edges
    assert ("verify_coach.core.a", "verify_coach.core.b", "deferred") in edges
    assert ("verify_coach.core.c", "verify_coach.core.d", "typing") in edges
    assert not any(e.src == "verify_coach.ui.screen" and e.kind == "string" for e in g.edges)


def test_a_cycle_through_a_function_level_import_is_flagged(tmp_path):
    files = {**CLEAN, "core/b.py": "import json\n\ndef g():\n    from verify_coach.core.a import f\n    return f\n"}
    g = scan(_tree(tmp_path, files))
    assert problems(g) == ["cycle: verify_coach.core.a → verify_coach.core.b (import, line 1; import, line 2; deferred, line 5)"
                           " → verify_coach.core.a (deferred, line 4)"]


def test_a_submodule_importing_its_parent_package_that_imports_it_is_a_cycle(tmp_path):
    files = {**CLEAN, "core/b.py": "from . import f\n\ndef g():\n    return f\n"}  # f: defined via core/__init__
    g = scan(_tree(tmp_path, files))
    assert components(g) == [["verify_coach.core", "verify_coach.core.a", "verify_coach.core.b"]]


def test_core_importing_ui_by_string_or_qt_is_flagged(tmp_path):
    files = {
        **CLEAN,
        "core/e.py": "import importlib\n\ndef pdf():\n    return importlib.import_module('verify_coach.ui.screen')\n",
        "core/f.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtGui import QColor\n",
    }
    g = scan(_tree(tmp_path, files))
    assert problems(g) == [
        "core reaches up: verify_coach.core.e → verify_coach.ui.screen (string, line 4)",
        "core reaches up: verify_coach.core.f → PySide6.QtGui (typing, line 3)",
    ]
