"""The bilingual word lists of WLanguage, in one place: keywords (English and French,
folded: lower case, no accents), words that are keywords only in context, articles, the
words of type phrases, class sections, procedure modifiers and multi-word statements.

Every module that recognises a WLanguage word reads it from here, so that adding a French
or English spelling is one edit.
"""
from __future__ import annotations

# Folded keyword -> terminal name. "à" is handled apart (it folds to the common name "a").
KEYWORDS: dict[str, str] = {
    "if": "IF", "si": "IF", "then": "THEN", "alors": "THEN", "else": "ELSE", "sinon": "ELSE",
    "end": "END", "fin": "END", "switch": "SWITCH", "selon": "SWITCH", "case": "CASE",
    "cas": "CASE", "for": "FOR", "pour": "FOR", "to": "TO", "_to_": "TO_ONCE",
    "_a_": "TO_ONCE", "step": "STEP", "while": "WHILE", "tantque": "WHILE",
    "loop": "LOOP", "boucle": "LOOP", "break": "BREAK", "sortir": "BREAK",
    "continue": "CONTINUE", "continuer": "CONTINUE", "return": "RETURN", "retour": "RETURN",
    "result": "RESULT", "resultat": "RESULT", "renvoyer": "RESULT",
    "procedure": "PROCEDURE", "function": "PROCEDURE", "fonction": "PROCEDURE",
    "internal": "INTERNAL", "interne": "INTERNAL", "local": "LOCAL", "locale": "LOCAL",
    "global": "GLOBAL", "globale": "GLOBAL", "constant": "CONSTANT", "constante": "CONSTANT",
    "constants": "CONSTANT", "constantes": "CONSTANT",
    "is": "IS", "est": "IS", "are": "ARE", "sont": "ARE", "let": "LET", "soit": "LET",
    "of": "OF", "in": "IN", "dans": "IN", "not": "NOT", "pas": "NOT", "and": "AND", "et": "AND",
    "or": "OR", "ou": "OR", "_and_": "SAND", "_et_": "SAND", "_or_": "SOR", "_ou_": "SOR",
    "_in_": "IN", "_dans_": "IN",  # optimised IN: stops at the first match (?1512003)
    "true": "TRUE", "vrai": "TRUE", "false": "FALSE", "faux": "FALSE", "null": "NULL",
    "do": "DO", "faire": "DO",
}

# Words that are keywords only where the grammar expects them (common variable names).
# `on` is `sur`'s English twin (`s[[2 on 3]]`, `int on 8 bytes`) and names a variable too.
SOFT: dict[str, str] = {"a": "SOFT_A", "de": "SOFT_DE", "sur": "SOFT_SUR", "on": "SOFT_SUR"}
ARTICLES = {"a", "an", "un", "une"}  # before a type in a declaration (`x is a string`)
# Articles and linking words a type phrase may hold (`un tableau de 5 chaînes`)
TYPE_ARTICLES = {"a", "an", "un", "une", "des", "de", "d", "du", "la", "le", "les"}
# A type phrase's adjectives in the plural, as French agrees them with a plural noun
# (`tableau de CDocument dynamiques`, `tableau de 3 chaînes fixes sur 5`): read as their
# singular (folded). `locaux`/`globaux` are no type words (LOCAL/GLOBAL are sections and
# modifiers, and `Locaux`, premises, is an ordinary name): docs/semantics.md.
PLURAL_ADJECTIVES = {"dynamiques": "dynamique", "fixes": "fixe", "associatifs": "associatif",
                     "associatives": "associative"}
# Simple type words (folded, singular), EN and FR -> the kind they declare (the names of
# runtime/kinds.py's Kind; "byte"/"octet" are 1-byte unsigned integers).
# The French simple type words (folded) and their article in a declaration (`x est une
# chaîne`): syntax/foreign_forms.py and semantics/hint_words.py. "date" is both languages'
# word: foreign_forms leaves it out (`date d = ...` may be English), hint_words says "une".
FRENCH_TYPE_ARTICLES = {"entier": "un", "octet": "un", "reel": "un", "booleen": "un",
                        "monetaire": "un", "numerique": "un", "caractere": "un",
                        "chaine": "une", "heure": "une", "dateheure": "une", "duree": "une"}
SIMPLE_TYPE_WORDS: dict[str, str] = {
    "int": "int", "integer": "int", "entier": "int", "byte": "byte", "octet": "byte",
    "real": "real", "reel": "real", "double": "real",
    "string": "string", "chaine": "string", "character": "string", "caractere": "string",
    "ansistring": "string", "unicodestring": "string", "buffer": "string",
    "boolean": "boolean", "booleen": "boolean",
    "currency": "currency", "monetaire": "currency", "numeric": "numeric", "numerique": "numeric",
    "date": "date", "time": "time", "heure": "time", "datetime": "datetime",
    "dateheure": "datetime", "duration": "duration", "duree": "duration",
    "procedure": "procedure", "variant": "variant",
    # a member of a Variant as `POUR TOUT m DE v..Membre` gives it (INFERRED: held as a
    # Variant; docs/semantics.md "A Variant's members")
    "variantmember": "variant", "membrevariant": "variant",
}
# `d..Year`, `t..Minute`, `du..Day`: the parts of dates, times and durations, EN/FR
# (folded) -> one part name.
DATE_PART_WORDS = {"year": "year", "annee": "year", "month": "month", "mois": "month",
                   "day": "day", "jour": "day"}
