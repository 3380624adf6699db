"""`/problems`: a page for every problem type, where each problem's `type` URI points.

The types are the classes of the AppError hierarchy (app/errors.py), so a type the code can
answer with and its page are listed once; the words are the templates' under
templates/problems/, one per type.
"""

from dataclasses import dataclass
from functools import cache
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from markupsafe import Markup

from app.drafting.templating import TEMPLATES_DIR
from app.errors import (
    PROBLEMS_PATH,
    NotFoundError,
    problem_classes,
    problem_responses,
    type_uri,
)
from app.errors import reason_phrase as title_of

router = APIRouter(prefix=PROBLEMS_PATH.rstrip("/"), tags=["problems"])

_HTML_OK: dict[int | str, dict[str, object]] = {
    200: {"description": "An HTML page.", "content": {"text/html": {"schema": {"type": "string"}}}}
}


@dataclass(frozen=True)
class ProblemType:
    """What a page says of one type, besides its prose."""

    slug: str
    status: int
    title: str
    type_uri: str


@cache
def _environment() -> Environment:
    # HTML this time: unlike the drafts' environment, every value is escaped.
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


def _template(name: str) -> Template:
    return _environment().get_template(f"problems/{name}.html.j2")


def _types(request: Request) -> list[ProblemType]:
    public_url: str = request.app.state.settings.public_url
    return [
        ProblemType(slug, cls.status, title_of(cls.status), type_uri(public_url, slug))
        for slug, cls in sorted(problem_classes().items(), key=lambda item: item[1].status)
    ]


def _entry(problem: ProblemType) -> tuple[ProblemType, Markup, Markup]:
    # The index shows two blocks of each type's page: its name and what it means.
    page = _template(problem.slug)
    context = page.new_context({"problem": problem})
    name, meaning = ("".join(page.blocks[block](context)).strip() for block in ("name", "meaning"))
    # Rendered with autoescape on: already HTML.
    return problem, Markup(name), Markup(meaning)  # noqa: S704


@router.get(
    "",
    response_class=HTMLResponse,
    responses=_HTML_OK,
    summary="Every problem type",
    description="An HTML page listing each problem `type` the API answers with, its status "
    "and what it means; each links to its own page.",
)
def list_problem_types(request: Request) -> HTMLResponse:
    entries = [_entry(problem) for problem in _types(request)]
    return HTMLResponse(_template("index").render(entries=entries))


@router.get(
    "/{slug}",
    response_class=HTMLResponse,
    # 422: a query parameter given twice, refused before routing as on every route.
    responses={**_HTML_OK, **problem_responses(404, 422)},
    summary="One problem type",
    description="An HTML page: what the problem means, its typical causes and how to fix it. "
    "A problem's `type` is this page's URL.",
)
def get_problem_type(
    request: Request,
    slug: Annotated[str, Path(description="The tail of the problem's `type`.")],
) -> HTMLResponse:
    problem = next((known for known in _types(request) if known.slug == slug), None)
    if problem is None:
        raise NotFoundError("Problem type")
    return HTMLResponse(_template(slug).render(problem=problem))
