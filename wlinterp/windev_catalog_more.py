"""More WINDEV functions wlinterp knows but does not run, found by measuring real code
(tests/realcode/builtin_coverage.py) and by reading PC SOFT's list of French function names
against the registry (docs/builtins.md, "Coverage on real code").

The list they come from is French: each line gives the English name beside it, with a
mark saying where it comes from (`# VERIFIED ?page`, read on PC SOFT's English help page;
`# INFERRED`, from the pattern PC SOFT follows for the family: no stored page gives it).
A one-word line is a name the same in both languages. Families whose names share a prefix in both
languages (`BT...`, `DnD...`, `FTP...`) or whose French prefix is unambiguous (`Fen...`,
`Champ...`) match by prefix; a prefix can name exceptions.
"""
from __future__ import annotations

__all__ = ["MORE_NAMES", "MORE_PREFIXES"]

from .windev_catalog_families import (ACTIVEX, DEVICE, HFSQL, IDE, MESSAGING, NETWORK, REGISTRY,
                                      SSH, WEBDEV, WINAPI, WINDOWS, CatalogFamily)

# English names read since: EmailSeekFirst and EmailSeekFirstNotes (?3032138, the email
# constants' page; paired with EmailCherchePremier/...Notes as Seek is Cherche in
# ArraySeek/TableauCherche: INFERRED). The marks of the other lines are counted in docs/builtins.md
# (tests/core/test_catalog_english.py).
MORE_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        Event Evénement
        EndEvent FinEvénement
        EventExist EvénementExiste               # INFERRED
        CurrentWin FenEnCours
        WinInExecution FenEnExécution            # INFERRED
        WarningAsynchronous AvertissementAsynchrone # INFERRED
        ConfirmAsynchronous ConfirmerAsynchrone  # VERIFIED ?1000025305
        DialogAsynchronous DialogueAsynchrone    # VERIFIED ?1000025310
        ErrorAsynchronous ErreurAsynchrone       # INFERRED
        ErrorWithTimeout ErreurAvecDélai         # INFERRED
        ErrorWithTimeoutAsynchronous ErreurAvecDélaiAsynchrone # INFERRED
        InfoAsynchronous InfoAsynchrone          # VERIFIED ?3021011 (named on Info's page)
        InfoWithTimeoutAsynchronous InfoAvecDélaiAsynchrone # VERIFIED ?1000020528
        YesNoAsynchronous OuiNonAsynchrone       # INFERRED
        OKCancelAsynchronous OKAnnulerAsynchrone # VERIFIED ?1000025308
        ActionDeclareUndo ActionDéclareUndo      # INFERRED
        ActionDo                                 # INFERRED: the same name in English
        ActionRedo                               # INFERRED: the same name in English
        ActionUndo                               # INFERRED: the same name in English
        CapsLockCheck CapsLockVérifie            # INFERRED
        CellDisplayDialog CelluleAfficheDialogue # INFERRED
        CellCloseDialog CelluleFermeDialogue     # INFERRED
        ChangeAction                             # INFERRED: the same name in English
        ChangeKeyboard ChangeClavier             # INFERRED
        ChangeSourceWindow ChangeFenêtreSource   # VERIFIED ?3038053
        ChangeStyle                              # INFERRED: the same name in English
        ChangeTheme ChangeThème                  # INFERRED
        LoadImage ChargeImage                    # INFERRED
        LoadImageSheet ChargePlancheImage        # INFERRED
        KeyboardVisible ClavierVisible           # INFERRED
        CurrentColumn ColonneEnCours             # INFERRED
        CoordinateScreenToEditor CoordonnéeEcranVersEditeur # INFERRED
        CoordinateEditorToScreen CoordonnéeEditeurVersEcran # INFERRED
        SelectionColor CouleurSélection          # INFERRED
        CursorDisplay CurseurAffiche             # INFERRED
        CursorCapture CurseurCapture             # INFERRED
        DateSelect DateSélecteur                 # INFERRED
        TimeSelect HeureSélecteur                # INFERRED
        MoveColumn DéplaceColonne                # INFERRED
        DisableAAF DésactiveFAA                  # INFERRED
        ExecuteAAF ExécuteFAA                    # INFERRED
        ExecutePredefinedAction ExécuteActionPrédéfinie # INFERRED
        DrawingAvailable DessinDisponible        # INFERRED
        LayoutAdaptSize DispositionAdapteTaille  # INFERRED
        EnumMenu EnumèreMenu                     # INFERRED
        ExplorerAccept ExplorerAccepte           # INFERRED
        ExplorerGet ExplorerRécupère             # INFERRED
        Timer                                    # VERIFIED ?3015008
        EndTimer FinTimer                        # VERIFIED ?3015008 (named on Timer's page)
        CurrentSubscript IndiceEnCours           # INFERRED
        InitWindow InitFenêtre                   # INFERRED
        Iconize Iconise                          # INFERRED
        Maximize Maximise                        # INFERRED
        NumberWindow NombreFenêtre               # INFERRED
        LineToPosition LigneVersPosition         # INFERRED
        PositionToLine PositionVersLigne         # INFERRED
        ToClipboard VersPressePapier             # INFERRED
        ToClipboardRTF VersPressePapierRTF       # INFERRED
        Gauge Jauge                              # INFERRED
        NetworkHourglass SablierRéseau           # INFERRED
        CurrentTitle TitreEnCours                # INFERRED
        EndAutomatedProcedure FinAutomatismeProcédure # INFERRED
        RTFAdd RTFAjoute                         # INFERRED
        RTFAddLink RTFAjouteLien                 # INFERRED
        RTFLoad RTFCharge                        # INFERRED
        RTFInsert RTFInsère                      # INFERRED
        RTFSearch RTFRecherche                   # INFERRED
        RTFReplace RTFRemplace                   # INFERRED
        RTFSélection                             # INFERRED: the same name in English
        TextHeight TexteHauteur                  # INFERRED
        TextWidth TexteLargeur                   # INFERRED
        TextEllipsis TexteEllipse                # INFERRED
        EmailOpenMail EmailOuvreMessagerie       # INFERRED
        EmailRunApp EmailLanceAppli              # INFERRED
        EmailGauge EmailJauge                    # INFERRED
        """,
    DEVICE: """
        BCCalculateCheckDigit CBCalculeCaractèreDeVérification # INFERRED
        BCCapture CBCapture                      # INFERRED
        BCDecode CBDécode                        # INFERRED
        BCToImage CBVersImage                    # INFERRED
        CDEject CDEjecte                         # INFERRED
        CDList CDListe                           # INFERRED
        PowerStatus EtatAlimentation             # INFERRED
        SysDeviceInfo SysInfoAppareil            # INFERRED
        """,
    WINAPI: """
        NetworkConnect RéseauConnecte            # INFERRED
        NetworkDisconnect RéseauDéconnecte       # INFERRED
        NetworkDirName RéseauNomRep              # INFERRED
        ExeListDLL ExeListeDLL                   # INFERRED
        SysWinActive SysFenActive                # INFERRED
        SysWinShow SysFenAffiche                 # INFERRED
        SysWinHandle SysFenHandle                # INFERRED
        SysWinTitle SysFenTitre                  # INFERRED
        SysChangeScreenResolution SysChangeRésolutionEcran # INFERRED
        SysListScreenResolution SysListeRésolutionEcran # INFERRED
        SysScreenResolution SysRésolutionEcran   # INFERRED
        WindowsVersion VersionWindows            # INFERRED
        SysSerialNumber SysNumSérie              # INFERRED
        SysInstance                              # INFERRED: the same name in English
        NetworkDomainName RéseauNomDomaine       # INFERRED
        """,
    HFSQL: """
        """,
    ACTIVEX: """
        ObjectActive ObjetActif                  # INFERRED
        """,
    NETWORK: """
        NetMACAddress NetAdresseMAC              # INFERRED
        NetListIPAddress NetListeAdresseIP       # INFERRED
        NetIPToMAC NetIPVersMAC                  # INFERRED
        NetMACToIP NetMACVersIP                  # INFERRED
        """,
    MESSAGING: """
        EmailStartOutlookSession EmailOuvreSessionOutlook # INFERRED
        EmailStartNotesSession EmailOuvreSessionNotes # INFERRED
        EmailSeekFirstNotes EmailCherchePremierNotes
        EmailUpdate EmailMiseAJour               # INFERRED
        EmailChangeStatus EmailChangeEtat        # INFERRED
        EmailGetIndicator EmailRecupereIndicateur # INFERRED
        EmailSeekFirst EmailCherchePremier
        """,
    IDE: """
        LoadWDL ChargeWDL                        # INFERRED
        FreeWDL DéchargeWDL                      # INFERRED
        ProfilerStart AnalyseurDébut             # VERIFIED ?3013012
        ProfilerEnd AnalyseurFin                 # VERIFIED ?3013012 (ProfilerStart's example)
        """,
}

# (folded prefix, family, folded prefixes excluded), as windev_catalog_names.PREFIXES.
# French everyday words (Fen..., Champ..., Saisie..., Contact..., Appli...) are not
# prefixes: their functions are listed in windev_catalog_exact.py.
MORE_PREFIXES: tuple[tuple[str, CatalogFamily, tuple[str, ...]], ...] = (
    ("ascenseur", WINDOWS, ()),
    ("bulle", WINDOWS, ()),
    ("barre", WINDOWS, ()),
    ("dnd", WINDOWS, ()),
    ("faa", WINDOWS, ()),
    ("pressepapier", WINDOWS, ()),
    ("selecteur", WINDOWS, ()),
    ("interrupteur", WINDOWS, ()),
    ("onglet", WINDOWS, ()),
    ("panneau", WINDOWS, ()),
    ("galerie", WINDOWS, ()),
    ("timeline", WINDOWS, ()),
    ("treemap", WINDOWS, ()),
    ("tcd", WINDOWS, ()),
    ("tdb", WINDOWS, ()),
    ("multimedia", WINDOWS, ()),
    ("mdi", WINDOWS, ()),
    ("pilote", WINDOWS, ()),          # PiloteFenêtre... (automated UI tests)
    ("bt", DEVICE, ("btn",)),         # BTActive, BTLEConnecte... (Bluetooth)
    ("capteur", DEVICE, ()),
    ("domo", DEVICE, ()),
    ("gps", DEVICE, ()),
    ("sms", DEVICE, ()),
    ("obex", DEVICE, ()),
    ("wifi", DEVICE, ()),
    ("usb", DEVICE, ()),
    ("upnp", DEVICE, ()),
    ("twain", DEVICE, ()),
    ("graveur", DEVICE, ()),
    ("fax", DEVICE, ()),
    ("luminosite", DEVICE, ()),
    ("mci", WINAPI, ()),
    ("certificat", WINAPI, ()),
    ("corbeille", WINAPI, ()),
    ("dns", WINAPI, ()),
    ("registre", REGISTRY, ()),
    ("registry", REGISTRY, ()),
    ("planificateur", WINAPI, ()),    # the Windows task scheduler
    ("sysicone", WINAPI, ()),
    ("sysminiature", WINAPI, ()),
    ("outlook", ACTIVEX, ()),
    ("ftp", NETWORK, ()),
    ("ldap", NETWORK, ()),
    ("snmp", NETWORK, ()),
    ("soap", NETWORK, ()),
    ("ssh", SSH, ()),
    ("mqtt", NETWORK, ()),
    ("redis", NETWORK, ()),
    ("memcached", NETWORK, ()),
    ("mongo", NETWORK, ()),
    ("ggl", NETWORK, ()),
    ("j2ee", NETWORK, ()),
    ("webservice", WEBDEV, ()),       # WebserviceEcritCodeHTTP... (a webservice's context)
    ("composant", IDE, ()),
    ("gpw", IDE, ()),                 # the user groupware
    ("saas", IDE, ()),
    ("telemetrie", IDE, ()),
)
