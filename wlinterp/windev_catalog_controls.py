"""The window, control and WEBDEV functions of PC SOFT's list of French names that the
other catalogue modules did not list yet (internal window lists FIListe..., organization
charts Orga..., multiline zones zml..., Android widgets, XAML, breaks in tables, the
application lock, notes on windows, full screen, columns and rows of the older list
functions, menus and windows opened by name...), with their English names, catalogued:
a call compiles (WL103) and stops with its family's error when it runs.

Lines are `English French` with a mark (`# VERIFIED ?page`: read on PC SOFT's English help
page; `# INFERRED`: from the family's pattern, `FI` IW for an internal window as `Fen`
Win, `Orga` Org, `Ouvre` Open, `Ajoute` Add, `Insère` Insert, `Supprime` Delete,
`Rupture` Break, `VerrouAppli` LockApp).
"""
from __future__ import annotations

__all__ = ["CONTROL_NAMES"]

from .windev_catalog_families import SCREEN, WEBDEV, WINDOWS, CatalogFamily

CONTROL_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        ChangeSourcePage ChangePageSource                 # VERIFIED ?1000024600
        IWListDisplay FIListeAffiche                      # INFERRED
        IWListAdd FIListeAjoute                           # INFERRED
        IWListInsert FIListeInsère                        # INFERRED
        IWListOccurrence FIListeOccurrence                # INFERRED
        IWListPosition FIListePosition                    # INFERRED
        IWListPrevious FIListePrécédent                   # INFERRED
        IWListNext FIListeSuivant                         # INFERRED
        IWListDelete FIListeSupprime                      # INFERRED
        IWListDeleteAll FIListeSupprimeTout               # INFERRED
        OrgDisplay OrgaAffiche                            # INFERRED
        OrgAdd OrgaAjoute                                 # INFERRED
        OrgAddChild OrgaAjouteFils                        # INFERRED
        OrgInfoXY OrgaInfoXY                              # INFERRED
        OrgModify OrgaModifie                             # INFERRED
        OrgOccurrence OrgaOccurrence                      # INFERRED
        OrgSaveImage OrgaSauveImage                       # INFERRED
        OrgSelect OrgaSelect                              # INFERRED
        OrgSelectMinus OrgaSelectMoins                    # INFERRED
        OrgSelectPlus OrgaSelectPlus                      # INFERRED
        OrgDelete OrgaSupprime                            # INFERRED
        OrgDeleteAll OrgaSupprimeTout                     # INFERRED
        WidgetDisplay WidgetAffiche                       # INFERRED
        WidgetRunApp WidgetLanceAppli                     # INFERRED
        XamlDisable XamlDésactive                         # INFERRED
        XamlEvent XamlEvénement                           # INFERRED
        XamlProperty XamlPropriété                        # INFERRED
        zmlAddLine zmlAjouteLigne                         # INFERRED
        zmlInsertLine zmlInsèreLigne                      # INFERRED
        zmlDelete zmlSupprime                             # INFERRED
        zmlDeleteAll zmlSupprimeTout                      # INFERRED
        FullScreenEnable PleinEcranActive                 # INFERRED
        FullScreenDisable PleinEcranDésactive             # INFERRED
        BreakAdd RuptureAjoute                            # INFERRED
        BreakDelete RuptureSupprime                       # INFERRED
        BreakDeleteAll RuptureSupprimeTout                # INFERRED
        LockAppLock VerrouAppliBloque                     # INFERRED
        LockAppUnlock VerrouAppliDébloque                 # INFERRED
        LockAppDelay VerrouAppliDélai                     # INFERRED
        LockAppPassword VerrouAppliMotDePasse             # INFERRED
        OpenDocument OuvreDocument                        # INFERRED
        OpenMobileWindow OuvreFenêtreMobile               # INFERRED
        OpenContextMenu OuvreMenuContextuel               # INFERRED
        OpenMainMenu OuvreMenuPrincipal                   # INFERRED
        AddColumn AjouteColonne                           # INFERRED
        InsertColumn InsèreColonne                        # INFERRED
        DeleteColumn SupprimeColonne                      # INFERRED
        AddLine AjouteLigne                               # INFERRED
        InsertLine InsèreLigne                            # INFERRED
        DeleteLine SupprimeLigne                          # INFERRED
        NoteLoadAll NoteChargeTout                        # INFERRED
        NoteCreate NoteCrée                               # INFERRED
        NoteSaveAll NoteSauveTout                         # INFERRED
        NoteDelete NoteSupprime                           # INFERRED
        EnumElement EnumèreElément                        # INFERRED
        EnumSubElement EnumèreSousElément                 # INFERRED
        ParentObject ParentObjet                          # INFERRED
        GesturePointerType GesteTypePointeur              # INFERRED
        PolygonShape FormePolygone                        # INFERRED
        NextSubscript IndiceSuivant                       # INFERRED
        MessageAddCheckBox MessageAjouteCase              # INFERRED
        MessageDeleteCheckBox MessageSupprimeCase         # INFERRED
        MultitaskRepaint MultitâcheRepeint                # INFERRED
        AnchorPointAdd PointDAttacheAjoute                # INFERRED
        AnchorPointDeleteAll PointDAttacheSupprimeTout    # INFERRED
        ControlPane VoletDuChamp                          # INFERRED
        AAFParameter ParamètreFAA                         # INFERRED
        SpellCheckParameter ParamètreOrthographe          # INFERRED
        ScreenSize TailleEcran                            # INFERRED
        ScreenType TypeEcran                              # INFERRED
        Clipboard PressePapier                            # INFERRED
        HelpFile FichierAide                              # INFERRED
        WHelp                                             # INFERRED: the same name in English
        NumHelp                                           # INFERRED: the same name in English
        iCalendarToOrganizer iCalendarVersAgenda          # INFERRED
        iCalendarToScheduler iCalendarVersPlanning        # INFERRED
        RTFToHTML RTFVersHTML                             # INFERRED
        URISelect URISélecteur                            # INFERRED
        """,
    SCREEN: """
        BuildTableFile ConstruitTableFichier              # INFERRED
        FileToMemoryList FichierVersListeMémoire          # INFERRED
        FileToMemoryTable FichierVersTableMémoire         # INFERRED
        """,
    WEBDEV: """
        AppServerAddScheduledTask ServeurAppliAjouteTâchePlanifiée # INFERRED
        AppServerExecuteScheduledTask ServeurAppliExécuteTâchePlanifiée # INFERRED
        AppServerInfoScheduledTask ServeurAppliInfoTâchePlanifiée # INFERRED
        AppServerListScheduledTask ServeurAppliListeTâchePlanifiée # INFERRED
        AppServerModifyScheduledTask ServeurAppliModifieTâchePlanifiée # INFERRED
        AppServerDeleteScheduledTask ServeurAppliSupprimeTâchePlanifiée # INFERRED
        PHPDisplay PHPAffiche                             # INFERRED
        PHPExecute PHPExécute                             # INFERRED
        ScriptExecute ScriptExécute                       # INFERRED
        CancelWebserviceContext AnnuleContexteWebservice  # INFERRED
        AWPContextIdentifier IdentifiantContexteAWP       # INFERRED
        FreeAWPContext LibèreContexteAWP                  # INFERRED
        BrowserRunApp NavigateurLanceAppli                # INFERRED
        fCopyFileWebFolder fCopieFichierRépertoireWeb     # INFERRED
        fDeleteFileWebFolder fSupprimeFichierRépertoireWeb # INFERRED
        """,
}
