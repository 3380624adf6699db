"""Names as greetings use them: first name informally, title + family name formally."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.drafting.names import Person, parse_person

# name, title hint, expected (full, first, formal)
CASES = [
    ("Maria Lopez", None, ("Maria Lopez", "Maria", "Maria Lopez")),
    ("Dr. Maria Lopez", None, ("Maria Lopez", "Maria", "Dr. Lopez")),
    ("Maria Lopez", "Dr.", ("Maria Lopez", "Maria", "Dr. Lopez")),
    ("Maria Lopez", "dr", ("Maria Lopez", "Maria", "Dr. Lopez")),
    ("Mr. John Carter", None, ("John Carter", "John", "Mr. Carter")),
    ("Prof. Anna Berg", None, ("Anna Berg", "Anna", "Prof. Berg")),
    ("Professor Anna Berg", None, ("Anna Berg", "Anna", "Professor Berg")),
    ("Mx. Sam Rivera", None, ("Sam Rivera", "Sam", "Mx. Rivera")),
    ("Ms Priya Raman", None, ("Priya Raman", "Priya", "Ms Raman")),
    ("Dr. Lee", None, ("Lee", "Dr. Lee", "Dr. Lee")),
    ("Jordan Lee", "Engineering Manager", ("Jordan Lee", "Jordan", "Jordan Lee")),
    ("Cher", None, ("Cher", "Cher", "Cher")),
    ("李伟", None, ("李伟", "李伟", "李伟")),
    ("山田 太郎", "Dr.", ("山田 太郎", "山田 太郎", "山田 太郎")),
    ("김민준", None, ("김민준", "김민준", "김민준")),
    ("Анна Иванова", None, ("Анна Иванова", "Анна", "Анна Иванова")),
    ("Анна Иванова", "Dr.", ("Анна Иванова", "Анна", "Dr. Иванова")),
    ("محمد علي", None, ("محمد علي", "محمد", "محمد علي")),
    ("Lopez, Maria", None, ("Maria Lopez", "Maria", "Maria Lopez")),
    ('John "Jack" Carter', "Mr.", ("John Carter", "Jack", "Mr. Carter")),
    ("Maria de la Cruz", "Dr.", ("Maria de la Cruz", "Maria", "Dr. de la Cruz")),
    ("Ludwig van Beethoven", "Mr.", ("Ludwig van Beethoven", "Ludwig", "Mr. van Beethoven")),
    ("Anne-Marie Smith-Jones", "Ms.", ("Anne-Marie Smith-Jones", "Anne-Marie", "Ms. Smith-Jones")),
    ("Siobhán O'Connor", None, ("Siobhán O'Connor", "Siobhán", "Siobhán O'Connor")),
    ("Martin Luther King Jr.", "Dr.", ("Martin Luther King Jr.", "Martin", "Dr. King")),
    (
        "Juan Carlos de la Cruz III",
        None,
        ("Juan Carlos de la Cruz III", "Juan", "Juan Carlos de la Cruz III"),
    ),
    ("Anna Berg, PhD", None, ("Anna Berg", "Anna", "Dr. Berg")),
    ("Lopez, Maria, MBA", None, ("Maria Lopez", "Maria", "Maria Lopez")),
    ("J. Robert Oppenheimer", None, ("J. Robert Oppenheimer", "Robert", "J. Robert Oppenheimer")),
    ("Sir Ian McKellen", None, ("Ian McKellen", "Ian", "Sir Ian")),
    ("Dame Judi Dench", None, ("Judi Dench", "Judi", "Dame Judi")),
    ("maria lopez", None, ("maria lopez", "maria", "maria lopez")),
    ("MARIA LOPEZ", "Dr.", ("MARIA LOPEZ", "MARIA", "Dr. LOPEZ")),
    ("  Kwame   Mensah ", None, ("Kwame Mensah", "Kwame", "Kwame Mensah")),
    ("Nguyễn Thị Lan", None, ("Nguyễn Thị Lan", "Nguyễn", "Nguyễn Thị Lan")),
    ("Oluwaseun Adeyemi", "Mrs.", ("Oluwaseun Adeyemi", "Oluwaseun", "Mrs. Adeyemi")),
    ("Professor", None, ("Professor", "Professor", "Professor")),
]


@pytest.mark.parametrize(("name", "hint", "expected"), CASES)
def test_parse_person(name: str, hint: str | None, expected: tuple[str, str, str]) -> None:
    person = parse_person(name, hint)
    assert (person.full, person.first, person.formal) == expected


@pytest.mark.parametrize(
    ("name", "title", "last"),
    [
        ("Dr. Maria Lopez", "Dr.", "Lopez"),
        ("Maria de la Cruz", None, "de la Cruz"),
        ("Cher", None, None),
        ("李伟", None, None),
        ("Jordan Lee", None, "Lee"),
    ],
)
def test_title_and_last(name: str, title: str | None, last: str | None) -> None:
    person = parse_person(name)
    assert (person.title, person.last) == (title, last)


def _title_with_full_name(person: Person) -> bool:
    return person.title is not None and " " in person.full and person.formal.endswith(person.full)


@given(st.text(min_size=1, max_size=200).filter(str.strip), st.none() | st.text(max_size=20))
def test_never_raises_and_never_title_plus_full_name(name: str, hint: str | None) -> None:
    person = parse_person(name, hint)
    assert person.first.strip()
    assert person.formal.strip()
    assert person.full.strip()
    assert not _title_with_full_name(person)


_GIVEN = st.sampled_from(["Maria", "Jean-Luc", "Aiko", "Olu", "Priya", "Sam", "Zoë"])
_FAMILY = st.sampled_from(["Lopez", "de la Cruz", "Smith-Jones", "O'Brien", "van Dijk", "Nakamura"])
_TITLE = st.sampled_from(["Dr.", "Dr", "Mr.", "Mrs", "Ms.", "Mx.", "Prof."])


@given(_GIVEN, _FAMILY, _TITLE, st.booleans())
def test_formal_is_title_and_family_name(first: str, family: str, title: str, inline: bool) -> None:
    name = f"{title} {first} {family}" if inline else f"{first} {family}"
    person = parse_person(name, None if inline else title)
    assert person.first == first
    assert person.formal.endswith(family)
    assert first not in person.formal
