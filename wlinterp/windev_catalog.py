"""WINDEV functions that wlinterp knows by name but does not run: the window, control,
Windows-API, ActiveX, screen-binding, WEBDEV page and printing families, and the portable
families not implemented yet (HFSQL, sockets/HTTP, threads).

Why a table: ported code is full of calls such as `TableDisplay(TABLE_Client)` or
`HReadSeekFirst(Client, Nom, s)`. Such a call must compile (the rest of the file still runs)
and, when it is reached, stop with an error that says what the function is and why it
cannot run, instead of "unknown procedure". The checker and the test runner's mocks read
the same table, so it lives here, beside the registry, once.

The registry always wins: a name that a stdlib family registers (for instance an H*
function once the HFSQL family implements it) is never reported as unavailable.

Each family lists `English French` pairs, one per line (a single word when both languages
spell it the same). Families whose functions share a prefix (`Table...`, `Looper...`,
`Socket...`) also match by prefix, so that the hundreds of control functions need no
listing; a prefix can name exceptions (`Tableau...` is the French array family).
"""
from __future__ import annotations

__all__ = ["CatalogFamily", "CatalogEntry", "FAMILIES", "unavailable", "entries",
           "family_of"]

import functools
from dataclasses import dataclass

from .syntax.names import fold


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
ACTIVEX = _family("activex", "an ActiveX/OLE/.NET function", "une fonction ActiveX/OLE/.NET",
                  "ActiveX, OLE, COM and .NET are not available")
WEBDEV = _family("webdev", "a WEBDEV page function", "une fonction de page WEBDEV",
                 "not available outside a WEBDEV site")
HFSQL = _family("hfsql", "an HFSQL data function", "une fonction HFSQL",
                "not implemented by wlinterp")
NETWORK = _family("network", "a socket/HTTP function", "une fonction socket/HTTP",
                  "not implemented by wlinterp yet")
THREADS = _family("threads", "a thread/semaphore function", "une fonction de thread",
                  "not implemented by wlinterp yet")
OFFICE = _family("office", "an Excel/Word document function",
                 "une fonction de document Excel/Word",
                 "not implemented by wlinterp (.xls/.xlsx/.docx files are not read)")

UNPUBLISHED = _family("unpublished", "a function whose rules PC SOFT does not publish",
                      "une fonction dont PC SOFT ne publie pas les règles",
                      "wlinterp would have to invent its results (docs/builtins.md, "
                      "\"Soundex\")")

FAMILIES: tuple[CatalogFamily, ...] = (WINDOWS, SCREEN, PRINTING, WINAPI, ACTIVEX, WEBDEV,
                                       HFSQL, NETWORK, THREADS, OFFICE, UNPUBLISHED)

