"""The names in the catalog of WINDEV functions wlinterp does not run: `English French`
pairs per family, one per line (a single word when both languages spell it the same),
and the family prefixes (`Table...`, `Looper...`, `Socket...`) that match the hundreds
of control functions without listing them (windev_catalog.py reads both).
"""
from __future__ import annotations

__all__ = ["NAMES", "PREFIXES"]

from .windev_catalog_families import (ACTIVEX, JAVA, NETWORK, REFUSED, OFFICE, PRINTING, SCREEN, THREADS,
                                      UNPUBLISHED, WEBDEV, WEBSOCKET_SERVER, WINAPI, REGISTRY,
                                      WINDOWS, HFSQL, CatalogFamily)

# English French (one word: same in both languages). Only well-known pairs are listed.
NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        Open Ouvre
        OpenChild OuvreFille
        OpenSister OuvreSoeur
        OpenPopup OuvrePopup
        OpenPopupPosition OuvrePopupPosition
        Close Ferme
        Use Utilise
        ReturnToCapture RepriseSaisie
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
        eRoundDifference eDifférenceArrondi      # VERIFIED ?3033015: reads a "Currency + Euro" control
        Message                                  # INFERRED: the same name in English
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
        fImageSelect fSélecteurImage             # INFERRED French (English: PC SOFT's example)
        fGraphicFilter fFiltreImage              # INFERRED French (English: PC SOFT's example)
        fSelect fSélecteur
        fSelectDir fRepSélecteur
        TimerSys                                 # INFERRED: the same name in English
        EndTimerSys FinTimerSys
        ChangeAlphabet                           # INFERRED: the same name in English
        """,
    SCREEN: """
        ScreenToFile EcranVersFichier
        FileToScreen FichierVersEcran
        ScreenToSource EcranVersSource
        SourceToScreen SourceVersEcran
        ScreenFirst EcranPremier
        ControlToSource ChampVersSource
        FileToPage FichierVersPage
        PageToFile PageVersFichier
        SQLTable                                 # INFERRED: the same name in English
        SQLAssociate SQLAssocie                  # INFERRED
        """,  # the two SQL functions that fill controls (docs/builtins.md, "The older SQL functions")
    PRINTING: """
        iPrint iImprime
        iPrintReport iImprimeEtat
        iDestination                             # INFERRED: the same name in English
        iPreview iAperçu
        iEndPrinting iFinImprime
        iConfigure                               # INFERRED: the same name in English
        iParameter iParamètre
        iPrintBarCode iImprimeCodeBarre
        iSkipPage iSautePage
        iPrintImage iImprimeImage
        iInitReportQuery iInitRequêteEtat
        iFont iPolice
        iCreateFont iCréePolice
        iWindowCancel iFenêtreAbandon            # INFERRED French (English: PC SOFT's example)
        """,
    REGISTRY: """
        RegistryQueryValue RegistreLit
        RegistrySetValue RegistreEcrit
        RegistryCreateKey RegistreCréeClé
        RegistryDeleteKey RegistreSupprimeClé
        RegistryDeleteValue RegistreSupprimeValeur
        RegistryExist RegistreExiste
        RegistryListValue RegistreListeValeur
        RegistryFirstSubKey RegistrePremièreSousClé  # INFERRED (the family page is not stored)
        RegistryNextKey RegistreCléSuivante          # INFERRED
        RegistrySearch RegistreCherche               # INFERRED
        RegistryValueType RegistreTypeValeur         # INFERRED
        RegistryCopyKey RegistreCopieClé             # INFERRED
        """,
    WINAPI: """
        API                                      # INFERRED: the same name in English
        APIParameter APIParamètre
        CallDLL32 AppelDLL32
        LoadDLL ChargeDLL
        FreeDLL DéchargeDLL
        CallInterface AppelInterface
        Transfer Transfert
        SendMessage EnvoieMessage                # INFERRED
        PostMessage PosteMessage                 # INFERRED
        Handle                                   # INFERRED: the same name in English
        ShellExecute LanceAppliAssociée
        CreateShortcut CréeRaccourci
        AutoRunAdd AutoLanceAjoute
        SysXRes                                  # INFERRED: the same name in English
        SysYRes                                  # INFERRED: the same name in English
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
        ExecuteDelayedProcedure ExécuteProcédureDifférée # INFERRED (the application server's)
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
        PageParameter PageParamètre
        PageDisplay PageAffiche
        PageDisplayDialog PageAfficheDialogue    # INFERRED: both seen, paired
        PageRefresh PageActualise                # INFERRED
        PageUse PageUtilise                      # INFERRED
        PageSubmit PageValide                    # INFERRED
        PageAddress PageAdresse                  # INFERRED
        """,  # Page...: ?3058026 (PageParameter, its French name), ?20003 (PageDisplay,
              # PageRefresh, PageUse, PageDisplayDialog), ?1012022 (PageSubmit); PageAddress
              # and PageAfficheDialogue seen in real code; PageAffiche (INFERRED, PageDisplay's
              # French name as the catalogue knew it); the other French names INFERRED
              # (marked), from the pattern of PageDisplay/PageAffiche
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
        HMode HMode
        HRecordDate HDateEnreg
        HCopyFile HCopieFichier
        HDeleteFile HSupprimeFichier
        HInfoFile HInfoFichier
        HListLink HListeLiaison
        HTransactionIsolation HTransactionIsolation
        """,
    NETWORK: """
        """,  # FTPConnect, FTPSend, FTPListFile... are built-ins (stdlib/ftp_client.py, ftp_listing.py)
    THREADS: """
        """,  # ThreadExecute, Semaphore*, Mutex*... are built-ins (stdlib/thread_*.py)
    # the functions of a WEBDEV "WebSocket server" project (?1000017218): WebSocketSend /
    # WebSocketEnvoie read on ?1000025957, WebSocketExecute on ?1000025961, and
    # WebSocketListConnectedClient in both pages' examples; their French names but
    # WebSocketEnvoie follow the family's pattern
    WEBSOCKET_SERVER: """
        WebSocketSend WebSocketEnvoie
        WebSocketExecute WebSocketExécute
        WebSocketListConnectedClient WebSocketListeClientConnecté
        """,
    UNPUBLISHED: """
        Phonetic Phonétique
        KeyCompareKey CléCompareClé                       # INFERRED
        KeyGenerateInitialKey CléGénèreCléInitiale        # INFERRED
        KeyCalculateActivationKey CléCalculeCléActivation # INFERRED
        KeyGetIdentifier CléRécupèreIdentifiant           # INFERRED
        """,  # PC SOFT's French phonetic key and the activation keys (the French names
    # from PC SOFT's usage-limit example): no help page gives their rules
    REFUSED: """
        XMLValidDocument XMLDocumentValide                  # INFERRED
        XMLValidNode XMLNoeudValide                         # INFERRED
        XMLOpenReader XMLOuvreLecteur                       # INFERRED
        XMLSign XMLSigne                                    # INFERRED
        XMLWrite XMLEcrit                                   # INFERRED
        XMLFindNamespaceByName XMLChercheNamespaceParNom    # INFERRED
        XMLFindNamespaceByURI XMLChercheNamespaceParURI     # INFERRED
        SysSpace SysEspace                                  # INFERRED
        ExePriority ExePriorite                             # INFERRED
        DefaultDateTime DateHeureParDéfaut                  # INFERRED
        MatCompress MatCompresse                            # INFERRED
        fStopCompress fStopCompacte                         # INFERRED
        fUncompressedSize fTailleDécompacte                 # INFERRED
        fLoadResource fChargeRessource                      # INFERRED
        fExtractResource fExtraitRessource                  # INFERRED
        fListResource fListeRessource                       # INFERRED
        fResourceDir fRepRessource                          # INFERRED
        SQLConnectWS SQLConnecteWS                          # INFERRED
        SQLLock SQLBloque                                   # INFERRED
        SQLModify SQLModifie                                # INFERRED
        SQLFormatColumn SQLFormatColonne                    # INFERRED
        zipCreateExe zipCréeExe                             # VERIFIED ?3082013
        zipOpenCAB zipOuvreCAB                              # INFERRED
        zipOpenRAR zipOuvreRAR                              # INFERRED
        geoTrackingEnable geoSuiviActive                    # INFERRED
        geoTrackingDisable geoSuiviDésactive                # INFERRED
        geoTrackingStatus geoSuiviEtat                      # INFERRED
        geoTrackingProcedure geoSuiviProcédure              # INFERRED
        geoRunApp geoLanceAppli                             # INFERRED
        geoGetAddress geoRécupèreAdresse                    # INFERRED
        """,  # French names: PC SOFT's function list; why each stays out: docs/builtins.md
    JAVA: """
        JavaLoad JavaCharge                      # INFERRED French (English: PC SOFT's example)
        JavaExecuteFunction JavaExécuteFonction  # INFERRED French (English: PC SOFT's example)
        JavaExecute JavaExécute                  # INFERRED
        """,
}

