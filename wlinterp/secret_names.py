"""Which names suggest a secret or a credential: the one rule for error excerpts and history.

Two places must agree on it: the source line quoted under an error masks the literals of a
line that names a variable like a secret (secret_args.py), and the REPL history leaves out
an input that does (history_filter.py). Searching the folded name for "pass" anywhere
masked every line naming `gnPassed`, `nbPasses` or `Passage`, so a name is now cut into its
parts first — at `_`, digits and case changes (`gsMotDePasse` -> gs, Mot, De, Passe;
`APIKey` -> API, Key) — and judged on them:

* a word that is a secret wherever it appears — `passw` (password, passwd, Passwort),
  `pwd`, `motdepasse` (`motsdepasse`, the plural), `motpasse`, `mot2passe`, `secret`, `token`,
  `jeton` (French for token), `apikey`, `cleapi`, `credential`,
  `privatekey`, `passphrase`... — is searched in the whole folded name with the `_`
  removed, so it is found across parts (`MOT_DE_PASSE`, `cle_api`, `api_key`) and inside
  a lower-case name (`smtppassword`);
* a short word that is also part of ordinary words — `pass`, `pw`, `auth`, `mdp` (its
  letters begin every member `m_dP...`: `m_dPéremption`, `m_dPaiement`) — counts only as
  a whole part, `mdp` also as the start of one (`sPass`, `UserPass`, `db_pw`, `sAuth`,
  `sMdpSmtp`, and `nPass`: the doubt leans to
  secret), or as a whole lower-case part after a Hungarian prefix (`spass`, `gspw`), or
  ("pass") at the end of a lower-case part that is not an English word ending so
  (`userpass`, not `bypass`). `Passed`, `Passes`, `Passage`,
  `Author` are not such parts. `Passe` alone (French "pass", `nPasse`) is not a secret
  either: the French password is `MotDePasse` or `mdp`;
* `pin` and `otp` (a PIN, a one-time password) as a whole part beside another (`sPin`,
  `sOTP`, `sCodePin`), not alone nor inside a word (`spin`, `Pinned`, `nbPinceaux`); so
  are `nip` (the French "numéro d'identification personnel", a PIN: `sNIP`, `nCodeNIP`),
  `puk`, `totp` and `hotp`;
* `cvv` and `cvc` (a card's security code, `sCVV`, `nCVV2`, `cvc`) as a whole part,
  alone too, and `cryptogram` anywhere (`sCryptogrammeVisuel`, its French name).
  *Decided*, NET 5 Dec 2026: a card's number (`sNumCarte`) or an IBAN is no secret
  here: an identifier the program shows (cut or not) on an invoice, not a credential.

A called function or procedure is judged by a wider rule besides (is_credential_call): a
name speaking of a session, a connection, a login, an authentication or a password
(`HOpenConnection`, `EmailStartSMTPSession`, `HPasse`, `Authentifie`) suggests its
arguments hold credentials.

A false negative shows a password; a false positive only hides a literal in an error
excerpt or a line of history: when in doubt the rule leans to secret.
"""
from __future__ import annotations

__all__ = ["is_secret_name", "is_credential_call", "is_element_holder", "name_parts", "holds_url_password",
           "names_secret_key", "is_http_credential", "names_secret_inside", "url_shown"]

import unicodedata
from functools import lru_cache

from .lazy_regex import lazy_compile

from .syntax.names import fold
from .windev_controls import element_style

_ANYWHERE = lazy_compile(
    r"passw|pwd|motdepasse|motsdepasse|motpasse|mot2passe|passphrase|passcode|passkey|secret|token"
    r"|jeton|apikey|cleapi|credential|identifiant|privatekey|clepriv|accesskey"
    r"|authorization|authorisation|cryptogram")
"""Words that are secrets wherever they appear in a folded name without its `_`."""
_WHOLE = lazy_compile(r"(?:[glpm]_?)?(?:s|sz|str|c|b|x|v|a|n)?(?:pass|pw|auth|mdp\w*|cvv|cvc)")
"""A part that is a short secret word, perhaps after a Hungarian scope and type prefix."""
ROOTS = ("pass", "pw", "mdp", "secret", "token", "jeton", "key", "cle", "auth", "cred",
         "ident", "priv", "pin", "otp", "nip", "puk", "cvv", "cvc", "cryptogram")
