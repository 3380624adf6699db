"""Print the import graph between app's packages: `python bench/import_graph.py [app dir]`.

A package is `app.<name>` for a directory under app/ (app.api, app.services, …) and the module
itself for a top-level file (app.cli, app.models, …). Each edge `a -> b  (n)` counts the import
statements in a's modules that name something in b, with the importing modules listed; edges
inside one package are left out, except between routers (app.api.<x> -> app.api.<y>), which
must not import each other. Imports under `if TYPE_CHECKING:` count too: the arrow is the
same. Read with `ast`, so nothing is imported and the script runs without the venv.
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_of(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 else module


def imported(tree: ast.AST, module: str, is_package: bool) -> list[str]:
    """Every app module named by an import in `tree` (relative imports resolved)."""
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from app import repository` names the package app.repository.
            names += [f"{base}.{alias.name}" for alias in node.names] if base == "app" else [base]
    return [name for name in names if name == "app" or name.startswith("app.")]


def graph(root: Path) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], int]]:
    importers: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    modules = {module_name(path, root) for path in root.rglob("*.py")}
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target in imported(tree, module, path.name == "__init__.py"):
            # `from app.x import name` names a module when app.x.name is one.
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            source_package, target_package = package_of(module), package_of(target)
            if source_package != target_package:
                edge = (source_package, target_package)
            elif source_package == "app.api" and module != target and target != "app.api":
                edge = (module, target)
            else:
                continue
            importers[edge].add(module)
            counts[edge] += 1
    return importers, counts


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "app").resolve()
    importers, counts = graph(root)
    for source, target in sorted(counts):
        by = ", ".join(sorted(importers[(source, target)]))
        print(f"{source} -> {target}  ({counts[(source, target)]})  by {by}")


if __name__ == "__main__":
    main()
