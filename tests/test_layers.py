"""Where code may reach the database. import-linter (make lint) checks the package layers;
these check what it cannot see: that SQL is built only in app/repository, and that the
repository's one import for services lists every query the modules define."""

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import app.repository
from app import repository

APP = Path(app.repository.__file__).parents[1]
# Statement builders: whoever calls these builds SQL.
_SQL_BUILDERS = {"select", "insert", "update", "delete", "text", "exec", "execute", "get"}
# The modules that own a connection or the schema: the engine, migrations, the repository.
_MAY_BUILD_SQL = ("repository/", "db.py", "migrate.py")


def _sql_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        # sa.select(…), sqlmodel.select(…), session.exec(…), session.get(Model, …)
        if isinstance(function, ast.Attribute) and function.attr in _SQL_BUILDERS:
            owner = function.value
            owner_name = owner.id if isinstance(owner, ast.Name) else ""
            if owner_name in {"sa", "sqlalchemy", "session", "connection"}:
                found.append(f"{path.relative_to(APP)}:{node.lineno} {owner_name}.{function.attr}")
        if isinstance(function, ast.Name) and function.id in {"select", "col"}:
            found.append(f"{path.relative_to(APP)}:{node.lineno} {function.id}")
    return found


def test_only_the_repository_builds_sql() -> None:
    outside = [
        call
        for path in sorted(APP.rglob("*.py"))
        if not str(path.relative_to(APP)).startswith(_MAY_BUILD_SQL)
        for call in _sql_calls(path)
    ]
    assert outside == []


def test_the_repository_lists_every_query_its_modules_define() -> None:
    exported = set(repository.__all__)
    defined = {
        name
        for module_info in pkgutil.iter_modules(repository.__path__)
        if module_info.name != "scope"  # the scope helpers stay inside the package
        for name, value in vars(
            importlib.import_module(f"app.repository.{module_info.name}")
        ).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == f"app.repository.{module_info.name}"
    }
    assert defined - exported == set()
    assert exported - defined == set()
