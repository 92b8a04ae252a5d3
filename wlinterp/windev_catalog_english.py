"""English names of the WINDEV families that windev_catalog_exact.py lists by their French
names (Menu..., Doc..., Carte... for the map control, Calendrier..., Vidéo..., Contact...,
and the plainest of Fen..., Champ... and Saisie...: Win..., Control..., Input...).

Why apart: those French names come from a French list and match one by one (their
prefixes are everyday words that caught programs' own procedures); an English program
calling `MenuAddOption` got "unknown procedure" (WL102) where a French one calling
`MenuAjouteOption` got "a window function" (WL103). No stored help page gives these
English names: each is INFERRED from the way PC SOFT names a family's functions in
English (`Ajoute` Add, `Supprime` Delete, `Insère` Insert, `Vers` To, `Récupère` Get,
`Sélect` Select, as in ArrayAdd/TableauAjoute, ArrayDelete/TableauSupprime,
TableSelectPlus, HTTPGetResult/HTTPRécupèreRésultat; the map control's family is `Map`
where the French says `Carte`, the window's `Win` where it says `Fen` as in
WinStatus/FenEtat, a control's `Control` where it says `Champ` as in
ControlVisible/ChampVisible). A wrong guess costs little: a procedure of the program
with that name still wins, and the name matches exactly, never as a prefix (`MapRoute()`
of the program stays WL102). Every French name of windev_catalog_exact.py has its line
here (the Appli... functions as App..., ListeDLL as ListDLL, the Liste... ones as the
List... names the `list` prefix matched already); a one-word line is a name believed the
same in both languages (MenuClone, DocRedo, VideoCapture...).
"""
from __future__ import annotations

__all__ = ["ENGLISH_NAMES"]

from .windev_catalog_families import DEVICE, IDE, WINAPI, WINDOWS, CatalogFamily