"""Every secret-like name, folded without its `_`, holds one of these (each word of
_ANYWHERE and _WHOLE does)."""
_CODES = ("pin", "otp", "nip", "puk", "totp", "hotp")
"""A PIN (`nip` in Quebec's French), a PUK or a one-time password: a secret as a whole
part after a prefix or beside other parts (`sPin`, `sOTP`, `sCodePin`, `sNIP`); alone,
or inside a word (`spin`, `Pinned`, `Snipe`), it is not.
*Decided*, REV 5 Dec 2026: the doubt leans to secret, an English `pin` (a map's) is rare."""
_NOT_SECRET_ENDINGS = ("bypass", "compass", "overpass", "underpass", "surpass", "trespass")
_PARTS = lazy_compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[^\W\d_A-Za-z]+")
"""Runs of letters split at case changes; other letters (accented) stay in their run."""
_SEPARATORS = lazy_compile(r"[\W\d_]+")
_CREDENTIAL_CALL = lazy_compile(
    r"session|connect|connexion|login|logon|passw|motdepasse|authent|signin|signon"
    r"|identif")
"""Words of a folded function name that suggest it takes credentials (and `pass` or
`passe` as a whole part: `HPass`, `HPasse`). `Authentifie(sUser, "hunter2")`,
`Authenticate`, `SignIn`, `Identification`: a project's own login procedure was kept in
the REPL history and quoted in clear under an error."""


def name_parts(name: str) -> list[str]:
    """`name` cut at `_`, digits and case changes, each part folded: `gsMotDePasse` ->
    ['gs', 'mot', 'de', 'passe'], `sPWD2` -> ['s', 'pwd'], `sMotDePassé` -> [..., 'passe']."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [fold(part) for chunk in _SEPARATORS.split(name) for part in _PARTS.findall(chunk)]


@lru_cache(maxsize=4096)
def is_secret_name(name: str) -> bool:
    """True if a variable, member or parameter named `name` may hold a secret (a name
    holding none of ROOTS is not: most are told so without a regular expression)."""
    folded = fold(name).replace("_", "")
    if not any(root in folded for root in ROOTS):
        return False
    if _ANYWHERE.search(folded):
        return True
    parts = name_parts(name)
    return any(_WHOLE.fullmatch(part) or (part in _CODES and len(parts) > 1)
               or (part.endswith("pass") and not part.endswith(_NOT_SECRET_ENDINGS))
               for part in parts)


def is_element_holder(name: str) -> bool:
    """True if `name`, written as the object of a method call (`PROC_Auth.Check(...)`), is
    a procedure set's or a class's name (`PROC_Auth`, `COL_Outils`: a prefix in
    capitals, `_`, a capitalised word), not a value: its secret-like part can only be a
    short word (auth, pass, pw, mdp); a word that is a secret anywhere
    (`PROC_Password`) keeps it secret-like. *Decided*, L 5 Dec 2026: `PROC_Auth`, a
    real project's set of authentication procedures, masked every literal of its calls."""
    return element_style(name) and not _ANYWHERE.search(fold(name).replace("_", ""))


@lru_cache(maxsize=4096)
def is_credential_call(name: str) -> bool:
    """True if a function or procedure named `name` suggests it takes credentials (a
    session, a connection, a login, a password)."""
    return bool(_CREDENTIAL_CALL.search(fold(name))
                or any(part in ("pass", "passe") for part in name_parts(name)))


_USERINFO = lazy_compile(r"[^/\s:@\"']{0,256}:[^/\s@\"']{1,256}@")
"""What follows `://` in a URL carrying a password: `user:password@` (RFC 3986's
userinfo), bounded so that a hostile text costs a bounded look per `://`."""


def holds_url_password(text: str) -> bool:
    """True if `text` (a string literal, an input) holds a URL carrying a password
    (`https://user:pw@host`, `postgresql://u:pw@db/x`), whatever names surround it."""
    at = text.find("://")
    while at > 0:
        if text[at - 1].isalnum() and _USERINFO.match(text, at + 3):
            return True
        at = text.find("://", at + 3)
    return False


_KEY_LIKE = lazy_compile(r"[^\W\d][\w-]{0,63}")
_HTTP_CREDENTIAL = lazy_compile(r"(?i)\s*(?:bearer|basic|digest|token)\s+\S")
_PROTOCOL_LOGIN = lazy_compile(
    r"(?i)\s*(?:pass\s+\S+\s*$"  # FTP's and POP3's PASS (one word: "Pass the salt" is text)
    r"|apop\s+\S+\s+\S"  # POP3's APOP user digest
    r"|auth\s+(?:plain|login|cram-md5|xoauth2|oauthbearer)\s+\S"  # SMTP, IMAP, POP3 AUTH
    r"|[\w.-]{1,32}\s+login\s+\S+\s+\S)")  # IMAP's tag LOGIN user password
"""A protocol command carrying a password, as FTPCommand sends it (`"PASS hunter2"`)."""


