"""The passes that change a tree after the parse leave the parsed tree as it was: the
linker's `Set.Name` / `WL.Name` rewriting (a project keeps its parsed files between
links, each test file's link with its own mocks) and a `.wl` file read as a class
(syntax/file_class.py). What the compiler learnt of a parsed body (semantics/facts.py,
kept by the body's identity) is therefore never the answer for a rewritten one. English
and French."""
from __future__ import annotations

import pytest

from wlinterp.project.linker import link, parse_file, resolve_set_names
from wlinterp.project.sources import SourceFile
from wlinterp.semantics.facts import facts, forget_facts
from wlinterp.syntax import nodes as N
from wlinterp.syntax.file_class import as_file_class
from wlinterp.syntax.parser import parse
from wlinterp.syntax.tree_copy import copy_tree

SET = {"en": "PROCEDURE Total(n is int)\nRESULT n * 2\n",
       "fr": "PROCÉDURE Total(n est un entier)\nRENVOYER n * 2\n"}
SCRIPT = {"en": "PROCEDURE Run()\nx is int = pSet.Total(2) + WL.Total(3)\nTrace(x)\n",
          "fr": "PROCÉDURE Lance()\nx est un entier = pSet.Total(2) + WL.Total(3)\nTrace(x)\n"}
CLASS_FILE = {"en": "m_n is int\nPROCEDURE Add(k is int)\n:m_n += k\nThis.m_n += 1\n",
              "fr": "m_n est un entier\nPROCÉDURE Ajoute(k est un entier)\n:m_n += k\n"
                    "Ceci.m_n += 1\n"}


def _files(lang: str) -> list:
    pset = SourceFile("/p/pSet.wdg", SET[lang], SET[lang], "set")
    script = SourceFile("/p/main.wl", SCRIPT[lang], SCRIPT[lang], "script")
    return [parse_file(pset, 0, "<project>"), parse_file(script, 2, "<project>")]


def _calls(program: N.Program) -> list[str]:
    """The callees of the script's procedure, as the link left them."""
    proc = program.procedures[-1]
    decl = proc.body.stmts[0]
    plus = decl.init
    return [N.dump(plus.left.func), N.dump(plus.right.func)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_links_with_other_mocks_each_rewrite_their_own_copy(lang: str) -> None:
    files = _files(lang)
    parsed_before = N.dump(files[1].program)
    body = files[1].program.procedures[-1].body
    forget_facts()
    known = facts(body)  # what a step may have learnt of the parsed body
    mocked = link(files, "<project>", {"total"})
    assert _calls(mocked) == ["Name('Total')", "Name('Total__wl_original')"]
    plain = link(files, "<project>")  # the next test file's link: no mock
    assert _calls(plain) == ["Name('Total')", "Member(Name('WL'), 'Total', False)"]
    assert N.dump(files[1].program) == parsed_before  # the parsed tree as it was
    assert mocked.procedures[-1].body is not body and facts(body) is known
    assert files[0].program.procedures[0] in plain.procedures  # untouched: shared
    forget_facts()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wl_check_set_names_give_a_new_program(lang: str) -> None:
    program = parse(SCRIPT[lang], "main.wl")
    before = N.dump(program)
    resolved = resolve_set_names(program, {"pset": {"total"}})
    assert resolved is not program and N.dump(program) == before
    assert _calls(resolved)[0] == "Name('Total')"
    assert resolve_set_names(program, {}) is program


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_text_naming_no_set_is_not_walked(lang: str, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    """`wl check` of a folder gives each file every neighbour's set: a text that names
    none is given back as it is, without the walk; one that names a set in another
    case or accented otherwise is still rewritten."""
    import wlinterp.project.linker as linker
    walks: list[int] = []
    real = linker._Rewriter.visit

    def visit(self: object, node: object) -> object:
        walks.append(1)
        return real(self, node)  # type: ignore[arg-type]
    monkeypatch.setattr(linker._Rewriter, "visit", visit)
    program = parse(SCRIPT[lang], "main.wl")
    assert resolve_set_names(program, {"otherset": {"total"}, "main": {"run"}}) is program
    assert not walks
    shouted = parse(SCRIPT[lang].replace("pSet.", "PSÉT."), "main.wl")
    resolved = resolve_set_names(shouted, {"pset": {"total"}})
    assert walks and _calls(resolved)[0] == "Name('Total')"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_class_file_is_made_from_a_copy(lang: str) -> None:
    program = parse(CLASS_FILE[lang], "CCounter.wl")
    before = N.dump(program)
    main = program.main
    forget_facts()
    known = facts(main)
    made = as_file_class(program, "/p/CCounter.wl")
    assert N.dump(program) == before and facts(main) is known  # the parse's tree as it was
    assert [type(s).__name__ for s in made.main.stmts] == ["StructDecl"]
    assert made.main is not main and made.procedures[0].owner == "CCounter"
    # `This` / `Ceci`: the object in the class's method, still the word in the parse's
    assert N.dump(made.procedures[0].body).count("Name('objet')") == 2
    parsed = N.dump(program.procedures[0].body)
    assert parsed.count("Name('objet')") == 1 and ("Name('This')" in parsed) == (lang == "en")
    forget_facts()


def test_a_copy_shares_nothing_and_keeps_a_node_met_twice_once() -> None:
    program = parse("f is procedure = (a) => a + 1\nTrace(f(2))\n", "x.wl")
    copied = copy_tree(program)
    assert N.dump(copied) == N.dump(program)
    originals = {id(n) for n in _nodes(program)}
    assert not originals & {id(n) for n in _nodes(copied)}
    lambdas = [n for n in _nodes(copied) if isinstance(n, N.Lambda)]
    hoisted = [n for n in _nodes(copied) if isinstance(n, N.Procedure)]
    assert lambdas and any(lam.proc is p for lam in lambdas for p in hoisted)


def _nodes(root: object) -> list[object]:
    seen: dict[int, object] = {}
    stack = [root]
    while stack:
        value = stack.pop()
        if isinstance(value, (list, tuple)):
            stack.extend(value)
        elif isinstance(value, N.Record) and id(value) not in seen:
            seen[id(value)] = value
            stack.extend(getattr(value, f.name) for f in N.fields(value))
    return list(seen.values())
