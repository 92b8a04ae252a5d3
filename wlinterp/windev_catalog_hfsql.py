"""The H* functions of PC SOFT's list that wlinterp knows but does not run, by why.

Why apart from windev_catalog_names.py: these are the administration side of HFSQL.
wlinterp's data files are tables in SQLite or PostgreSQL, so what needs PC SOFT's HFSQL
server (users, groups and rights, backups, scheduled tasks, server triggers and
properties, the cluster, notifications of the Control Centre) or HFSQL's own file engine
(its logs, replication, full-text indexes, views, xBase and HyperFile 5.5 files) cannot
run; a call compiles (WL103) and stops with the family's reason. The universal
replication functions (Replic...: a replication described by ReplicEdit's .wer file,
synchronised directly or through PC SOFT's replication server) stand with the engine's. The H* functions that
mean something on SQLite/PostgreSQL are built-ins (stdlib/hfsql_*.py); those not built
yet stay in the HFSQL family ("not implemented"). docs/hfsql.md, "Server functions".
HNoModif/HEndNoModif (?3044053) are built-ins now (stdlib/hfsql_no_modif.py).

Lines are `English French  # mark`: VERIFIED ?page when the English help page giving the
French name was read, INFERRED otherwise (from the way PC SOFT names the family in
English: `Ajoute` Add, `Supprime` Delete, `Modifie` Modify, `Liste` List, `Droit`
Rights, `Sauvegarde` Backup, `Planification` Scheduling, `Tâche` Task, as in HAddUser /
HAjouteUtilisateur, HInfoServerRights / HInfoDroitServeur, HManageServerUpdate /
HGèreMiseAJourServeur). tests/core/test_catalog_hfsql.py counts the marks.
"""
from __future__ import annotations

__all__ = ["HFSQL_NAMES"]

from .windev_catalog_families import (HFSQL, HFSQL_ENGINE, HFSQL_SERVER, OFFICE,
                                      REFUSED, WEBDEV, WINDOWS, CatalogFamily)

