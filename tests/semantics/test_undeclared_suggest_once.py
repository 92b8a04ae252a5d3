"""An undeclared name used in many places is compared with the declared names once while
they stay the same (semantics/undeclared_names.py _did_you_mean): a name used 4,000
times in a main code declaring 20,000 variables was compared with all of them each time:
most of the 7.8 s of a 20,000-line run (quadratic). Counted: the comparisons, not a time."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze, undeclared_names
from wlinterp.syntax.parser import parse


def _messages(source: str, monkeypatch) -> tuple[list[str], list[str]]:
    """(WL101 messages, the names `closest` was asked about) of `source`."""
    asked: list[str] = []
    real = undeclared_names.closest

    def counted(name, candidates, index=None):
        asked.append(name)
        return real(name, candidates, index)
    monkeypatch.setattr(undeclared_names, "closest", counted)
    found = analyze(parse(source, "x.wl"), load_stdlib()).diagnostics
    return [d.message for d in found if d.code == "WL101"], asked


def test_a_name_used_in_many_places_is_compared_once(monkeypatch):
    decls = "".join(f"nCount{k} is int\n" for k in range(300))
    uses = "nTotl++\n" * 200
    messages, asked = _messages(decls + "nTotal is int\n" + uses, monkeypatch)
    assert len(messages) == 200  # each place is still reported
    assert set(messages) == {"'nTotl' is not declared; did you mean nTotal?"}
    assert asked == ["nTotl"]


def test_each_function_compares_with_its_own_names(monkeypatch):
    """Another function sees other names: asked again there, and answered from them."""
    source = "nTota is int\nTrace(nTotl)\nPROCEDURE P()\nnTotb is int\nnTotl++\nnTotl++\n"
    messages, asked = _messages(source, monkeypatch)
    assert messages == ["'nTotl' is not declared; did you mean nTota?",
                        "'nTotl' is not declared; did you mean nTotb?",
                        "'nTotl' is not declared; did you mean nTotb?"], messages
    assert asked == ["nTotl", "nTotl"]
