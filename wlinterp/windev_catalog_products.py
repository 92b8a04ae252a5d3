"""The functions of PC SOFT's list of French names that drive Windows itself (services,
screens, file associations, shared memory), OLE objects, PC SOFT's remote access server,
the debugger's audit and log, and other products (Lotus Notes and its appointments,
groups and tasks, MATLAB, SAP, Salesforce, Hadoop/HBase, Facebook, a spell checker's
dictionaries), with their English names, catalogued: a call compiles (WL103) and stops
with its family's error when it runs.

Lines are `English French` with a mark (`# VERIFIED ?page`: read on PC SOFT's English help
page; `# INFERRED`: from the family's pattern, `Ouvre` Open, `Ferme` Close, `Lit` Read,
`Ecrit` Write, `Ajoute` Add, `Supprime` Delete, `Récupère` Get, `Premier` First,
`Suivant` Next, `RAZ` Reset, `Base` Database, `Active` Enable as in
dbgEnableAssert/dbgActiveAssertion).
"""
from __future__ import annotations

__all__ = ["PRODUCT_NAMES"]

from .windev_catalog_families import (ACTIVEX, IDE, NETWORK, PRODUCT, WINAPI,
                                      CatalogFamily)

PRODUCT_NAMES: dict[CatalogFamily, str] = {
    WINAPI: """
        ServiceRefresh ServiceActualise                   # VERIFIED ?1000017115
        ServiceStop ServiceArrête                         # VERIFIED ?1000017115
        ServiceWaitStatus ServiceAttendEtat               # INFERRED
        ServiceControl ServiceContrôle                    # VERIFIED ?1000017115
        ServiceStart ServiceDémarre                       # VERIFIED ?1000017118 (the Service variable's page)
        ServiceUninstall ServiceDésinstalle               # INFERRED
        ServiceWriteEventLog ServiceEcritEvénementJournal # VERIFIED ?1000017115
        ServiceStatus ServiceEtat                         # INFERRED
        ServiceExist ServiceExiste                        # INFERRED
        ServiceInfo                                       # INFERRED: the same name in English
        ServiceInstall ServiceInstalle                    # INFERRED
        ServiceList ServiceListe                          # INFERRED
        ServiceModify ServiceModifie                      # INFERRED
        ServicePause                                      # VERIFIED ?1000017115
        ServiceRestart ServiceRedémarre                   # INFERRED
        ServiceContinue ServiceRelance                    # VERIFIED ?1000017115
        ServiceWait ServiceTemporise                      # INFERRED
        EndService FinService                             # VERIFIED ?1000017115
        SysShutdown SysArrête                             # INFERRED
        SysAssociateExtension SysAssocieExtension         # INFERRED
        SysColor SysCouleur                               # INFERRED
        SysColorRes SysCouleurRes                         # INFERRED
        SysDetectLockedSession SysDétecteSessionVerrouillée # INFERRED
        SysDissociateExtension SysDissocieExtension       # INFERRED
        SysRecentDocAdd SysDocRécentAjoute                # INFERRED
        SysRecentDocList SysDocRécentListe                # INFERRED
        SysSetFocus SysDonneFocus                         # INFERRED
        SysValidHandle SysHandleValide                    # INFERRED
        SysIconize SysIconise                             # INFERRED
        SysFreeDC SysLibèreDC                             # INFERRED
        SysListGraphicCard SysListeCarteGraphique         # INFERRED
        SysListScreen SysListeEcran                       # INFERRED
        SysStandby SysMiseEnVeille                        # INFERRED
        SysErrorMode SysModeErreur                        # INFERRED
        SysMainScreenName SysNomEcranPrincipal            # INFERRED
        SysExeName SysNomExe                              # INFERRED
        SysNbScreen SysNombreEcran                        # INFERRED
        SysScreenOrientation SysOrientationEcran          # INFERRED
        SysScreenRectangle SysRectangleEcran              # INFERRED
        SysGetExtAssociation SysRécupèreAssociationExt    # INFERRED
        SysGetDC SysRécupèreDC                            # INFERRED
        SysTheme                                          # INFERRED: the same name in English
        InstallIcon InstalleIcone                         # INFERRED
        DeleteShortcut SupprimeRaccourci                  # INFERRED
        AutoRunDelete AutoLanceSupprime                   # INFERRED (AutoRunAdd's pair)
        NextParentHandle HandleParentSuivant              # INFERRED
        fMemWait fMemAttend                               # INFERRED
        fMemExist fMemExiste                              # INFERRED
        fMemOpen fMemOuvre                                # INFERRED
        """,
    ACTIVEX: """
        OLELoad OLECharge                                 # INFERRED
        OLEPaste OLEColle                                 # INFERRED
        OLECopy OLECopie                                  # INFERRED
        OLECreateCopy OLECréeCopie                        # INFERRED
        OLECreateEmpty OLECréeVide                        # INFERRED
        OLEEdit OLEEdite                                  # INFERRED
        OLEPlay OLEJoue                                   # INFERRED
        OLESave OLESauve                                  # INFERRED
        OLEServer OLEServeur                              # INFERRED
        """,
    NETWORK: """
        NetConnect NetConnecte                            # INFERRED
        NetDisconnect NetDéconnecte                       # INFERRED
        NetStartServer NetDémarreServeur                  # INFERRED
        NetSendBuffer NetEnvoieBuffer                     # INFERRED
        NetSendFile NetEnvoieFichier                      # INFERRED
        NetSendMessage NetEnvoieMessage                   # INFERRED
        NetSendMessageClient NetEnvoieMessageClient       # INFERRED
        NetExecute NetExécute                             # INFERRED
        NetCloseRemoteAccess NetFermeAccèsDistant         # INFERRED
        NetEndServer NetFinServeur                        # INFERRED
        NetInfoRemoteAccess NetInfoAccèsDistant           # INFERRED
        NetListRemoteAccess NetListeAccèsDistant          # INFERRED
        NetListDisk NetListeDisque                        # INFERRED
        NetListDir NetListeRep                            # INFERRED
        NetMessageBoxClient                               # INFERRED: the same name in English
        NetMessageBoxRemote NetMessageBoxDistant          # INFERRED
        NetErrorMsg NetMsgErreur                          # INFERRED
        NetServerOption NetOptionServeur                  # INFERRED
        NetOpenRemoteAccess NetOuvreAccèsDistant          # INFERRED
        NetGetFile NetRécupèreFichier                     # INFERRED
        NetRenameFile NetRenommeFichier                   # INFERRED
        NetDeleteFile NetSupprimeFichier                  # INFERRED
        OpenIDReadIdentity OpenIDLitIdentité              # INFERRED
        SSLActive                                         # INFERRED: the same name in English
        """,
    IDE: """
        dbgEnableAudit dbgActiveAudit                     # INFERRED
        dbgEnableLog dbgActiveLog                         # INFERRED
        dbgConnect dbgConnecte                            # INFERRED
        dbgStartMemoryDiff dbgDébutDiffMémoire            # INFERRED
        dbgStartRecording dbgDébutEnregistrement          # INFERRED
        dbgWriteCommentAudit dbgEcritCommentaireAudit     # INFERRED
        dbgWriteWarningAudit dbgEcritWarningAudit         # INFERRED
        dbgAuditStatus dbgEtatAudit                       # INFERRED
        dbgLogStatus dbgEtatLog                           # INFERRED
        dbgEndMemoryDiff dbgFinDiffMémoire                # INFERRED
        dbgEndRecording dbgFinEnregistrement              # INFERRED
        dbgAuditOption dbgOptionAudit                     # INFERRED
        dbgLogOption dbgOptionLog                         # INFERRED
        dbgSaveDebugDump dbgSauveDumpDébogage             # INFERRED
        dbgSaveMemoryDump dbgSauveDumpMémoire             # INFERRED
        paDisableAction paDésactiveAction                 # INFERRED
        paExecute paExécute                               # INFERRED
        paLog                                             # INFERRED: the same name in English
        paFullProjectName paNomCompletProjet              # INFERRED
        MCUActive MCUActif                                # INFERRED
        MCUOpen MCUOuvre                                  # INFERRED
        DemoVersion VersionDémo                           # INFERRED
        RunReportsAndQueries LanceEtatsEtRequêtes         # INFERRED
        fReportsAndQueriesDir fRepEtatsEtRequêtes         # INFERRED
        """,
    PRODUCT: """
        NotesActivateView NotesActiveVue                  # INFERRED
        NotesAddAttachedFile NotesAjouteFichierAttaché    # INFERRED
        NotesField NotesChamp                             # INFERRED
        NotesDeactivateView NotesDésactiveVue             # INFERRED
        NotesFieldDimension NotesDimensionChamp           # INFERRED
        NotesDocumentSeek NotesDocumentCherche            # INFERRED
        NotesDocumentLast NotesDocumentDernier            # INFERRED
        NotesDocumentIdentifier NotesDocumentIdentifiant  # INFERRED
        NotesDocumentPrevious NotesDocumentPrécédent      # INFERRED
        NotesDocumentFirst NotesDocumentPremier           # INFERRED
        NotesDocumentNext NotesDocumentSuivant            # INFERRED
        NotesDocumentDelete NotesDocumentSupprime         # INFERRED
        NotesOut NotesEnDehors                            # INFERRED
        NotesSave NotesEnregistre                         # INFERRED
        NotesExtractAttachedFile NotesExtraitFichierAttaché # INFERRED
        NotesCloseDatabase NotesFermeBase                 # INFERRED
        NotesListField NotesListeChamp                    # INFERRED
        NotesListAttachedFile NotesListeFichierAttaché    # INFERRED
        NotesListView NotesListeVue                       # INFERRED
        NotesModifyField NotesModifieChamp                # INFERRED
        NotesModifyAttachedFile NotesModifieFichierAttaché # INFERRED
        NotesNbAttachedFile NotesNbFichierAttaché         # INFERRED
        NotesOpenDatabase NotesOuvreBase                  # INFERRED
        NotesOpenConnection NotesOuvreConnexion           # INFERRED
        NotesReset NotesRAZ                               # INFERRED
        NotesDeleteField NotesSupprimeChamp               # INFERRED
        NotesDeleteAttachedFile NotesSupprimeFichierAttaché # INFERRED
        NotesViewSeekLast NotesVueChercheDernier          # INFERRED
        NotesViewSeekFirst NotesVueCherchePremier         # INFERRED
        NotesViewListColumn NotesVueListeColonne          # INFERRED
        AppointmentAdd RendezVousAjoute                   # INFERRED
        AppointmentLast RendezVousDernier                 # INFERRED
        AppointmentRead RendezVousLit                     # INFERRED
        AppointmentModify RendezVousModifie               # INFERRED
        AppointmentPrevious RendezVousPrécédent           # INFERRED
        AppointmentFirst RendezVousPremier                # INFERRED
        AppointmentReset RendezVousRAZ                    # INFERRED
        AppointmentNext RendezVousSuivant                 # INFERRED
        AppointmentDelete RendezVousSupprime              # INFERRED
        AppointmentToiCalendar RendezVousVersiCalendar    # INFERRED
        iCalendarToAppointment iCalendarVersRendezVous    # INFERRED
        GroupAdd GroupeAjoute                             # INFERRED
        GroupLast GroupeDernier                           # INFERRED
        GroupRead GroupeLit                               # INFERRED
        GroupModify GroupeModifie                         # INFERRED
        GroupPrevious GroupePrécédent                     # INFERRED
        GroupFirst GroupePremier                          # INFERRED
        GroupReset GroupeRAZ                              # INFERRED
        GroupNext GroupeSuivant                           # INFERRED
        GroupDelete GroupeSupprime                        # INFERRED
        TaskAdd TâcheAjoute                               # INFERRED
        TaskLast TâcheDernier                             # INFERRED
        TaskRead TâcheLit                                 # INFERRED
        TaskModify TâcheModifie                           # INFERRED
        TaskPrevious TâchePrécédent                       # INFERRED
        TaskFirst TâchePremier                            # INFERRED
        TaskReset TâcheRAZ                                # INFERRED
        TaskNext TâcheSuivant                             # INFERRED
        TaskDelete TâcheSupprime                          # INFERRED
        mlLoadWorkspace mlChargeEspaceDeTravail           # INFERRED
        mlWriteVariable mlEcritVariable                   # INFERRED
        mlExecute mlExécute                               # INFERRED
        mlInitialize mlInitialise                         # INFERRED
        mlListVariable mlListeVariable                    # INFERRED
        mlResetWorkspace mlRAZEspaceDeTravail             # INFERRED
        mlGetVariable mlRécupèreVariable                  # INFERRED
        mlSaveWorkspace mlSauveEspaceDeTravail            # INFERRED
        mlDeleteVariable mlSupprimeVariable               # INFERRED
        mlTerminate mlTermine                             # INFERRED
        hbCreateTable hbCréeTable                         # INFERRED
        hbWrite hbEcrit                                   # INFERRED
        hbListTable hbListeTable                          # INFERRED
        hbRead hbLit                                      # INFERRED
        hbGetTableDescription hbRécupèreDescriptionTable  # INFERRED
        hbDelete hbSupprime                               # INFERRED
        hbDeleteTable hbSupprimeTable                     # INFERRED
        hdfsCopyFrom hdfsCopieDepuis                      # INFERRED
        hdfsCopyTo hdfsCopieVers                          # INFERRED
        hdfsCreateDirectory hdfsCréeRépertoire            # INFERRED
        hdfsCloseConnection hdfsFermeConnexion            # INFERRED
        hdfsList hdfsListe                                # INFERRED
        hdfsOpenConnection hdfsOuvreConnexion             # INFERRED
        hdfsRename hdfsRenomme                            # INFERRED
        hdfsDelete hdfsSupprime                           # INFERRED
        SAPConnect SAPConnecte                            # INFERRED
        SAPDisconnect SAPDéconnecte                       # INFERRED
        SAPExecute SAPExécute                             # INFERRED
        SFAdd SFAjoute                                    # INFERRED
        SFQueryMore SFAvanceRequête                       # INFERRED
        SFConnect SFConnecte                              # INFERRED
        SFConvertLead SFConvertitPiste                    # INFERRED
        SFDisconnect SFDéconnecte                         # INFERRED
        SFExecuteQuery SFExécuteRequête                   # INFERRED
        SFExecuteProcess SFExécuteTraitement              # INFERRED
        SFMerge SFFusionne                                # INFERRED
        SFRead SFLit                                      # INFERRED
        SFModify SFModifie                                # INFERRED
        SFSearch SFRecherche                              # INFERRED
        SFSearchModified SFRechercheModifié               # INFERRED
        SFSearchDeleted SFRechercheSupprimé               # INFERRED
        SFRestore SFRestaure                              # INFERRED
        SFDelete SFSupprime                               # INFERRED
        SFEmptyRecycleBin SFVideCorbeille                 # INFERRED
        FBSessionStatus FBEtatSession                     # INFERRED
        FBCloseSession FBFermeSession                     # INFERRED
        FBOpenSession FBOuvreSession                      # INFERRED
        FBGetUserInfo FBRécupèreInformationUtilisateur    # INFERRED
        FBRequest FBRequête                               # INFERRED
        SpellAddDictionary OrthoAjouteDictionnaire        # INFERRED
        SpellAvailable OrthoDisponible                    # INFERRED
        SpellSuggest OrthoSuggère                         # INFERRED
        SpellCheck OrthoVérifie                           # INFERRED
        """,
}