HFSQL_NAMES: dict[CatalogFamily, str] = {
    HFSQL_SERVER: """
        HAddUser HAjouteUtilisateur                              # VERIFIED ?3044281
        HAddGroup HAjouteGroupe                                  # INFERRED
        HAddLink HAjouteLiaison                                  # INFERRED
        HAddScheduledOptimization HAjouteOptimisationPlanifiée   # INFERRED
        HAddScheduling HAjoutePlanification                      # INFERRED
        HAddScheduledBackup HAjouteSauvegardePlanifiée           # INFERRED
        HAddTask HAjouteTâche                                    # INFERRED
        HActivateServerTrigger HActiveTriggerServeur             # INFERRED
        HCancelBackup HAnnuleSauvegarde                          # INFERRED
        HStopServer HArrêteServeur                               # INFERRED
        HStartServer HDémarreServeur                             # INFERRED
        HServerStatus HEtatServeur                               # INFERRED
        HServerMaintenance HMaintenanceServeur                   # INFERRED
        HServerWorkingDir HRepTravailServeur                     # INFERRED
        HPurgeWorkingDir HPurgeRepTravail                        # INFERRED
        HClusterAddNode HClusterAjouteNoeud                      # INFERRED
        HClusterStop HClusterArrête                              # INFERRED
        HClusterStart HClusterDémarre                            # INFERRED
        HClusterStatus HClusterEtat                              # INFERRED
        HClusterIgnoreSynchro HClusterIgnoreSynchro              # INFERRED
        HClusterInfoSynchronizationError HClusterInfoErreurSynchronisation # INFERRED
        HClusterInfoNode HClusterInfoNoeud                       # INFERRED
        HClusterInfoSynchronization HClusterInfoSynchronisation  # INFERRED
        HClusterParameter HClusterParamètre                      # INFERRED
        HClusterDeleteNode HClusterSupprimeNoeud                 # INFERRED
        HCreateServerTrigger HCréeTriggerServeur                 # INFERRED
        HDescribeServerTrigger HDécritTriggerServeur             # INFERRED
        HDeactivateServerTrigger HDésactiveTriggerServeur        # INFERRED
        HDeleteServerTrigger HDétruitTriggerServeur              # INFERRED
        HListServerTrigger HListeTriggerServeur                  # INFERRED
        HStartServerUpdate HDéclencheMiseAJourServeur            # INFERRED
        HManageServerUpdate HGèreMiseAJourServeur                # VERIFIED ?1000022635
        HCheckServerUpdate HVérifieMiseAJourServeur              # INFERRED
        HDisconnectClient HDéconnecteClient                      # INFERRED
        HSendMessageToClient HEnvoieMessageVersClient            # INFERRED
        HDuplicateDatabase HDupliqueBaseDeDonnées                # INFERRED
        HDeleteDatabase HSupprimeBaseDeDonnées                   # INFERRED
        HListDatabase HListeBaseDeDonnées                        # INFERRED
        HForbidAccessDatabase HInterditAccèsBaseDeDonnées        # INFERRED
        HEndForbidAccessDatabase HFinInterditAccèsBaseDeDonnées  # INFERRED
        HExecuteScheduling HExécutePlanification                 # INFERRED
        HExecuteProcedure HExécuteProcédure                      # INFERRED
        HExecuteScheduledBackup HExécuteSauvegardePlanifiée      # INFERRED
        HManageTask HGèreTâche                                   # INFERRED
        HInfoLock HInfoBlocage                                   # INFERRED
        HInfoDatabaseRights HInfoDroitBaseDeDonnées              # INFERRED
        HInfoFileRights HInfoDroitFichier                        # INFERRED
        HInfoServerRights HInfoDroitServeur                      # VERIFIED ?3044322
        HInfoViewRights HInfoDroitVue                            # INFERRED
        HModifyDatabaseRights HModifieDroitBaseDeDonnées         # INFERRED
        HModifyFileRights HModifieDroitFichier                   # INFERRED
        HModifyServerRights HModifieDroitServeur                 # INFERRED
        HModifyViewRights HModifieDroitVue                       # INFERRED
        HInfoGroup HInfoGroupe                                   # INFERRED
        HInfoUser HInfoUtilisateur                               # INFERRED
        HInfoLog HInfoLog                                        # INFERRED
        HRetrieveLog HRécupèreLog                                # INFERRED
        HInfoDatabaseProperty HInfoPropriétéBaseDeDonnées        # INFERRED
        HInfoFileProperty HInfoPropriétéFichier                  # INFERRED
        HInfoServerProperty HInfoPropriétéServeur                # INFERRED
        HModifyDatabaseProperty HModifiePropriétéBaseDeDonnées   # INFERRED
        HModifyFileProperty HModifiePropriétéFichier             # INFERRED
        HModifyServerProperty HModifiePropriétéServeur           # INFERRED
        HInfoBackup HInfoSauvegarde                              # INFERRED
        HInfoServer HInfoServeur                                 # INFERRED
        HInfoTask HInfoTâche                                     # INFERRED
        HListGroup HListeGroupe                                  # INFERRED
        HListUser HListeUtilisateur                              # INFERRED
        HListConnectedUser HListeUtilisateurConnecté             # INFERRED
        HListScheduledOptimization HListeOptimisationPlanifiée   # INFERRED
        HListScheduling HListePlanification                      # INFERRED
        HListScheduledBackup HListeSauvegardePlanifiée           # INFERRED
        HListServer HListeServeur                                # INFERRED
        HListTask HListeTâche                                    # INFERRED
        HListStoredElement HListeElémentStocké                   # INFERRED
        HModifyGroup HModifieGroupe                              # INFERRED
        HModifyUser HModifieUtilisateur                          # INFERRED
        HModifyScheduledOptimization HModifieOptimisationPlanifiée # INFERRED
        HModifyScheduling HModifiePlanification                  # INFERRED
        HModifyScheduledBackup HModifieSauvegardePlanifiée       # INFERRED
        HModifyTask HModifieTâche                                # INFERRED
        HDeleteGroup HSupprimeGroupe                             # INFERRED
        HDeleteUser HSupprimeUtilisateur                         # INFERRED
        HDeleteLink HSupprimeLiaison                             # INFERRED
        HUpdateLink HMiseAJourLiaison                            # INFERRED
        HDeleteScheduledOptimization HSupprimeOptimisationPlanifiée # INFERRED
        HDeleteScheduling HSupprimePlanification                 # INFERRED
        HDeleteBackup HSupprimeSauvegarde                        # INFERRED
        HDeleteScheduledBackup HSupprimeSauvegardePlanifiée      # INFERRED
        HDeleteTask HSupprimeTâche                               # INFERRED
        HDeleteCollection HSupprimeCollection                    # INFERRED
        HUpdateCollection HMiseAJourCollection                   # INFERRED
        HDeleteQuery HSupprimeRequête                            # INFERRED
        HUpdateQuery HMiseAJourRequête                           # INFERRED
        HBackup HSauvegarde                                      # INFERRED
        HRetrieveBackup HRécupèreSauvegarde                      # INFERRED
        HRestoreBackup HRestaureSauvegarde                       # INFERRED
        HNotifAddCCRecipient HNotifAjouteDestinataireCC          # INFERRED
        HNotifAddEmailRecipient HNotifAjouteDestinataireEmail    # INFERRED
        HNotifConfigure HNotifConfigure                          # INFERRED
        HNotifListCCRecipient HNotifListeDestinataireCC          # INFERRED
        HNotifListEmailRecipient HNotifListeDestinataireEmail    # INFERRED
        HNotifDeleteCCRecipient HNotifSupprimeDestinataireCC     # INFERRED
        HNotifDeleteEmailRecipient HNotifSupprimeDestinataireEmail # INFERRED
        HOperationInProgress HOpérationEnCours                   # INFERRED
        HPriority HPriorité                                      # INFERRED
        HPriorityClient HPrioritéClient                          # INFERRED
        HConnectionQuality HQualitéConnexion                     # INFERRED
        HResetClient HRAZClient                                  # INFERRED
        HResetGroup HRAZGroupe                                   # INFERRED
        HResetUser HRAZUtilisateur                               # INFERRED
        HRSAddConfig HRSAjouteConfig                             # INFERRED
        HRSWaitForDataProcessing HRSAttendTraitementDonnées      # INFERRED
        HRSTrigger HRSDéclenche                                  # INFERRED
        HRSInfo HRSInfo                                          # INFERRED
        HRSInit HRSInit                                          # INFERRED
        HRSListConfig HRSListeConfig                             # INFERRED
        HRSModifyConfig HRSModifieConfig                         # INFERRED
        HRSDeleteConfig HRSSupprimeConfig                        # INFERRED
        HSimulateNetwork HSimuleRéseau                           # INFERRED
        HOnServerCall HSurAppelServeur                           # INFERRED
        HWatch HSurveille                                        # INFERRED
        HWatchStop HSurveilleStop                                # INFERRED
        HTransactionList HTransactionListe                       # INFERRED
        """,
    HFSQL_ENGINE: """
        HChangeLogDir HChangeRepJnl                              # INFERRED
        HChangeRplDir HChangeRepRpl                              # INFERRED
        HCreateSubscriberReplica HCréeRéplicaAbonné              # INFERRED
        HCreateMasterReplica HCréeRéplicaMaître                  # INFERRED
        HCreateMovableReplica HCréeRéplicaTransportable          # INFERRED
        HRecreateSubscriberReplica HRecréeRéplicaAbonné          # INFERRED
        HInfoReplica HInfoRéplica                                # INFERRED
        HInitSubscriber HInitAbonné                              # INFERRED
        HSynchronizeReplica HSynchroniseRéplica                  # INFERRED
        HRplDeclareLink HRplDéclareLiaison                       # INFERRED
        HRplManageFile HRplGestionFichier                        # INFERRED
        HRplManageItem HRplGestionRubrique                       # INFERRED
        HRplPassword HRplPasse                                   # INFERRED
        HRplFilterProcedure HRplProcédureFiltre                  # INFERRED
        ReplicInfo ReplicInfo                                    # VERIFIED ?1000017195
        ReplicInitialize ReplicInitialise                        # VERIFIED ?1000017195
        ReplicOpen ReplicOuvre                                   # VERIFIED ?1000017194
        ReplicDeleteSubscription ReplicSupprimeAbonnement        # INFERRED
        ReplicSynchronize ReplicSynchronise                      # VERIFIED ?1000017196
        HDBCreation HDBCréation                                  # INFERRED
        HDBDescribeFile HDBDécritFichier                         # INFERRED
        HDBDescribeIndex HDBDécritIndex                          # INFERRED
        HDBDescribeItem HDBDécritRubrique                        # INFERRED
        HDBIndex HDBIndex                                        # INFERRED
        HDBOpen HDBOuvre                                         # INFERRED
        HDBOpenNoLock HDBOuvreSansBloquer                        # INFERRED
        HDBSortType HDBTypeTri                                   # INFERRED
        HImportHF55 HImporteHF55                                 # INFERRED
        HInitHF55 HInitHF55                                      # INFERRED
        HDescribeFullTextIndex HDécritIndexFullText              # INFERRED
        HListFullTextIndex HListeIndexFullText                   # INFERRED
        HFTListWord HFTListeMot                                  # INFERRED
        HListStopWords HListeMotVide                             # INFERRED
        HManageLog HGèreJournal                                  # INFERRED
        HLogInfo HJournalInfo                                    # INFERRED
        HLogRecreate HJournalRecrée                              # INFERRED
        HLogRestart HJournalRedémarre                            # INFERRED
        HLogStop HJournalStop                                    # INFERRED
        HUpdateView HMiseAJourVue                                # INFERRED
        HRefreshView HRafraîchitVue                              # INFERRED
        HInfoView HInfoVue                                       # INFERRED
        HHistoryModification HHistoriqueModification             # INFERRED
        HMigrateLinkedCompositeKey HMigreCléComposéeReliée       # INFERRED
        HStation HPoste                                          # INFERRED
        HListProvider HListeProvider                             # INFERRED
        HListSynonym HListeSynonyme                              # INFERRED
        HListCustomFolder HListePersoDossier                     # INFERRED
        HActivateAutoFilter HActiveFiltreAuto                    # INFERRED
        HDeactivateAutoFilter HDésactiveFiltreAuto               # INFERRED
        HAccelerateSpeed HAccélèreVitesse                        # INFERRED
        HConvertX HConvertX                                      # INFERRED
        HDescribeLink HDécritLiaison                             # INFERRED
        HRegenerateFile HRégénèreFichier                         # INFERRED
        HListREP HListeREP                                       # INFERRED
        """,
    OFFICE: """
        HExportXLS HExporteXLS                                   # INFERRED
        HImportXLS HImporteXLS                                   # INFERRED
        """,
    WEBDEV: """
        HTMLClassAdd HTMLClasseAjoute                            # INFERRED
        HTMLClassToggle HTMLClasseBascule                        # INFERRED
        HTMLClassDelete HTMLClasseSupprime                       # INFERRED
        """,
    WINDOWS: """
        HTMLNavigate HTMLNavigue                                 # INFERRED
        """,
    REFUSED: """
        HTMLToRTF HTMLVersRTF                                    # INFERRED
        """,
    HFSQL: """
        HCompareItem HCompareRubrique                            # INFERRED
        HInfoAnalysis HInfoAnalyse                               # INFERRED
        HCheckMemo HVérifieMémo                                  # INFERRED
        """,
}