# English French  # where the English name comes from (windev_catalog.py reads the pairs)
ENGLISH_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        MenuAdd MenuAjoute                               # INFERRED
        MenuAddMenu MenuAjouteMenu                       # INFERRED
        MenuAddOption MenuAjouteOption                   # INFERRED
        MenuAddOptionURL MenuAjouteOptionURL             # INFERRED
        MenuAddPopup MenuAjoutePopup                     # INFERRED
        MenuAddSeparator MenuAjouteSéparateur            # INFERRED
        MenuUnmark MenuDémarque                          # INFERRED
        MenuState MenuEtat                               # INFERRED
        MenuExist MenuExiste                             # INFERRED
        MenuInsertMenu MenuInsèreMenu                    # INFERRED
        MenuInsertOption MenuInsèreOption                # INFERRED
        MenuInsertSeparator MenuInsèreSéparateur         # INFERRED
        MenuLabel MenuLibellé                            # INFERRED
        MenuMarking MenuMarquage                         # INFERRED
        MenuMark MenuMarque                              # INFERRED
        MenuSelectMinus MenuSélectMoins                  # INFERRED
        MenuDelete MenuSupprime                          # INFERRED
        DocAdd DocAjoute                                 # INFERRED
        DocStartModification DocDébutModification        # INFERRED
        DocEnterEdition DocEntreEdition                  # INFERRED
        DocClose DocFerme                                # INFERRED
        DocEndModification DocFinModification            # INFERRED
        DocInsert DocInsère                              # INFERRED
        DocInsertTableOfContents DocInsèreTableDesMatières # INFERRED
        DocInsertTable DocInsèreTableau                  # INFERRED
        DocUpdateFormula DocMiseAJourFormule             # INFERRED
        DocUpdateTableOfContents DocMiseAJourTableDesMatières # INFERRED
        DocOpen DocOuvre                                 # INFERRED
        DocPosition DocPositionne                        # INFERRED
        DocSearch DocRecherche                           # INFERRED
        DocReplace DocRemplace                           # INFERRED
        DocSave DocSauve                                 # INFERRED
        DocSelect DocSélectionne                         # INFERRED
        DocExitEdition DocSortEdition                    # INFERRED
        DocDelete DocSupprime                            # INFERRED
        DocDeleteTableOfContents DocSupprimeTableDesMatières # INFERRED
        DocUndoRedoDeleteAll DocUndoRedoSupprimeTout     # INFERRED
        DocToHTML DocVersHTML                            # INFERRED
        DocToImage DocVersImage                          # INFERRED
        DocToPDF DocVersPDF                              # INFERRED
        DocToText DocVersTexte                           # INFERRED
        MapDisplayPosition CarteAffichePosition          # INFERRED
        MapAddItinerary CarteAjouteItinéraire            # INFERRED
        MapAddMarker CarteAjouteMarqueur                 # INFERRED
        MapConfigureGglAPI CarteConfigureAPIGgl          # INFERRED
        MapItineraryDistance CarteDistanceItinéraire     # INFERRED
        MapExecuteJS CarteExécuteJS                      # INFERRED
        MapEndMovement CarteFinDéplacement               # INFERRED
        MapInfoPosition CarteInfoPosition                # INFERRED
        MapInfoXY CarteInfoXY                            # INFERRED
        MapLicenseBing CarteLicenceBing                  # INFERRED
        MapLicenseGgl CarteLicenceGgl                    # INFERRED
        MapModifyMarker CarteModifieMarqueur             # INFERRED
        MapGetImage CarteRécupèreImage                   # INFERRED
        MapGetJSObject CarteRécupèreObjetJS              # INFERRED
        MapGetPosition CarteRécupèrePosition             # INFERRED
        MapFollowMovement CarteSuitDéplacement           # INFERRED
        MapDeleteItinerary CarteSupprimeItinéraire       # INFERRED
        MapDeleteMarker CarteSupprimeMarqueur            # INFERRED
        MapDeleteAll CarteSupprimeTout                   # INFERRED
        CalendarOpen CalendrierOuvre                     # INFERRED
        CalendarPosition CalendrierPosition              # INFERRED
        CalendarSelect CalendrierSelect                  # INFERRED
        CalendarSelectMinus CalendrierSelectMoins        # INFERRED
        CalendarSelectOccurrence CalendrierSelectOccurrence # INFERRED
        CalendarSelectPlus CalendrierSelectPlus          # INFERRED
        WinAdaptHeight FenAdapteHauteur                  # INFERRED
        WinAdaptWidth FenAdapteLargeur                   # INFERRED
        WinAdaptSize FenAdapteTaille                     # INFERRED
        WinChangeAlias FenChangeAlias                    # INFERRED
        WinDisableEffect FenDésactiveEffet               # INFERRED
        WinOutHeight FenExtHaut                          # INFERRED
        WinOutWidth FenExtLarg                           # INFERRED
        WinOutPosX FenExtPosX                            # INFERRED
        WinOutPosY FenExtPosY                            # INFERRED
        WinBackgroundImage FenImageFond                  # INFERRED
        WinInitialized FenInitialisée                    # INFERRED
        WinInHeight FenIntHaut                           # INFERRED
        WinInWidth FenIntLarg                            # INFERRED
        WinInPosX FenIntPosX                             # INFERRED
        WinInPosY FenIntPosY                             # INFERRED
        WinOrientation FenOrientation                    # INFERRED
        PreviousWin FenPrécédente                        # INFERRED
        WinRepaint FenRepeint                            # INFERRED
        ControlAlias ChampAlias                          # INFERRED
        ControlError ChampErreur                         # INFERRED
        ControlGrayed ChampGrisé                         # INFERRED
        ControlInfoXY ChampInfoXY                        # INFERRED
        ControlInvisible ChampInvisible                  # INFERRED
        ControlPrevious ChampPrécédent                   # INFERRED
        ControlFirst ChampPremier                        # INFERRED
        ControlNext ChampSuivant                         # INFERRED
        ControlHovered ChampSurvol                       # INFERRED
        ControlTypeInfo ChampTypeInfo                    # INFERRED
        AssistedInputAdd SaisieAssistéeAjoute            # INFERRED
        AssistedInputClose SaisieAssistéeFerme           # INFERRED
        AssistedInputOpen SaisieAssistéeOuvre            # INFERRED
        AssistedInputParameter SaisieAssistéeParamètre   # INFERRED
        AssistedInputDeleteAll SaisieAssistéeSupprimeTout # INFERRED
        InputCursor SaisieCurseur                        # INFERRED
        WinEnableGFI FenActiveGFI                        # INFERRED
        WinCurrentLayout FenAgencementEnCours            # INFERRED
        WinClosingAnimation FenAnimationFermeture        # INFERRED
        WinOpeningAnimation FenAnimationOuverture        # INFERRED
        WinNextAnimation FenAnimationSuivante            # INFERRED
        WinWaitStart FenAttenteDébut                     # INFERRED
        WinWaitEnd FenAttenteFin                         # INFERRED
        WinChangeLayout FenChangeAgencement              # INFERRED
        WinPasteForm FenColleFormulaire                  # INFERRED
        WinCopyForm FenCopieFormulaire                   # INFERRED
        WinSlidingVisible FenCoulissanteVisible          # INFERRED
        WinGetAdaptedHeight FenDonneHauteurAdaptée       # INFERRED
        WinGetAdaptedWidth FenDonneLargeurAdaptée        # INFERRED
        WinEdActive FenEdActive                          # INFERRED
        WinEdLoad FenEdCharge                            # INFERRED
        WinEdCreateNote FenEdCréeNote                    # INFERRED
        WinEdDeclareUndo FenEdDéclareUndo                # INFERRED
        WinEdDeselectAll FenEdDésélectionneTout          # INFERRED
        WinEdDo FenEdDo                                  # INFERRED
        WinEdRedo FenEdRedo                              # INFERRED
        WinEdRestore FenEdRestaure                       # INFERRED
        WinEdSave FenEdSauve                             # INFERRED
        WinEdSaveNote FenEdSauveNote                     # INFERRED
        WinEdSelect FenEdSelect                          # INFERRED
        WinEdSelectMinus FenEdSelectMoins                # INFERRED
        WinEdSelectOccurrence FenEdSelectOccurrence      # INFERRED
        WinEdSelectPlus FenEdSelectPlus                  # INFERRED
        WinEdUndo FenEdUndo                              # INFERRED
        WinForceGFI FenForceGFI                          # INFERRED
        WinIconBarHeight FenHauteurBarreIcone            # INFERRED
        WinRefreshVisible FenRafraîchissementVisible     # INFERRED
        WinScreenRectangle FenRectangleEcran             # INFERRED
        WinUsefulSize FenTailleUtile                     # INFERRED
        WinGFIRate FenTauxGFI                            # INFERRED
        ControlActive ChampActif                         # INFERRED
        ControlEnterExitCause ChampCauseEntréeSortie     # INFERRED
        ControlExecuteClosing ChampExécuteFermeture      # INFERRED
        ControlExecuteModification ChampExécuteModification # INFERRED
        ControlSearchHighlight ChampRechercheSurligne    # INFERRED
        ControlSearchTextPrevious ChampRechercheTextePrécédent # INFERRED
        ControlSearchTextFirst ChampRechercheTextePremier # INFERRED
        ControlSearchTextNext ChampRechercheTexteSuivant # INFERRED
        ControlNoSpace ChampSansEspace                   # INFERRED
        InputAddToken SaisieAjouteJeton                  # INFERRED
        InputInsertToken SaisieInsèreJeton               # INFERRED
        InputInvalidDisplayTooltip SaisieInvalideAfficheBulle # INFERRED
        InputInvalidDisplayIcon SaisieInvalideAfficheIcone # INFERRED
        InputTokenOccurrence SaisieOccurrenceJeton       # INFERRED
        InputDeleteToken SaisieSupprimeJeton             # INFERRED
        InputDeleteAllTokens SaisieSupprimeToutJeton     # INFERRED
        ListDisplay ListeAffiche                         # INFERRED
        ListAdd ListeAjoute                              # INFERRED
        ListSeek ListeCherche                            # INFERRED
        ListMoveLine ListeDéplaceLigne                   # INFERRED
        ListInfo ListeInfo                               # INFERRED
        ListInfoXY ListeInfoXY                           # INFERRED
        ListInsert ListeInsère                           # INFERRED
        ListModify ListeModifie                          # INFERRED
        ListOccurrence ListeOccurrence                   # INFERRED
        ListPosition ListePosition                       # INFERRED
        ListSelect ListeSelect                           # INFERRED
        ListSelectMinus ListeSelectMoins                 # INFERRED
        ListSelectOccurrence ListeSelectOccurrence       # INFERRED
        ListSelectPlus ListeSelectPlus                   # INFERRED
        ListDelete ListeSupprime                         # INFERRED
        ListDeleteAll ListeSupprimeTout                  # INFERRED
        ListSort ListeTrie                               # INFERRED
        CalendarSelector CalendrierSélecteur             # INFERRED
        MenuClone                                        # INFERRED: the same name in English
        MenuInvisible                                    # INFERRED: the same name in English
        MenuSelectPlus                                   # INFERRED: the same name in English
        DocChangeAltitude                                # INFERRED: the same name in English
        DocRedo                                          # INFERRED: the same name in English
        DocRedoOccurrence                                # INFERRED: the same name in English
        DocUndo                                          # INFERRED: the same name in English
        DocUndoOccurrence                                # INFERRED: the same name in English
        """,
    DEVICE: """
        VideoDisplay VidéoAffiche                        # INFERRED
        VideoStop VidéoArrête                            # INFERRED
        VideoStatus VidéoEtat                            # INFERRED
        VideoListDriver VidéoListeDriver                 # INFERRED
        VideoCapture                                     # INFERRED: the same name in English
        VideoChangeDriver                                # INFERRED: the same name in English
        VideoConfigure                                   # INFERRED: the same name in English
        ContactDisplay ContactAffiche                    # INFERRED
        ContactAdd ContactAjoute                         # INFERRED
        ContactSeek ContactCherche                       # INFERRED
        ContactCreate ContactCrée                        # INFERRED
        ContactLast ContactDernier                       # INFERRED
        ContactEdit ContactEdite                         # INFERRED
        ContactList ContactListe                         # INFERRED
        ContactListSource ContactListeSource             # INFERRED
        ContactRead ContactLit                           # INFERRED
        ContactModify ContactModifie                     # INFERRED
        ContactPrevious ContactPrécédent                 # INFERRED
        ContactFirst ContactPremier                      # INFERRED
        ContactReset ContactRAZ                          # INFERRED
        ContactSelect ContactSélectionne                 # INFERRED
        ContactNext ContactSuivant                       # INFERRED
        ContactDelete ContactSupprime                    # INFERRED
        """,
    IDE: """
        AppActivateVersion AppliActiveVersion            # INFERRED
        AppChangeParameter AppliChangeParamètre          # INFERRED
        AppControl AppliContrôle                         # INFERRED
        AppTriggerUpdate AppliDéclencheMAJ               # INFERRED
        AppInfoVersion AppliInfoVersion                  # INFERRED
        AppInstallVersion AppliInstalleVersion           # INFERRED
        AppListVersion AppliListeVersion                 # INFERRED
        AppUpdateAvailable AppliMAJDisponible            # INFERRED
        AppParameter AppliParamètre                      # INFERRED
        AppDeleteVersion AppliSupprimeVersion            # INFERRED
        """,
    WINAPI: """
        ListDLL ListeDLL                                 # INFERRED
        """,
}
