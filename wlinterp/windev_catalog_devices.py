"""The device functions of PC SOFT's list of French names (serial and parallel ports s...,
telephony tel..., video streams Flux..., HASP keys, in-app purchases, speech recognition,
a phone's storage and mobile network), with their English names, catalogued: wlinterp
drives no device, so a call compiles (WL103) and stops with the device family's error
when it runs.

Lines are `English French` with a mark (`# VERIFIED ?page`: read on PC SOFT's English help
page; `# INFERRED`: from the family's pattern, `Ouvre` Open, `Lit` Read, `Ecrit` Write,
`Ferme` Close, `Compose` Dial, `Flux` Stream, `Achète` Purchase).
"""
from __future__ import annotations

__all__ = ["DEVICE_NAMES"]

from .windev_catalog_families import DEVICE, CatalogFamily

DEVICE_NAMES: dict[CatalogFamily, str] = {
    DEVICE: """
        sOpen sOuvre                                      # VERIFIED ?3062014 (sEvent's page)
        sRead sLit                                        # VERIFIED ?3062012
        sEvent sEvénement                                 # VERIFIED ?3062014
        sInEntryQueue sDansFileEntrée                     # VERIFIED ?3062014 (sEvent's example)
        sInExitQueue sDansFileSortie                      # INFERRED
        sWrite sEcrit                                     # INFERRED
        sClose sFerme                                     # INFERRED
        sEscape sEchap                                    # INFERRED
        sEndEvent sFinEvénement                           # INFERRED
        sSetParameter sFixeParamètre                      # INFERRED
        telCallStart telAppelDébut                        # INFERRED
        telCallOnHold telAppelEnAttente                   # INFERRED
        telCallIsBusy telAppelEstOccupé                   # INFERRED
        telCallIsOver telAppelEstTerminé                  # INFERRED
        telCallEnd telAppelFin                            # INFERRED
        telCallNoAnswer telAppelPasDeRéponse              # INFERRED
        telStop telArrête                                 # INFERRED
        telCapability telCapacité                         # INFERRED
        telDial telCompose                                # INFERRED
        telDialLine telComposeLigne                       # INFERRED
        telStartCallDetection telDémarreDétectionAppel    # INFERRED
        telDialerDisplay telDialerAffiche                 # INFERRED
        telDialerDial telDialerCompose                    # INFERRED
        telCallDuration telDuréeAppel                     # INFERRED
        telRecord telEnregistre                           # INFERRED
        telError telErreur                                # INFERRED
        telExecuteTransfer telExécuteTransfert            # INFERRED
        telEndCallDetection telFinDétectionAppel          # INFERRED
        telPlay telJoue                                   # INFERRED
        telListDevice telListePériphérique                # INFERRED
        telPutCallOnHold telMetAppelEnAttente             # INFERRED
        telCallerNumber telNuméroAppelant                 # INFERRED
        telCalledNumber telNuméroAppelé                   # INFERRED
        telDialNumber telNumérote                         # INFERRED
        telOrigin telOrigine                              # INFERRED
        telDevice telPériphérique                         # INFERRED
        telHangUp telRaccroche                            # INFERRED
        telAnswerCall telRépondAppel                      # INFERRED
        telResumeCallOnHold telReprendAppelEnAttente      # INFERRED
        telKeyPressed telToucheEnfoncée                   # INFERRED
        telDirectTransfer telTransfertDirect              # INFERRED
        StreamAccept FluxAccepte                          # INFERRED
        StreamChangeDriver FluxChangeDriver               # INFERRED
        StreamConfigure FluxConfigure                     # INFERRED
        StreamConnect FluxConnecte                        # INFERRED
        StreamDisconnect FluxDéconnecte                   # INFERRED
        StreamInfo FluxInfo                               # INFERRED
        StreamPlay FluxJoue                               # INFERRED
        StreamRefuse FluxRefuse                           # INFERRED
        StreamStop FluxStop                               # INFERRED
        Hasp                                              # INFERRED: the same name in English
        HaspHLConnect HaspHLConnecte                      # INFERRED
        HaspHLEncrypt HaspHLCrypte                        # INFERRED
        HaspHLDisconnect HaspHLDéconnecte                 # INFERRED
        HaspHLDecrypt HaspHLDécrypte                      # INFERRED
        HaspHLWrite HaspHLEcrit                           # INFERRED
        HaspHLInfo                                        # INFERRED: the same name in English
        HaspHLRead HaspHLLit                              # INFERRED
        inAppPurchaseProduct inAppAchèteProduit           # INFERRED
        inAppConsumeProduct inAppConsommeProduit          # INFERRED
        inAppListPurchase inAppListeAchat                 # INFERRED
        inAppListProductInfo inAppListeInfoProduit        # INFERRED
        inAppRestorePurchases inAppRestaureAchats         # INFERRED
        inAppCheckSubscription inAppVérifieAbonnement     # INFERRED
        SpeechRecognitionAddCommand ReconnaissanceVocaleAjouteCommande # INFERRED
        SpeechRecognitionTrigger ReconnaissanceVocaleDéclenche # INFERRED
        SpeechRecognitionDeleteCommand ReconnaissanceVocaleSupprimeCommande # INFERRED
        SysExternalStorageCache SysCacheStockageExterne   # INFERRED
        SysStorageCardStatus SysEtatCarteStockage         # INFERRED
        SysExternalStorageStatus SysEtatStockageExterne   # INFERRED
        SysExternalStorageMemory SysMémoireStockageExterne # INFERRED
        SysNbExternalStorage SysNbStockageExterne         # INFERRED
        SysStorageCardDir SysRepCarteStockage             # INFERRED
        SysExternalStorageDir SysRepStockageExterne       # INFERRED
        SysExternalStorageRemovable SysStockageExterneAmovible # INFERRED
        SysAndroidVersion SysVersionAndroid               # INFERRED
        SysIOSVersion SysVersionIOS                       # INFERRED
        fDetectRemovableStorage fDétecteStockageAmovible  # INFERRED
        iOSExcludeFileiCloud iOSExclutFichieriCloud       # INFERRED
        MobileNetworkStatus RéseauMobileEtat              # INFERRED
        MobileNetworkConnectionInfo RéseauMobileInfoConnexion # INFERRED
        BackgroundTaskAdd TâcheEnArrièrePlanAjoute        # INFERRED
        BackgroundTaskList TâcheEnArrièrePlanListe        # INFERRED
        BackgroundTaskDelete TâcheEnArrièrePlanSupprime   # INFERRED
        Sound Son                                         # INFERRED
        RecorderAction MagnétoAction                      # INFERRED
        ShareRun LancePartage                             # INFERRED
        URIToBuffer URIVersBuffer                         # INFERRED
        URIToFile URIVersFichier                          # INFERRED
        URIGetInfo URIRécupèreInfo                        # INFERRED
        CheckUserIdentity VérifieIdentitéUtilisateur      # INFERRED
        """,
}
