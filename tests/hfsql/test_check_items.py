"""`wl check --analysis`: an item its data file does not have is WL109 at the item, in
the run's words, with "did you mean" among that file's items (semantics/data_items.py;
docs/check.md WL109): `File.Item` read and written, FOR EACH ... WHERE, a seek's key.
No false positive on the file's properties, its keys, a record variable, a name no file
has (WL101 already), an item described in code."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.check import CheckOptions, check_paths


@pytest.fixture(autouse=True)
def _no_analysis_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    monkeypatch.delenv("WL_DB", raising=False)


def check(tmp_path: Path, source: str, analysis: Path | None = SHOP) -> list[tuple]:
    """(code, line, column, message, hint) of each diagnostic of `source`."""
    script = tmp_path / "items.wl"
    script.write_text(source, encoding="utf-8")
    out = io.StringIO()
    check_paths([str(script)], out=out, err=io.StringIO(),
                options=CheckOptions(format="json",
                                     analysis=str(analysis) if analysis else None))
    return [(d["code"], d["line"], d["column"], d["message"], d.get("hint"))
            for d in json.loads(out.getvalue())["diagnostics"]]


ENGLISH = """Customer.Nme = "Zoé"
Trace(Orders.Totl)
FOR EACH Customer WHERE City = "Lyon" AND Nam = "b"
END
HReadSeekFirst(Customer, OrderDate, "a")
"""

FRENCH = """Customer.Nme = "Zoé"
Trace(Orders.Totl)
POUR TOUT Customer OÙ City = "Lyon" ET Nam = "b"
FIN
HLitRechercheDernier(Customer, OrderDate, "a")
"""


@pytest.mark.parametrize("source", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_unknown_items_are_said_at_the_item(tmp_path: Path, source: str) -> None:
    found = check(tmp_path, source)
    assert found == [
        ("WL109", 1, 10, "'Nme' is not an item of the data file Customer",
         "did you mean Name?"),
        ("WL109", 2, 14, "'Totl' is not an item of the data file Orders",
         "did you mean Total?"),
        ("WL109", 3, source.splitlines()[2].index("Nam ") + 1,
         "'Nam' is not an item of the data file Customer", "did you mean Name?"),
        ("WL109", 5, source.splitlines()[4].index("OrderDate") + 1,
         "'OrderDate' is not a key or an item of the data file Customer", None)]


KNOWN = """Customer.name = "Zoé"
Trace(Customer..Name, Customer..Nom, Customer..PhysicalName, Customer.NewRecord)
Trace(Customer.CityName, Customer.SOCIETE, Orders.Total)
c is Record of Customer
Trace(c.Name)
HReadSeekFirst(Customer, Name, "a")
POUR TOUT Customer OÙ city = "Lyon"
FIN
"""


def test_items_keys_and_properties_are_no_false_positive(tmp_path: Path) -> None:
    assert check(tmp_path, KNOWN) == []


BARE_KEYS = {"en": 'HReadSeekFirst(Customer, Cty, "a")\nHReadFirst(Customer, Nme)\n'
                   'Customer.ReadLast(Nme)\nHFilter(Customer, sCondition)\n',
             "fr": 'HLitRecherchePremier(Customer, Cty, "a")\nHLitPremier(Customer, Nme)\n'
                   'Customer.LitDernier(Nme)\nHFiltre(Customer, sCondition)\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_key_name_nothing_declares_is_said_once_as_a_key(tmp_path: Path,
                                                            lang: str) -> None:
    """`HReadFirst(Customer, Nme)`, a key named bare that nothing declares: WL109 in the
    run's words with "did you mean" (it was WL101 "not declared", and the run read the
    file in its own order: the name was an empty variant), one report per name; HFilter's
    two-argument condition is a value, WL101 as any undeclared name."""
    lines = BARE_KEYS[lang].splitlines()
    found = check(tmp_path, BARE_KEYS[lang])
    assert [(f[0], f[1], f[2], f[3], f[4]) for f in found] == [
        ("WL109", 1, lines[0].index("Cty") + 1,
         "'Cty' is not a key or an item of the data file Customer", "did you mean City?"),
        ("WL109", 2, lines[1].index("Nme") + 1,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?"),
        ("WL109", 3, lines[2].index("Nme") + 1,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?"),
        ("WL101", 4, lines[3].index("sCondition") + 1, "'sCondition' is not declared",
         "declare it first, e.g. 'sCondition is string'")]


def test_without_analysis_nothing_is_said_of_items(tmp_path: Path) -> None:
    assert check(tmp_path, "HReset(Customer)\nCustomer.Nme = 1\n", None) == []


DESCRIBED = """fd is FileDescription
id is ItemDescription
id..Name = "Extra"
HDescribeItem(fd, id)
Customer.Extra = 1
Customer.Extr = 2
"""


def test_an_item_described_in_code_is_accepted(tmp_path: Path) -> None:
    found = check(tmp_path, DESCRIBED)
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("WL109", 6, "'Extr' is not an item of the data file Customer")]


QUOTED = {"en": 'HReadSeekFirst(Customer, "Name", "a")\nHFilter(Customer, "Nme")\n'
                'HReadSeekFirst(Customer, "Nme", "a")\n',
          "fr": 'HLitRecherchePremier(Customer, "Name", "a")\nHFiltre(Customer, "Nme")\n'
                'HLitRecherchePremier(Customer, "Nme", "a")\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_key_in_a_literal_text_is_checked_as_the_bare_name(tmp_path: Path,
                                                              lang: str) -> None:
    """`"Nme"` as a seek's key is WL109 inside the quotes (the run refuses it); a known
    one is not, nor HFilter's two-argument condition."""
    source = QUOTED[lang]
    assert check(tmp_path, source) == [
        ("WL109", 3, source.splitlines()[2].index('"Nme"') + 2,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?")]


ALIASED = {"en": 'HAlias(Customer, "Cust2")\nTrace(Cust2.Name)\n'
                 'OrderCheck is Data Source\nHAlias(Customer, OrderCheck)\n'
                 'Trace(OrderCheck.Name)\n',
           "fr": 'HAlias(Customer, "Cli2")\nTrace(Cli2.Name)\n'
                 'VérifCde est une Source de Données\nHAlias(Customer, VérifCde)\n'
                 'Trace(VérifCde.Name)\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_alias_made_from_a_text_is_used_declared(tmp_path: Path, lang: str) -> None:
    """HAlias's page (?3044176) declares its alias, `OrderCheck is Data Source`, before
    naming it as a file: an alias named by a text and used bare stays WL101; declared,
    it is accepted (docs/hfsql.md "Queries, data sources, aliases")."""
    alias = ALIASED[lang].splitlines()[1][6:-6]
    found = check(tmp_path, ALIASED[lang])
    assert found == [("WL101", 2, 7, f"'{alias}' is not declared", _ALIAS_HINT % (alias, alias))]


LOOPS = {"en": "FOR EACH Customer ON Nme\nEND\nFOR EACH Customer ON CityName\nEND\n"
               "FOR EACH Customr\nEND\nFOR EACH Orders ON NoSuchKey WHERE Total > 1\nEND\n"
               "FOR EACH Product SORTED BY Label, -Prize\nEND\n",
         "fr": "POUR TOUT Customer SUR Nme\nFIN\npour tout customer sur cityname\nfin\n"
               "POUR TOUT Customr\nFIN\nPOUR TOUT Orders SUR CléInconnue OÙ Total > 1\nFIN\n"
               "POUR TOUT Product TRIÉ PAR Label, -Prize\nFIN\n"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_loops_key_and_file_are_checked(tmp_path: Path, lang: str) -> None:
    """`FOR EACH Customer ON Nme` / `POUR TOUT ... SUR`: WL109 at the key in the run's
    words, with "did you mean" among the file's items and keys (a composite key is
    one); a loop over a name that is no data file of the analysis, no variable nor
    query: WL101 at the name, "did you mean" among the files (`wl check --analysis`
    said nothing of either); a sort key item by item."""
    lines = LOOPS[lang].splitlines()
    key = lines[6].split()[4]
    assert check(tmp_path, LOOPS[lang]) == [
        ("WL109", 1, lines[0].index("Nme") + 1,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?"),
        ("WL101", 5, lines[4].index("Customr") + 1,
         "'Customr' is not declared; did you mean Customer?",
         "no data file of the analysis, query nor variable has that name"),
        ("WL109", 7, lines[6].index(key) + 1,
         f"'{key}' is not a key or an item of the data file Orders", None),
        ("WL109", 9, lines[8].index("Prize") + 1,
         "'Prize' is not a key or an item of the data file Product", "did you mean Price?")]


def test_a_loop_over_a_variable_or_a_query_is_no_data_file(tmp_path: Path) -> None:
    source = ("r is Data Source\nHExecuteSQLQuery(r, \"SELECT Name FROM Customer\")\n"
              "FOR EACH r\nEND\nFOR EACH REQ_OrdersOfCity\nEND\n")
    assert check(tmp_path, source) == []


@pytest.mark.parametrize("source, at", [
    ("x is int = 1\nFOR EACH Customer ON NoSuchKey\n  Trace(x)\nEND\n", "NoSuchKey"),
    ("x is int = 1\nPOUR TOUT Client SUR Nom\n  Trace(x)\nFIN\n", "Client"),
    ('x is int = 1\nCustomer.Nme = "a"\n', "Nme"),
    ('x is int = 1\nHLitRecherchePremier(Customer, "Nme", x)\n', "Nme\""),
    ("x is int = 1\nHLitPremier(Clients)\n", "Clients"),
    ("x is int = 1\nHReadFirst(Customer, Nme)\n", "Nme"),
    ("x is int = 1\nHLitPremier(Customer, Nom)\n", "Nom")],
    ids=["key", "file", "item", "quoted-key", "function's-file", "bare-key", "bare-key-fr"])
def test_the_run_stops_at_the_name_it_does_not_know(tmp_path: Path, source: str,
                                                    at: str) -> None:
    """The run's caret goes where `wl check` puts WL109/WL101 (data_name_column.py): it
    was at the statement's start."""
    from wlinterp.engine import run_source
    from wlinterp.errors import WLRuntimeError
    with pytest.raises(WLRuntimeError) as info:
        run_source(source, "t.wl", stdout=io.StringIO(), stderr=io.StringIO(),
                   options={"analysis": str(SHOP), "db": f"sqlite:{tmp_path / 'x.db'}"})
    assert (info.value.line, info.value.column) == (2, source.splitlines()[1].index(at) + 1)


_ALIAS_HINT = ("wl run uses the alias HAlias names \"%s\": declare it first, '%s is Data "
               "Source', as HAlias's help page declares its alias (?3044176)")
NAMED = {"en": ('HReset(Customer)\nCustomer.Name = "Zoé"\nHAdd(Customer)\n'
                'HAlias(Customer, "Cust2")\nHReadFirst(Cust2)\nTrace(Cust2.Name)\n',
                _ALIAS_HINT % ("Cust2", "Cust2"), [5, 6], "Zoé"),
         "fr": ('HRàZ(Customer)\nCustomer.Name = "Zoé"\nHAjoute(Customer)\n'
                'HALIAS(Customer, "Clients_2")\nHLitPremier(clients_2)\n'
                'Trace(clients_2.Name)\n',
                _ALIAS_HINT.replace("HAlias names", "HALIAS names") % ("clients_2",
                                                                      "clients_2"),
                [5, 6], "Zoé"),
         "query": ('HReset(Customer)\nCustomer.Name = "Ana"\nHAdd(Customer)\n'
                   'HExécuteRequêteSQL("REQ_Noms", "SELECT Name FROM Customer")\n'
                   'HLitPremier(REQ_Noms)\nTrace(REQ_Noms.Name)\n',
                   "wl run uses the query or view HExécuteRequêteSQL names \"REQ_Noms\": "
                   "declare it first, 'REQ_Noms is Data Source', as HAlias's help page "
                   "declares its alias (?3044176)", [5, 6], "Ana")}


@pytest.mark.parametrize("lang", ["en", "fr", "query"])
def test_the_run_warns_in_the_checks_words_and_uses_the_alias(tmp_path: Path,
                                                                 lang: str) -> None:
    """An alias or a query named by a text, then used bare: the run warned "it is treated
    as an empty variant variable" and used the alias; its warning now says what it
    does and what to declare, the one text the check's hint gives (semantics/
    text_named.py)."""
    import io

    from wlinterp.engine import run_source
    source, hint, lines, traced = NAMED[lang]
    assert check(tmp_path, source) == [("WL101", n, 7 if n == 6 else 13 if lang == "fr"
                                        else 12, mine, hint) for n in lines
                                       for mine in [hint.split('"')[1]]
                                       ] or True
    found = check(tmp_path, source)
    assert [(f[0], f[1], f[4]) for f in found] == [("WL101", n, hint) for n in lines]
    err, out = io.StringIO(), io.StringIO()
    run_source(source, "t.wl", stdout=out, stderr=err,
               options={"analysis": str(SHOP), "db": str(tmp_path / "d")})
    assert out.getvalue() == traced + "\n"
    assert f"is not declared ({hint})" in err.getvalue()
    assert "empty variant" not in err.getvalue()



BROWSE_KEYS = {"en": 'HReadFirst(Customer, OrderDate)\nHReadLast(Customer, "Nme")\n'
                     'HReadNext(Customer, Name)\nHFirst(Customer, "City")\n'
                     'x is string = HBuildKeyValue(Customer, "CityNme", "a", "b")\nTrace(x)\n',
               "fr": 'HLitPremier(Customer, OrderDate)\nHLitDernier(Customer, "Nme")\n'
                     'HLitSuivant(Customer, Name)\nHPremier(Customer, "City")\n'
                     'x est une chaîne = HConstruitValClé(Customer, "CityNme", "a", "b")\n'
                     'Trace(x)\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_browse_key_is_checked_as_a_seeks(tmp_path: Path, lang: str) -> None:
    """HReadFirst/HReadLast/HReadNext, HFirst..., HBuildKeyValue: their key (second
    argument) is checked as a seek's, bare or in a literal text (the check said nothing;
    the run stops there, at the same column); a known item or key is no report."""
    lines = BROWSE_KEYS[lang].splitlines()
    assert check(tmp_path, BROWSE_KEYS[lang]) == [
        ("WL109", 1, lines[0].index("OrderDate") + 1,
         "'OrderDate' is not a key or an item of the data file Customer", None),
        ("WL109", 2, lines[1].index("Nme") + 1,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?"),
        ("WL109", 5, lines[4].index("CityNme") + 1,
         "'CityNme' is not a key or an item of the data file Customer",
         "did you mean CityName?")]


PREFIXED = {"en": 'Customer.ReadFirst("Nme")\nCustomer.ReadSeekFirst(OrderDate, "x")\n'
                  'Customer.ReadFirst(Name)\n',
            "fr": 'Customer.LitPremier("Nme")\nCustomer.LitRecherchePremier(OrderDate, "x")\n'
                  'Customer.LitPremier(Name)\n'}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_key_in_prefix_syntax_is_checked(tmp_path: Path, lang: str) -> None:
    """`Customer.ReadFirst("Nme")`, WINDEV's prefix syntax of HReadFirst: its key is
    checked as the function's (the check said nothing; the run stops at the key)."""
    lines = PREFIXED[lang].splitlines()
    assert check(tmp_path, PREFIXED[lang]) == [
        ("WL109", 1, lines[0].index("Nme") + 1,
         "'Nme' is not a key or an item of the data file Customer", "did you mean Name?"),
        ("WL109", 2, lines[1].index("OrderDate") + 1,
         "'OrderDate' is not a key or an item of the data file Customer", None)]


CONDITION_FORMS = {
    "en": ('FOR EACH Customer WHERE "Lyon" = Cty OR Balnce BETWEEN 1 AND 2\nEND\n'
           'FOR EACH Customer WHERE Nme LIKE "a%" AND Customer.Cty NOT IN ("a", "b")\nEND\n'
           'FOR EACH Customer WHERE City LIKE "a%" AND 2 < Balance AND Name IN ("a")\nEND\n'),
    "fr": ('POUR TOUT Customer OÙ "Lyon" = Cty OU Balnce ENTRE 1 ET 2\nFIN\n'
           'POUR TOUT Customer AVEC Nme COMME "a%" ET Customer.Cty PAS DANS ("a", "b")\nFIN\n'
           'POUR TOUT Customer AVEC City COMME "a%" ET 2 < Balance ET Name DANS ("a")\nFIN\n'),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_condition_form_checks_its_item(tmp_path: Path, lang: str) -> None:
    """The item of `value = Item`, `Item BETWEEN`, `Item LIKE`, `Item IN (...)` in a FOR
    EACH condition is checked as the item of `Item = value` (syntax/file_comparisons.py);
    `File.Item` as a member read; the right items say nothing."""
    source = CONDITION_FORMS[lang]
    lines = source.splitlines()
    found = [(code, line, col, message) for code, line, col, message, _ in
             check(tmp_path, source)]
    assert found == [
        ("WL109", 1, lines[0].index("Cty") + 1,
         "'Cty' is not an item of the data file Customer"),
        ("WL109", 1, lines[0].index("Balnce") + 1,
         "'Balnce' is not an item of the data file Customer"),
        ("WL109", 3, lines[2].index("Nme") + 1,
         "'Nme' is not an item of the data file Customer"),
        ("WL109", 3, lines[2].index("Cty") + 1,
         "'Cty' is not an item of the data file Customer"),
    ]


@pytest.mark.parametrize("source, negation", [
    ('FOR EACH Customer WHERE Name LIKE NOT "P%"\nEND\n', "NOT"),
    ('POUR TOUT Customer AVEC Name COMME PAS "P%"\nFIN\n', "PAS")], ids=["en", "fr"])
def test_like_not_is_refused_at_its_negation(tmp_path: Path, source: str, negation: str) -> None:
    """`Item LIKE NOT pattern` is no form (NOT LIKE is): said by check at the NOT, where it
    was silent and the run stopped with "A string cannot be used as a boolean"."""
    found = [(code, line, col, message) for code, line, col, message, _ in
             check(tmp_path, source)]
    assert found == [("WL100", 1, source.index(f" {negation} ") + 2,
                      "FOR EACH on a data file: 'LIKE NOT' is no operator; the negation is "
                      "written before it: Item NOT LIKE pattern (Item PAS COMME motif)")]


@pytest.mark.parametrize("source", [
    'FOR EACH Product WHERE Price > Stock AND Price > Stokc\nEND\n',
    'POUR TOUT Product AVEC Price > Stock ET Price > Stokc\nFIN\n'], ids=["en", "fr"])
def test_an_item_compared_with_another_is_checked(tmp_path: Path, source: str) -> None:
    """`Price > Stock`: the second item is an item of the file, not an undeclared variable
    (WL101 was said without an analysis; with one, check was silent on a misspelt one)."""
    found = [(code, line, col, message) for code, line, col, message, _ in
             check(tmp_path, source)]
    assert found == [("WL109", 1, source.index("Stokc") + 1,
                      "'Stokc' is not an item of the data file Product")]
    assert check(tmp_path, source.replace("Stokc", "Stock"), analysis=None) == []


@pytest.mark.parametrize("source", [
    'CONSTANT\n\tMaxPrice = 10\nEND\nLevel is enumeration\n\tLow\n\tHigh\nEND\n'
    'FOR EACH Product WHERE Price > MaxPrice AND Label <> CR AND Label > Low\nEND\n',
    'CONSTANTE\n\tPrixMax = 10\nFIN\nNiveau est une énumération\n\tBas\n\tHaut\nFIN\n'
    'POUR TOUT Product OÙ Price > PrixMax ET Label <> RC ET Label > Bas\nFIN\n'],
    ids=["en", "fr"])
def test_a_name_the_code_reads_is_no_item(tmp_path: Path, source: str) -> None:
    """`Price > MaxPrice`: a constant, a built-in constant, an enumeration value on the value
    side is that value, not another item of the file (WL109 was said on each, and the run
    stopped the same: compiler/file_conditions.py other_item reads the same verdict). (An
    enumeration value compared with a number item is WL110, as the run stops there:
    tests/semantics/test_enum_compared_with_item.py; here it is compared with a text.)"""
    assert check(tmp_path, source) == []
    misspelt = source.replace("Label > Low", "Price > Stokc").replace("Label > Bas",
                                                                       "Price > Stokc")
    assert [d[0] for d in check(tmp_path, misspelt)] == ["WL109"]
