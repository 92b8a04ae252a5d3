"""Names WLanguage does not have but that code ported from elsewhere writes, with what
WLanguage writes instead: `RepeatString("ab", 3)` is `Repeat("ab", 3)`, `ArrayMax(t)` is
`Max(t)`, `asIgnoreCase` is `ccIgnoreCase`, `t.Find(v)` is `t.Seek(asLinear, v)`.

None of these is in PC SOFT's lists of function and constant names (the French names of
tests/core/test_family_lists.py, and no stored help page names them), so wlinterp does
not run them either: a call stays WL102 and a constant stays undeclared, and the message
says what to write (docs/builtins.md "Names WLanguage does not have").
"""
from __future__ import annotations

__all__ = ["instead"]

from ..syntax.names import fold

_INSTEAD = {
    "repeatstring": "WLanguage repeats a string with Repeat (Répète): Repeat(\"ab\", 3)",
    "chainerepete": "WLanguage repeats a string with Répète (Repeat): Répète(\"ab\", 3)",
    "arraymax": "the largest element of an array is Max(t) (or t.Max())",
    "arraymin": "the smallest element of an array is Min(t) (or t.Min())",
    "arraysum": "the sum of an array's elements is Sum(t) (or t.Sum())",
    "tableaumax": "le plus grand élément d'un tableau est Max(t) (ou t.Max())",
    "tableaumin": "le plus petit élément d'un tableau est Min(t) (ou t.Min())",
    "tableausomme": "la somme des éléments d'un tableau est Somme(t) (ou t.Somme())",
    "find": "an array is searched with Seek: t.Seek(asLinear, value) (or t.Contains(value)); "
            "a string with Position",
    "indexof": "an array is searched with Seek: t.Seek(asLinear, value) (or "
               "t.Contains(value)); a string with Position",
    "trouve": "un tableau se parcourt avec Cherche : t.Cherche(tcLinéaire, valeur) (ou "
              "t.Contient(valeur)) ; une chaîne avec Position",
    "fexist": "a file's existence is fFileExist (fFichierExiste); a folder's, "
              "fDirectoryExist (fRépertoireExiste)",
    "fexiste": "l'existence d'un fichier est fFichierExiste (fFileExist) ; celle d'un "
               "répertoire, fRépertoireExiste (fDirectoryExist)",
    "fdeplace": "fDéplaceFichier (fMoveFile) moves a file, fRepDéplace (fMoveDir) a "
                "folder",
    "asignorecase": "ArraySort ignores case with ccIgnoreCase: "
                    "ArraySort(t, asAscending + ccIgnoreCase)",
    "ttsanscasse": "TableauTrie ignore la casse avec ccSansCasse : "
                   "TableauTrie(t, ttCroissant + ccSansCasse)",
    "date": "Date is a type, not a function: today is DateSys() (or Today()); a date "
            "is declared d is Date = \"20250303\"",
    "dateheure": "DateHeure est un type, pas une fonction : maintenant est DateHeureSys() "
                 "; une date-heure se déclare dh est une DateHeure = \"20250303143000\"",
    "datetime": "DateTime is a type, not a function: now is DateTimeSys(); a datetime is "
                "declared dt is DateTime = \"20250303143000\"",
    "currencytostring": "no WLanguage function has this name (it is a project's own "
                        "procedure): a currency is written by NumToString(m, \"10.2f\") "
                        "or NumToString(m, maskSystemCurrency)",
    "chainevershexa": "aucune fonction WLanguage n'a ce nom (c'est une procédure d'un "
                     "projet) : les octets d'une chaîne en hexadécimal sont "
                     "BufferVersHexa(s, SansRegroupement, SansLigne)",
    "stringtohexa": "no WLanguage function has this name: a text's bytes in hexadecimal "
                    "are BufferToHexa(s, NoGrouping, NoLine)",
    # named by PC SOFT's blog post on the UTF-8 mark (7 Oct 2020) as a third way to write
    # it; not in PC SOFT's list of the files family (tests/core/test_family_lists.py) nor
    # in any stored help page (searched 6 Dec 2026, FS): the post's own procedure
    "finseretexteaudebut": "aucune fonction WLanguage n'a ce nom (la liste des fonctions "
                           "de fichiers de PC SOFT ne l'a pas) : un texte se met au début "
                           "d'un fichier par fSauveTexte(f, sDébut + fChargeTexte(f))",
    "finserttextatbeginning": "no WLanguage function has this name (PC SOFT's list of file "
                              "functions lacks it): text is put at the start of a file by "
                              "fSaveText(f, sStart + fLoadText(f))",
    # beside bitDécaleGauche / bitLeftShift, a bitwise AND or OR by the same prefix (FS,
    # 6 Dec 2026: written so in a binary record file, found as "unknown" only at run)
    "bitet": "le ET bit à bit est l'opérateur & ou ETBinaire(a, b) ; le OU, | ou "
             "OUBinaire(a, b) (ET seul est le ET logique)",
    "bitou": "le OU bit à bit est l'opérateur | ou OUBinaire(a, b) ; le ET, & ou "
             "ETBinaire(a, b)",
    "bitand": "a bitwise AND is the operator & or BinaryAND(a, b); an OR, | or "
              "BinaryOR(a, b) (AND alone is the logical AND)",
    "bitor": "a bitwise OR is the operator | or BinaryOR(a, b); an AND, & or BinaryAND(a, b)",
    "sivide": "aucune fonction WLanguage n'a ce nom (c'est une procédure d'un projet) : "
              "SI s = \"\" ALORS s = sDéfaut",
    # C#, Java, JavaScript and Python words (RC, 6 Dec 2026: ported code found on the web)
    "this": "the object a method runs on is MySelf (MoiMême), and its members are "
            "written :name (or name)",
    "self": "the object a method runs on is MySelf (MoiMême), and its members are "
            "written :name (or name)",
    "moi": "l'objet sur lequel une méthode s'exécute s'écrit objet (object) ou MoiMême "
           "(MySelf), ses membres :nom (ou nom)",
    "bufferverschaine": "aucune fonction WLanguage n'a ce nom : un Buffer se lit comme une "
                        "chaîne en l'affectant (s = b), son texte UTF-8 par "
                        "UTF8VersChaîne(b)",
    "buffertostring": "no WLanguage function has this name: a Buffer is read as a string by "
                      "assigning it (s = b), its UTF-8 text by UTF8ToString(b)",
    "siternaire": "WLanguage n'a pas de fonction SiTernaire : l'expression conditionnelle "
                  "s'écrit (condition ? valeur1 SINON valeur2)",
    "iif": "WLanguage has no IIf function: a conditional expression is written "
           "(condition ? value1 ELSE value2)",
    "me": "the object a method runs on is written object (objet) or MySelf (MoiMême), "
          "its members :name (or name)",
    "len": "a string's length is Length(s) (Taille), an array's count ArrayCount(t) "
           "(TableauOccurrence) or t.Count",
    "strlen": "a string's length is Length(s) (Taille)",
    "console": "console.log(x) is Trace(x) in WLanguage",
    "substr": "a part of a string is Middle(s, start, length) (Milieu), s[start TO end] or "
              "s[[start ON length]]",
    "substring": "a part of a string is Middle(s, start, length) (Milieu), s[start TO end] "
                 "or s[[start ON length]]",
    "print": "Trace(x) writes a line (Info(x) shows a message)",
    "println": "Trace(x) writes a line (Info(x) shows a message)",
    "printf": "Trace(x) writes a line, StringBuild(\"%1 / %2\", a, b) (ChaîneConstruit) "
              "builds it",
    "echo": "Trace(x) writes a line (Info(x) shows a message)",
    "msgbox": "Info(x) shows a message, YesNo(...) (OuiNon) asks a question",
    "alert": "Info(x) shows a message, Error(x) (Erreur) an error",
    "wend": "WHILE's block is closed by END (FIN)",
    "endif": "IF's block is closed by END (FIN)",
    "pi": "WLanguage has no Pi constant (its Sin, Cos, Tan... take degrees: Sin(30) is "
          "0.5); declare one: CONSTANT PI = 3.14159265358979",
}


def instead(name: str) -> str | None:
    """What WLanguage writes for `name`, a name it does not have, or None."""
    return _INSTEAD.get(fold(name))
