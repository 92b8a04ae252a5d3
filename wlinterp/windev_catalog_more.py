"""More WINDEV functions wlinterp knows but does not run, found by measuring real code
(tests/realcode/builtin_coverage.py) and by reading PC SOFT's list of French function names
against the registry (docs/builtins.md, "Coverage on real code").

Most of them are listed under their French name only (a one-word line: the same name in
both languages): the list they come from is French, and an English name is written here
only where it was read or seen in real code. Families whose names share a prefix in both
languages (`BT...`, `DnD...`, `FTP...`) or whose French prefix is unambiguous (`Fen...`,
`Champ...`) match by prefix; a prefix can name exceptions.
"""
from __future__ import annotations

__all__ = ["MORE_NAMES", "MORE_PREFIXES"]

from .windev_catalog_families import (ACTIVEX, DEVICE, HFSQL, IDE, NETWORK, WEBDEV,
                                      WINAPI, WINDOWS, CatalogFamily)

# English names read since: EmailStartIMAPSession (?1000019189, the IMAP session page;
# paired with EmailOuvreSessionIMAP as EmailStartSMTPSession is with EmailOuvreSessionSMTP),
# EmailSeekFirst and EmailSeekFirstNotes (?3032138, the email constants' page; paired
# with EmailCherchePremier/...Notes as Seek is Cherche in ArraySeek/TableauCherche:
# INFERRED). The other one-word lines: no stored page gives their English name
# (tests/realcode/README.md lists them).
MORE_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        Event Evénement
        EndEvent FinEvénement
        EvénementExiste
        CurrentWin FenEnCours
        FenEnExécution
        AvertissementAsynchrone
        ConfirmerAsynchrone
        DialogueAsynchrone
        ErreurAsynchrone
        ErreurAvecDélai
        ErreurAvecDélaiAsynchrone
        InfoAsynchrone
        InfoAvecDélaiAsynchrone
        OuiNonAsynchrone
        OKAnnulerAsynchrone
        ActionDéclareUndo
        ActionDo
        ActionRedo
        ActionUndo
        CapsLockVérifie
        CelluleAfficheDialogue
        CelluleFermeDialogue
        ChangeAction
        ChangeClavier
        ChangeFenêtreSource
        ChangeStyle
        ChangeThème
        ChargeImage
        ChargePlancheImage
        ClavierVisible
        ColonneEnCours
        CoordonnéeEcranVersEditeur
        CoordonnéeEditeurVersEcran
        CouleurSélection
        CurseurAffiche
        CurseurCapture
        DateSélecteur
        HeureSélecteur
        DéplaceColonne
        DéplaceLigne
        EchangeLigne
        DésactiveFAA
        ExécuteFAA
        ExécuteActionPrédéfinie
        DessinDisponible
        DispositionAdapteTaille
        EnumèreMenu
        ExplorerAccepte
        ExplorerRécupère
        Timer
        FinTimer
        IndiceEnCours
        InitFenêtre
        Iconise
        Maximise
        NombreFenêtre
        LigneVersPosition
        PositionVersLigne
        VersPressePapier
        VersPressePapierRTF
        Jauge
        SablierRéseau
        TitreEnCours
        FinAutomatismeProcédure
        RTFAjoute
        RTFAjouteLien
        RTFCharge
        RTFInsère
        RTFRecherche
        RTFRemplace
        RTFSélection
        TexteHauteur
        TexteLargeur
        TexteEllipse
        EmailOuvreMessagerie
        EmailLanceAppli
        EmailJauge
        """,
    DEVICE: """
        CBCalculeCaractèreDeVérification
        CBCapture
        CBDécode
        CBVersImage
        CDEjecte
        CDListe
        EtatAlimentation
        SysInfoAppareil
        """,
    WINAPI: """
        RéseauConnecte
        RéseauDéconnecte
        RéseauNomRep
        ExeListeDLL
        SysFenActive
        SysFenAffiche
        SysFenHandle
        SysFenTitre
        SysChangeRésolutionEcran
        SysListeRésolutionEcran
        SysRésolutionEcran
        VersionWindows
        SysNumSérie
        SysInstance
        RéseauNomDomaine
        """,
    HFSQL: """
        """,
    ACTIVEX: """
        ObjetActif
        EmailOuvreSessionOutlook
        EmailOuvreSessionNotes
        EmailSeekFirstNotes EmailCherchePremierNotes
        EmailMiseAJour
        """,
    NETWORK: """
        NetAdresseMAC
        NetListeAdresseIP
        NetIPVersMAC
        NetMACVersIP
        Proxy
        EmailStartIMAPSession EmailOuvreSessionIMAP
        EmailAjouteDossier
        EmailChangeDossier
        EmailDossierCourant
        EmailListeDossier
        EmailSupprimeDossier
        EmailCopie
        EmailChangeEtat
        EmailRecupereIndicateur
        EmailSeekFirst EmailCherchePremier
        """,
    IDE: """
        ChargeWDL
        DéchargeWDL
        AnalyseurDébut
        AnalyseurFin
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
    ("registre", WINAPI, ()),
    ("registry", WINAPI, ()),
    ("planificateur", WINAPI, ()),    # the Windows task scheduler
    ("sysicone", WINAPI, ()),
    ("sysminiature", WINAPI, ()),
    ("outlook", ACTIVEX, ()),
    ("ftp", NETWORK, ()),
    ("ldap", NETWORK, ()),
    ("snmp", NETWORK, ()),
    ("soap", NETWORK, ()),
    ("ssh", NETWORK, ()),
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
