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
of the program stays WL102). Names spelled the same in both languages (MenuClone,
MenuInvisible, DocRedo, VideoCapture...) are in windev_catalog_exact.py already.
"""
from __future__ import annotations

__all__ = ["ENGLISH_NAMES"]

from .windev_catalog_families import DEVICE, WINDOWS, CatalogFamily

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
        """,
    DEVICE: """
        VideoDisplay VidéoAffiche                        # INFERRED
        VideoStop VidéoArrête                            # INFERRED
        VideoStatus VidéoEtat                            # INFERRED
        VideoListDriver VidéoListeDriver                 # INFERRED
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
}