def names_secret_key(text: str) -> bool:
    """True if `text` (a string literal's content) is a key naming a secret, as an HTTP
    header, an INI key or an associative array's key is written (`"Authorization"`,
    `"X-Api-Key"`, `"pwd"`): the value stored under it is one."""
    text = text.strip()
    return bool(_KEY_LIKE.fullmatch(text)) and is_secret_name(text.replace("-", "_"))


_TOKEN_SHAPE = lazy_compile(
    r"(?<![\w-])(?:eyJ[\w-]{8,}+\.eyJ[\w-]{8,}+\."  # a JSON Web Token
    r"|gh[pousr]_[A-Za-z0-9]{30,}+|github_pat_\w{30,}+"  # GitHub tokens
    r"|xox[abposr]-[\w-]{10,}+|[rs]k_(?:live|test)_[A-Za-z0-9]{16,}+"  # Slack, Stripe
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])|AIza[\w-]{35})"  # AWS, Google API keys
    r"|-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY-----")  # a PEM private key
"""Credentials recognisable by their shape alone, whatever variable receives them; each
word is tried once from its start (possessive runs), so a hostile literal costs linear
time."""


def is_http_credential(text: str) -> bool:
    """True if `text` is an Authorization header's value (`Bearer eyJ...`, `Basic
    dXNlcjpwdw==`) or holds a credential recognisable by its shape (a JSON Web Token, a
    PEM private key, a GitHub, Slack, Stripe, AWS or Google API key), or is a protocol
    command carrying a password (`"PASS hunter2"`, `"a1 LOGIN bob pw"`, `"AUTH PLAIN
    AGJvYgBwdw=="`: FTPCommand sends such lines): the credential itself, even stored in
    a variable whose name says nothing (`s = "eyJhbGci..."`)."""
    return bool(_HTTP_CREDENTIAL.match(text) or _PROTOCOL_LOGIN.match(text)
                or _TOKEN_SHAPE.search(text))


_NAMED_VALUE = lazy_compile(
    r"(?<![\w.-])(?P<name>[^\W\d][\w.-]{0,63})[\"']*[ \t]*[:=>][ \t]*[\"']*[^\s;&\"',}<]")
"""A name, its separator and the start of a value: `Password=x`, a quoted value
(`password='x'`, libpq's form), a JSON member (`"password":"x"`, its quotes doubled in a
WLanguage literal) and an XML element (`<password>x`)."""


_XML_ELEMENT = lazy_compile(
    r"<(?:[\w.-]{1,64}:)?(?P<name>[^\W\d][\w.-]{0,63})\s[^<>]{0,2048}>[ \t\r\n]*[^<\s]")
"""An XML element with attributes and a text value: `<wsse:Password Type="...">x` (a
SOAP UsernameToken), whose attributes hide it from _NAMED_VALUE; a start at each `<`,
its attributes bounded, so linear time."""


def names_secret_inside(text: str) -> bool:
    """True if `text` (a string literal's content) names a secret before its value: a
    header line (`Authorization: Bearer ...`, `X-Api-Key: ...`), a connection string's
    or INI line's `Password=...` (quoted or not), a URL query's `access_token=...`, a
    JSON body's `"password": "..."`, an XML body's `<password>...` (with attributes
    too: `<Password Type="...">...`). The value itself is the secret, whatever follows
    it."""
    return any(is_secret_name(m.group("name").replace("-", "_").replace(".", "_"))
               for pattern in (_NAMED_VALUE, _XML_ELEMENT) for m in pattern.finditer(text))


_QUERY_VALUE = lazy_compile(r"([?&;](?P<name>[^\W\d][\w.-]{0,63})=)(?P<value>[^&#;\s\"']*)")
_AUTHORITY_END = lazy_compile(r"[/?#\s\"']")


def url_shown(text: str) -> str:
    """`text` (a URL, or a message quoting URLs) as it may be shown: the password of each
    URL's user part (`https://ann:pw@host`) and the value of each query parameter named
    like a secret (`?password=pw`, `&access_token=...`) replaced by stars, the rest kept
    (the user, the host: what the reader needs to see which server it was)."""
    if "://" not in text:
        return text
    pieces, done, at = [], 0, text.find("://")
    while at > 0:
        start = at + 3
        end_m = _AUTHORITY_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        userinfo, sep, _ = text[start:end].rpartition("@")
        if sep and ":" in userinfo:
            colon = start + userinfo.index(":")
            pieces += [text[done:colon + 1], "***"]
            done = start + len(userinfo)
        at = text.find("://", end)
    text = "".join(pieces) + text[done:]
    return _QUERY_VALUE.sub(lambda m: m.group(1) + "***" if m.group("value")
                            and is_secret_name(m.group("name").replace("-", "_"))
                            else m.group(0), text)