# English French (one word: same in both languages). Only well-known pairs are listed.
_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        Open Ouvre
        OpenChild OuvreFille
        OpenSister OuvreSoeur
        OpenPopup OuvrePopup
        OpenPopupPosition OuvrePopupPosition
        Close Ferme
        Use Utilise
        ReturnToCapture RepriseSaisie
        ExecuteProcess ExécuteTraitement
        DelayBeforeClosing DélaiAvantFermeture
        WinStatus FenEtat
        WinSize FenTaille
        WinInput FenEnSaisie
        YesNo OuiNon
        OKCancel OKAnnuler
        Confirm Confirmer
        Dialog Dialogue
        Input Saisie
        InfoWithTimeout InfoAvecDélai
        Message
        Hourglass Sablier
        NextTitle TitreSuivant
        Beep Bip
        MouseXPos SourisPosX
        MouseYPos SourisPosY
        KeyPressed ToucheEnfoncée
        SendKey EnvoieTouche
        CursorPos CurseurPos
        SetFocus DonneFocus
        ControlVisible ChampVisible
        ControlClone ChampClone
        ControlCreate ChampCrée
        ControlDelete ChampSupprime
        ControlExist ChampExiste
        ControlCurrent ChampEnCours
        ControlContextual ChampContextuel
        EnumControl ÉnumèreChamp
        ChangeSkinTemplate ChangeGabarit
        dStartDrawing dDébutDessin
        dEndDrawing dFinDessin
        dRectangle
        dLine dLigne
        dText dTexte
        dCircle dCercle
        dPoint
        grCreate grCrée
        grDraw grDessine
        grAddData grAjouteDonnée
        grTitle grTitre
        fSelect fSélecteur
        fSelectDir fRepSélecteur
        TimerSys
        EndTimerSys FinTimerSys
        ChangeAlphabet
        """,
    SCREEN: """
        ScreenToFile EcranVersFichier
        FileToScreen FichierVersEcran
        ScreenToSource EcranVersSource
        SourceToScreen SourceVersEcran
        ScreenFirst EcranPremier
        ControlToSource ChampVersSource
        FileToMemory FichierVersMémoire
        MemoryToFile MémoireVersFichier
        FileToPage FichierVersPage
        PageToFile PageVersFichier
        """,
    PRINTING: """
        iPrint iImprime
        iPrintReport iImprimeEtat
        iDestination
        iPreview iAperçu
        iEndPrinting iFinImprime
        iConfigure
        iParameter iParamètre
        iPrintBarCode iImprimeCodeBarre
        iSkipPage iSautePage
        iPrintImage iImprimeImage
        iInitReportQuery iInitRequêteEtat
        iFont iPolice
        iCreateFont iCréePolice
        """,
    WINAPI: """
        API
        APIParameter APIParamètre
        CallDLL32 AppelDLL32
        LoadDLL ChargeDLL
        FreeDLL DéchargeDLL
        CallInterface AppelInterface
        Transfer Transfert
        SendMessage
        PostMessage
        Handle
        ShellExecute LanceAppliAssociée
        RegistryQueryValue RegistreLit
        RegistrySetValue RegistreEcrit
        RegistryCreateKey RegistreCréeClé
        RegistryDeleteKey RegistreSupprimeClé
        RegistryDeleteValue RegistreSupprimeValeur
        RegistryExist RegistreExiste
        RegistryListValue RegistreListeValeur
        CreateShortcut CréeRaccourci
        AutoRunAdd AutoLanceAjoute
        SysXRes
        SysYRes
        SysMetric SysMétrique
        SysIconAdd SysIconeAjoute
        """,
    ACTIVEX: """
        ActiveXEvent ActiveXEvénement
        AutomationEvent AutomationEvénement
        AutomationParameter AutomationParamètre
        BuildAutomationVariant ConstruitVariantAutomation
        COMCallMethod COMAppelleMéthode
        COMCreateInstance COMCréeInstance
        COMGetInterface COMRécupèreInterface
        """,
    WEBDEV: """
        ScriptDisplay ScriptAffiche
        DeclareAWPContext DéclareContexteAWP
        ConfigureAWPContext ConfigureContexteAWP
        DeclareWebserviceContext DéclareContexteWebservice
        CookieRead CookieLit
        CookieWrite CookieEcrit
        BrowserType NavigateurType
        BrowserName NavigateurNom
        FileDisplay FichierAffiche
        StringDisplay ChaîneAffiche
        ContextOpen ContexteOuvre
        ContextClose ContexteFerme
        ContextExist ContexteExiste
        UploadCopyFile UploadCopieFichier
        UploadFileName UploadNomFichier
        AJAXExecute AJAXExécute
        ExecuteJS ExécuteJS
        InAJAXMode EnModeAJAX
        InAWPMode EnModeAWP
        fWebDir fRepWeb
        """,
    HFSQL: """
        HReadSeekFirst HLitRecherchePremier
        HReadSeekLast HLitRechercheDernier
        HReadSeek HLitRecherche
        HReadFirst HLitPremier
        HReadLast HLitDernier
        HReadNext HLitSuivant
        HReadPrevious HLitPrécédent
        HRead HLit
        HFound HTrouve
        HOut HEnDehors
        HReset HRAZ
        HAdd HAjoute
        HModify HModifie
        HDelete HSupprime
        HDeleteAll HSupprimeTout
        HSave HEnregistre
        HExecuteQuery HExécuteRequête
        HExecuteSQLQuery HExécuteRequêteSQL
        HPrepareSQLQuery HPrépareRequêteSQL
        HFreeQuery HLibèreRequête
        HCancelDeclaration HAnnuleDéclaration
        HErrorInfo HErreurInfo
        HError HErreur
        HErrorLock HErreurBlocage
        HErrorDuplicates HErreurDoublon
        HErrorIntegrity HErreurIntégrité
        HTransactionStart HTransactionDébut
        HTransactionEnd HTransactionFin
        HTransactionCancel HTransactionAnnule
        HOpenConnection HOuvreConnexion
        HCloseConnection HFermeConnexion
        HDescribeConnection HDécritConnexion
        HChangeConnection HChangeConnexion
        HOpen HOuvre
        HClose HFerme
        HCreation HCréation
        HCreationIfNotFound HCréationSiInexistant
        HNbRec HNbEnr
        HRecNum HNumEnr
        HFilter HFiltre
        HDeactivateFilter HDésactiveFiltre
        HActivateFilter HActiveFiltre
        HCancelSeek HAnnuleRecherche
        HLockFile HBloqueFichier
        HUnlockFile HDébloqueFichier
        HCopyRecord HCopieEnreg
        HPass HPasse
        HChangeDir HChangeRep
        HChangeName HChangeNom
        HListFile HListeFichier
        HListItem HListeRubrique
        HSavePosition HSauvePosition
        HRestorePosition HRetourPosition
        HDeclare HDéclare
        HDeclareExternal HDéclareExterne
        HAlias
        HBuildKeyValue HConstruitValClé
        HExtractMemo HExtraitMémo
        HInfoMemo HInfoMémo
        HRecordToXML HEnregistrementVersXML
        HRecordToJSON HEnregistrementVersJSON
        HForward HAvance
        HBackward HRecule
        HCheckStructure HVérifieStructure
        HSecurity HSécurité
        HOptimize HOptimise
        HIndex
        HStatus HEtat
        HVersion
        HImportText HImporteTexte
        HExportXML HExporteXML
        HStatCalculate HStatCalcule
        HCross HRaye
        HWrite HEcrit
        HMode HMode
        HRecordDate HDateEnreg
        HCopyFile HCopieFichier
        HDeleteFile HSupprimeFichier
        HInfoFile HInfoFichier
        HListLink HListeLiaison
        HTransactionIsolation HTransactionIsolation
        """,
    NETWORK: """
        FTPConnect FTPConnecte
        FTPDisconnect FTPDéconnecte
        FTPSend FTPEnvoie
        FTPGet FTPRécupère
        NetIPAddress NetAdresseIP
        """,
    THREADS: """
        """,  # ThreadExecute, Semaphore*, Mutex*... are built-ins (stdlib/thread_*.py)
    UNPUBLISHED: """
        Phonetic Phonétique
        """,  # PC SOFT's French phonetic key: no help page gives its rules
}

# (folded prefix, family, folded prefixes excluded). Applied after the exact names.
_PREFIXES: tuple[tuple[str, CatalogFamily, tuple[str, ...]], ...] = (
    ("table", WINDOWS, ("tableau",)),   # Table* controls; Tableau* are the array functions
    ("spreadsheet", WINDOWS, ()),
    ("looper", WINDOWS, ()),
    ("zonerepetee", WINDOWS, ()),
    ("list", WINDOWS, ()),
    ("combo", WINDOWS, ()),
    ("tree", WINDOWS, ()),
    ("arbre", WINDOWS, ()),
    ("popup", WINDOWS, ()),
    ("toast", WINDOWS, ()),
    ("animation", WINDOWS, ()),
    ("sitemappath", WINDOWS, ()),
    ("cheminnavigation", WINDOWS, ()),
    ("organizer", WINDOWS, ()),
    ("agenda", WINDOWS, ()),
    ("scheduler", WINDOWS, ()),
    ("planning", WINDOWS, ()),
    ("menu", WINDOWS, ()),
    ("ribbon", WINDOWS, ()),
    ("ruban", WINDOWS, ()),
    ("carousel", WINDOWS, ()),
    ("carrousel", WINDOWS, ()),
    ("kanban", WINDOWS, ()),
    ("gantt", WINDOWS, ()),
    ("map", WINDOWS, ()),
    ("carte", WINDOWS, ()),
    ("camera", WINDOWS, ()),
    ("captcha", WEBDEV, ()),
    ("page", WEBDEV, ()),
    ("dde", WINAPI, ()),
    ("dotnet", ACTIVEX, ()),
    ("socket", NETWORK, ()),
    ("http", NETWORK, ()),
    ("thread", THREADS, ()),
    ("semaphore", THREADS, ()),
    ("mutex", THREADS, ()),
    ("xls", OFFICE, ()),  # xlsOpen/xlsOuvre, xlsData/xlsDonnée...
)


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, CatalogEntry]:
    """The pairs by folded name, built on first use (most runs never ask)."""
    table: dict[str, CatalogEntry] = {}
    for fam, text in _NAMES.items():
        for line in text.split("\n"):
            words = line.split()
            if not words:
                continue
            en, fr = words[0], words[-1]
            entry = CatalogEntry(en, fr, fam)
            for name in (en, fr):
                key = fold(name)
                if key in table and table[key] != entry:
                    raise ValueError(f"windev_catalog: {name} listed twice")
                table[key] = entry
    return table


def _registered(key: str) -> bool:
    from .registry import load_stdlib  # late: the stdlib imports modules that import us
    return key in load_stdlib().functions


def family_of(name: str) -> CatalogEntry | None:
    """The catalog's entry for `name` (exact pair, else prefix), ignoring the registry."""
    key = fold(name)
    entry = _by_name().get(key)
    if entry is not None:
        return entry
    for prefix, fam, excluded in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) \
                and not any(key.startswith(x) for x in excluded):
            return CatalogEntry(name, name, fam, by_prefix=True)
    return None


def unavailable(name: str) -> CatalogEntry | None:
    """The entry for a WINDEV function wlinterp knows but does not run; None when the
    name is a registered built-in (the registry wins) or not a known WINDEV name."""
    if _registered(fold(name)):
        return None
    return family_of(name)


def entries() -> list[CatalogEntry]:
    """Every listed pair that the registry does not implement (prefix matches aside),
    for the checker and the test runner's mocks."""
    seen: dict[int, CatalogEntry] = {}
    for entry in _by_name().values():
        if not _registered(fold(entry.en)) and not _registered(fold(entry.fr)):
            seen.setdefault(id(entry), entry)
    return list(seen.values())