# (folded prefix, family, folded prefixes excluded). Applied after the exact names.
PREFIXES: tuple[tuple[str, CatalogFamily, tuple[str, ...]], ...] = (
    ("table", WINDOWS, ("tableau",)),   # Table* controls; Tableau* are the array functions
    ("spreadsheet", WINDOWS, ()),
    ("looper", WINDOWS, ()),
    ("zonerepetee", WINDOWS, ()),
    ("list", WINDOWS, ("liste",)),  # Liste...: listed (windev_catalog_exact.py)
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
    ("ribbon", WINDOWS, ()),
    ("ruban", WINDOWS, ()),
    ("carousel", WINDOWS, ()),
    ("carrousel", WINDOWS, ()),
    ("kanban", WINDOWS, ()),
    ("gantt", WINDOWS, ()),
    ("camera", WINDOWS, ()),
    ("captcha", WEBDEV, ()),
    ("dde", WINAPI, ()),
    ("dotnet", ACTIVEX, ()),
    ("socket", NETWORK, ()),
    ("http", NETWORK, ()),
    ("thread", THREADS, ()),
    ("semaphore", THREADS, ()),
    ("mutex", THREADS, ()),
    ("xls", OFFICE, ()),  # xlsOpen/xlsOuvre, xlsData/xlsDonnée...
)
