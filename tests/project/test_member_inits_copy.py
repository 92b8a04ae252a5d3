"""Moving members' computed initial values into a class's hidden method
(syntax/member_inits.py) leaves the parsed files as they were. A project keeps its parsed
files between links, and the linked program shares their nodes; the link moves into the
hidden method a member whose class another file declares (`m_p is CPart`, built in its
place), which used to rewrite the parsed file's class, member line and hidden method in
place, where every later link and the compiler's Facts (kept by a body's identity) would
read them. English and French."""
from __future__ import annotations

import io

import pytest

from wlinterp.compiler.program import compile_program
from wlinterp.engine import load_stdlib, run_compiled
from wlinterp.project.linker import link, parse_file
from wlinterp.project.sources import SourceFile
from wlinterp.runtime.state import Runtime
from wlinterp.semantics.facts import facts, forget_facts
from wlinterp.syntax import nodes as N
from wlinterp.syntax.words import MEMBER_INIT

PART = {"en": "CPart is a Class\n    m_k is int = 7\nEND\n",
        "fr": "CPièce est une Classe\n    m_k est un entier = 7\nFIN\n"}
BOX = {"en": "CBox is a Class\n    m_p is CPart\n    m_n is int = Random(1, 1) + 4\nEND\n"
             "o is CBox\nTrace(o.m_n)\nTrace(o.m_p.m_k)\n",
       "fr": "CBoîte est une Classe\n    m_p est un CPièce\n"
             "    m_n est un entier = Hasard(1, 1) + 4\nFIN\n"
             "o est un CBoîte\nTrace(o.m_n)\nTrace(o.m_p.m_k)\n"}


def _files(lang: str) -> list:
    part = SourceFile("/p/parts.wl", PART[lang], PART[lang], "script")
    box = SourceFile("/p/main.wl", BOX[lang], BOX[lang], "script")
    return [parse_file(part, 0, "<project>"), parse_file(box, 4, "<project>")]


def _hidden(program: N.Program) -> list[str]:
    """The targets of the class's hidden method, in order."""
    [init] = [p for p in program.procedures if p.name == MEMBER_INIT]
    return [s.target.name for s in init.body.stmts]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_link_builds_the_member_on_new_nodes(lang: str) -> None:
    files = _files(lang)
    parsed = files[1].program
    before = N.dump(parsed)
    [init] = [p for p in parsed.procedures if p.name == MEMBER_INIT]
    forget_facts()
    known = facts(init.body)  # what the compiler may have learnt of the parsed method
    assert _hidden(parsed) == ["m_n"]  # the parse alone does not know CPart
    linked = link(files, "<project>")
    assert _hidden(linked) == ["m_p", "m_n"]  # built in its place, before m_n
    assert N.dump(parsed) == before and facts(init.body) is known
    assert N.dump(link(files, "<project>")) == N.dump(linked)  # the next link: the same
    forget_facts()
    out = io.StringIO()
    run_compiled(compile_program(linked, load_stdlib()), Runtime(stdout=out))
    assert out.getvalue() == "5\n7\n"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_program_with_nothing_to_move_is_given_back(lang: str) -> None:
    files = _files(lang)
    parsed = files[0].program  # a literal initial value: nothing to move
    assert not [p for p in parsed.procedures if p.name == MEMBER_INIT]
    from wlinterp.syntax.member_inits import hoist_member_inits
    assert hoist_member_inits(parsed) is parsed