TIME_PART_WORDS = {"hour": "hour", "heure": "hour", "minute": "minute", "second": "second",
                   "seconde": "second", "millisecond": "ms", "milliseconde": "ms"}
DAY_OF_WEEK_WORDS = {"dayofweek", "jourdelasemaine"}
# A DateTime's date and time parts: `dt..Date` / `dt..PartieDate`, `dt..Time` /
# `dt..PartieHeure` (Time ?2512069; PartieDate/PartieHeure as PC SOFT's own generated
# code names them; DatePart/TimePart decided: docs/semantics.md "A DateTime's date part")
DATETIME_PART_WORDS = {"date": "date", "partiedate": "date", "datepart": "date",
                       "time": "time", "partieheure": "time", "timepart": "time"}
# Words of a sized integer type (`int on 8 bytes`, `entier sans signe sur 2 octets`)
INT_WORDS = {"int", "integer", "entier", "unsigned", "sans", "signe", "on", "sur", "byte",
             "bytes", "octet", "octets", "system", "systeme"}

# `a bitLeftShift 2`: the shift functions are also infix operators (after an operand);
# so is `modulo` (the help lists it among the arithmetic operators: `n modulo 50` is n % 50).
SHIFT_WORDS = {"bitleftshift": "SHL", "bitdecalegauche": "SHL",
               "bitrightshift": "SHR", "bitdecaledroite": "SHR", "modulo": "PERCENT"}

PROC_MODIFIERS = {"global", "globale", "local", "locale", "private", "privee", "prive",
                  "public", "publique", "protected", "protegee", "protege", "virtual",
                  "virtuelle", "abstract", "abstraite", "restricted", "restreinte",
                  "restreint"}
STRING_WORDS = {"string", "chaine"}
EACH_WORDS = {"each", "all", "tout", "toute", "tous", "toutes", "chaque"}
OTHER_WORDS = {"other", "autre", "autres"}
EXTERN_WORDS = frozenset({"extern", "externe"})  # `EXTERN name`: a variable declared elsewhere
VISIBILITY = {"public", "publique", "private", "prive", "privee", "protected", "protege",
              "protegee", "published", "publie", "publiee", "restricted", "restreint",
              "restreinte"}
# Access words of class sections and methods -> the access they give.
ACCESS_WORDS = {"private": "private", "prive": "private", "privee": "private",
                "protected": "protected", "protege": "protected", "protegee": "protected",
                "restricted": "restricted", "restreint": "restricted",
                "restreinte": "restricted"}
SECTION_WORDS = VISIBILITY | {"global", "globale", "constant", "constante", "local", "locale"}
GLOBAL_WORDS = frozenset({"global", "globale"})  # a GLOBAL method's modifier
EXECUTE_ANCESTOR = ("executeancestor", "executeancetre")  # ExecuteAncestor / ExécuteAncêtre
OBJECT_WORDS = {"object", "objet"}
CTOR_WORDS = {"constructor", "constructeur"}
# `implements IBasket` / `implémente IPanier`, a class line naming an interface (?6010017)
IMPLEMENTS_WORDS = frozenset({"implements", "implemente"})
FILE_WORDS = {"where", "ou", "sur", "on", "avec", "with"}
# `FOR EACH x OF t WHERE c SORTED BY k`: the clauses after the collection; AVEC too, the
# word French code writes for WHERE on a data file (`POUR TOUT Client AVEC ...`)
WHERE_WORDS = {"where", "ou", "avec"}
SORTED_WORDS = {"sorted", "trie", "triee", "tries", "triees"}
# `FOR EACH ... FromEnd / WithoutSavingPosition` (DepuisFin, SansSauvePosition)
FROM_END_WORDS = {"fromend", "depuisfin"}
NO_SAVE_WORDS = {"withoutsavingposition", "sanssauveposition"}
# `FOR EACH reader IN DEPTH` / `POUR CHAQUE Lecteur EN PROFONDEUR` (a jsonReader, ?1510029;
# the English words INFERRED): the two words joined into one option (foreach_options.py)
DEEP_WORDS = {"en profondeur", "in depth"}
FOREACH_OPTIONS = FROM_END_WORDS | NO_SAVE_WORDS | DEEP_WORDS
# French openers: their error messages say FIN, not END
FRENCH_OPENERS = {"si", "selon", "pour", "tantque", "boucle", "constante", "interne", "utiliser"}
# The hidden method holding a class's computed member initial values (member_inits.py)
MEMBER_INIT = "wl_member_init"
