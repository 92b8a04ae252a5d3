"""The families of WINDEV functions that wlinterp knows by name but does not run (window,
screen, printing, Windows API, ActiveX, WEBDEV, ...), each with the reason said to the
user, and the catalog's entry type (windev_catalog.py says why the catalog exists).
"""
from __future__ import annotations

__all__ = ["CatalogFamily", "CatalogEntry", "FAMILIES", "JAVA", "REFUSED", "HFSQL_SERVER", "SSH",
           "WEBSOCKET_SERVER",
           "HFSQL_ENGINE", "CHART", "DRAWING", "PDF", "PRODUCT"]

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogFamily:
    """A group of functions wlinterp does not run, with the reason said to the user."""

    key: str
    en: str      # "a window function"
    fr: str      # "une fonction de fenêtre"
    reason: str  # "not available outside the IDE"


@dataclass(frozen=True)
class CatalogEntry:
    """One unavailable function; `by_prefix` when it matched a family prefix only."""

    en: str
    fr: str
    family: CatalogFamily
    by_prefix: bool = False

    def message(self, shown: str | None = None) -> str:
        """The run-time error: "TableDisplay is a window function: not available outside
        the IDE." (`shown` is the spelling the program used)."""
        return f"{shown or self.en} is {self.family.en}: {self.family.reason}."


def _family(key: str, en: str, fr: str, reason: str) -> CatalogFamily:
    return CatalogFamily(key, en, fr, reason)


WINDOWS = _family("windows", "a window function", "une fonction de fenêtre",
                  "not available outside the IDE (wlinterp runs code without windows)")
SCREEN = _family("screen", "a screen/data-binding function",
                 "une fonction de liaison écran/fichier",
                 "not available outside the IDE (there are no controls to bind)")
PRINTING = _family("printing", "a printing/report function",
                   "une fonction d'impression ou d'état",
                   "not available outside the IDE (reports and printers are not supported)")
WINAPI = _family("winapi", "a Windows API/DLL function", "une fonction API Windows/DLL",
                 "not available outside Windows (DLLs and the Windows API cannot be called)")
REGISTRY = _family("registry", "a Windows registry function",
                   "une fonction de base de registres Windows",
                   "not available outside Windows (the registry is Windows's own; a setting "
                   "the program keeps for itself is written with SaveParameter / "
                   "SauveParamètre and read with LoadParameter / ChargeParamètre, or kept "
                   "in an INI file: INIWrite / INIRead)")
ACTIVEX = _family("activex", "an ActiveX/OLE/.NET function", "une fonction ActiveX/OLE/.NET",
                  "ActiveX, OLE, COM and .NET are not available")
WEBDEV = _family("webdev", "a WEBDEV page function", "une fonction de page WEBDEV",
                 "not available outside a WEBDEV site")
HFSQL = _family("hfsql", "an HFSQL data function", "une fonction HFSQL",
                "not implemented by wlinterp")
NETWORK = _family("network", "a socket/HTTP function", "une fonction socket/HTTP",
                  "not implemented by wlinterp yet")
SSH = _family("ssh", "an SSH function", "une fonction SSH",
              "not available in wlinterp (an SSH client needs a library wlinterp does not "
              "include; a command can be run on a server through the system's ssh program, "
              "ExeRun / LanceAppli with \"ssh user@server command\")")
WEBSOCKET_SERVER = _family("websocket_server", "a WebSocket server function",
                           "une fonction de serveur WebSocket",
                           "it runs only in a WEBDEV \"WebSocket server\" project, which the "
                           "WEBDEV Application Server hosts (on Windows with IIS); wlinterp "
                           "runs the client's side: WebSocketClientConnect")
MESSAGING = _family("messaging", "an Outlook/Lotus Notes messaging function",
                    "une fonction de messagerie Outlook/Lotus Notes",
                    "not available outside Windows (it drives Microsoft Outlook through MAPI "
                    "or the Lotus Notes client, which wlinterp does not have; the Email "
                    "functions that send and read mail over SMTP, POP3 and IMAP run: "
                    "docs/email.md)")
THREADS = _family("threads", "a thread/semaphore function", "une fonction de thread",
                  "not implemented by wlinterp yet")
OFFICE = _family("office", "an Excel/Word document function",
                 "une fonction de document Excel/Word",
                 "not implemented by wlinterp (.xls/.xlsx/.docx files are not read)")

DEVICE = _family("device", "a device function", "une fonction de périphérique",
                 "not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode "
                 "readers and other devices are not supported)")
IDE = _family("ide", "a function of the WINDEV environment",
              "une fonction de l'environnement WINDEV",
              "not available outside WINDEV (components, libraries, the profiler and "
              "application updates need its runtime)")

HFSQL_SERVER = _family("hfsql_server", "an HFSQL Client/Server function",
                       "une fonction HFSQL Client/Serveur",
                       "needs an HFSQL Client/Server (wlinterp's data files are tables in "
                       "SQLite or PostgreSQL: no HFSQL server, users, backups, scheduling, "
                       "cluster or notifications; docs/hfsql.md, \"Server functions\")")
HFSQL_ENGINE = _family("hfsql_engine", "an HFSQL engine function",
                       "une fonction du moteur HFSQL",
                       "needs HFSQL's own file engine (logs, replication, full-text indexes, "
                       "views, xBase and HyperFile 5.5 files are not in SQLite or PostgreSQL; "
                       "docs/hfsql.md, \"Server functions\")")

JAVA = _family("java", "a Java function", "une fonction Java",
               "not available in wlinterp (Java classes cannot be loaded or called)")

REFUSED = _family("refused", "a WLanguage function wlinterp does not run",
                  "une fonction WLanguage que wlinterp n'exécute pas",
                  "no help page gives its rules, or they need what wlinterp does not "
                  "have (docs/builtins.md, \"What stays refused, and why\")")

UNPUBLISHED = _family("unpublished", "a function whose rules PC SOFT does not publish",
                      "une fonction dont PC SOFT ne publie pas les règles",
                      "wlinterp would have to invent its results (docs/builtins.md, "
                      "\"Soundex\")")

# the families of the charts, drawing, PDF and third-party product functions (catalogued
# from PC SOFT's list of French names, docs/builtins.md "Window, device and product
# families catalogued")
CHART = _family("chart", "a chart function", "une fonction de graphe",
                "not available in wlinterp (charts are drawn in a window, an image or a "
                "report, none of which wlinterp has)")
DRAWING = _family("drawing", "a drawing/image function", "une fonction de dessin ou d'image",
                  "not available in wlinterp (drawing needs an image control or an image "
                  "editor; images are not decoded)")
PDF = _family("pdf", "a PDF document function", "une fonction de document PDF",
              "not implemented by wlinterp (PDF files are neither read nor written)")
PRODUCT = _family("product", "a function of another product", "une fonction d'un autre produit",
                  "not available in wlinterp (it drives software wlinterp does not have: "
                  "Lotus Notes, MATLAB, SAP, Salesforce, Hadoop/HBase, Facebook, a spell "
                  "checker's dictionaries...)")

FAMILIES: tuple[CatalogFamily, ...] = (WINDOWS, SCREEN, PRINTING, WINAPI, REGISTRY, ACTIVEX, WEBDEV,
                                       HFSQL, NETWORK, SSH, WEBSOCKET_SERVER, MESSAGING, THREADS, OFFICE,
                                       DEVICE, IDE, JAVA, REFUSED, UNPUBLISHED, HFSQL_SERVER, HFSQL_ENGINE,
                                       CHART, DRAWING, PDF, PRODUCT)
