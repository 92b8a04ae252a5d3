"""French WINDEV function names listed one by one where a family prefix caught too much.

A prefix (windev_catalog_names.PREFIXES) spares listing the hundreds of control
functions, but a French prefix that is an everyday word also caught the program's own
procedures: an undeclared `ListeClients()`, `SaisieCommande()`, `ContactEnvoie()`,
`FenetrePrincipale()`, `ApplicationDemarre()`, `MenuPrincipal()`, `DocGenere()` or
`VideoSuivante()` was reported as a window, device or IDE function (WL103) instead of an
unknown procedure (WL102). These families are matched by
their real names instead: the French names PC SOFT publishes (the list
sptaule/wlangage-syntax-highlighting data/functions.json holds, written without
accents; folding makes `FenEnExécution` and `FenEnExecution` one name, and an entry
found by it is named as the program writes it). Their English
names are not in that list: the English prefixes that are not everyday French words stay
prefixes (`List...` is still one, without `Liste...`); English names read on a help page
are in windev_catalog_names / windev_catalog_more. `Menu...`, `Doc...` and `Video...` are
everyday words in both languages: only their French names are listed (no stored page
gives the English ones), as are the `Page...` names read on a page (windev_catalog_names
WEBDEV); `Map...` (English, everyday) is no prefix any more either: the map control's
functions are known by their French names (`Carte...`), their English ones by none.
"""
from __future__ import annotations

__all__ = ["EXACT_NAMES", "REPLACED_PREFIXES"]

from .windev_catalog_families import DEVICE, IDE, WINAPI, WINDOWS, CatalogFamily

# the prefixes these lists replace (folded): tests/core/test_catalog_exact.py checks
# that none of them is a prefix of the tables any more
REPLACED_PREFIXES = ("fen", "champ", "saisie", "liste", "appli", "contact", "carte",
                     "calendrier", "menu", "doc", "video")

EXACT_NAMES: dict[CatalogFamily, str] = {
    WINDOWS: """
        FenActiveGFI FenAdapteHauteur FenAdapteLargeur FenAdapteTaille
        FenAgencementEnCours FenAnimationFermeture FenAnimationOuverture
        FenAnimationSuivante FenAttenteDebut FenAttenteFin FenChangeAgencement
        FenChangeAlias FenColleFormulaire FenCopieFormulaire FenCoulissanteVisible
        FenDesactiveEffet FenDonneHauteurAdaptee FenDonneLargeurAdaptee FenEdActive
        FenEdCharge FenEdCreeNote FenEdDeclareUndo FenEdDeselectionneTout FenEdDo
        FenEdRedo FenEdRestaure FenEdSauve FenEdSauveNote FenEdSelect FenEdSelectMoins
        FenEdSelectOccurrence FenEdSelectPlus FenEdUndo FenEnCours FenEnExecution
        FenEtat FenExtHaut FenExtLarg FenExtPosX FenExtPosY FenForceGFI
        FenHauteurBarreIcone FenImageFond FenInitialisee FenIntHaut FenIntLarg
        FenIntPosX FenIntPosY FenOrientation FenPrecedente FenRafraichissementVisible
        FenRectangleEcran FenRepeint FenTaille FenTailleUtile FenTauxGFI
        ChampActif ChampAlias ChampCauseEntreeSortie ChampClone ChampContextuel
        ChampCree ChampEnCours ChampErreur ChampExecuteFermeture
        ChampExecuteModification ChampExiste ChampGrise ChampInfoXY ChampInvisible
        ChampPrecedent ChampPremier ChampRechercheSurligne ChampRechercheTextePrecedent
        ChampRechercheTextePremier ChampRechercheTexteSuivant ChampSansEspace
        ChampSuivant ChampSupprime ChampSurvol ChampTypeInfo ChampVersSource
        ChampVisible
        Saisie SaisieAjouteJeton SaisieAssisteeAjoute SaisieAssisteeFerme
        SaisieAssisteeOuvre SaisieAssisteeParametre SaisieAssisteeSupprimeTout
        SaisieCurseur SaisieInsereJeton SaisieInvalideAfficheBulle
        SaisieInvalideAfficheIcone SaisieOccurrenceJeton SaisieSupprimeJeton
        SaisieSupprimeToutJeton
        ListeAffiche ListeAjoute ListeCherche ListeDeplaceLigne ListeInfo ListeInfoXY
        ListeInsere ListeModifie ListeOccurrence ListePosition ListeSelect
        ListeSelectMoins ListeSelectOccurrence ListeSelectPlus ListeSupprime
        ListeSupprimeTout ListeTrie
        CarteAffichePosition CarteAjouteItineraire CarteAjouteMarqueur
        CarteConfigureAPIGgl CarteDistanceItineraire CarteExecuteJS CarteFinDeplacement
        CarteInfoPosition CarteInfoXY CarteLicenceBing CarteLicenceGgl
        CarteModifieMarqueur CarteRecupereImage CarteRecupereObjetJS
        CarteRecuperePosition CarteSuitDeplacement CarteSupprimeItineraire
        CarteSupprimeMarqueur CarteSupprimeTout
        CalendrierOuvre CalendrierPosition CalendrierSelect CalendrierSelectMoins
        CalendrierSelectOccurrence CalendrierSelectPlus CalendrierSelecteur
        MenuAjoute MenuAjouteMenu MenuAjouteOption MenuAjouteOptionURL MenuAjoutePopup
        MenuAjouteSeparateur MenuClone MenuDemarque MenuEtat MenuExiste MenuInsereMenu
        MenuInsereOption MenuInsereSeparateur MenuInvisible MenuLibelle MenuMarquage
        MenuMarque MenuSelectMoins MenuSelectPlus MenuSupprime
        DocAjoute DocChangeAltitude DocDebutModification DocEntreEdition DocFerme
        DocFinModification DocInsere DocInsereTableDesMatieres DocInsereTableau
        DocMiseAJourFormule DocMiseAJourTableDesMatieres DocOuvre DocPositionne
        DocRecherche DocRedo DocRedoOccurrence DocRemplace DocSauve DocSelectionne
        DocSortEdition DocSupprime DocSupprimeTableDesMatieres DocUndo DocUndoOccurrence
        DocUndoRedoSupprimeTout DocVersHTML DocVersImage DocVersPDF DocVersTexte
        """,
    DEVICE: """
        VideoAffiche VideoArrete VideoCapture VideoChangeDriver VideoConfigure VideoEtat
        VideoListeDriver
        ContactAffiche ContactAjoute ContactCherche ContactCree ContactDernier
        ContactEdite ContactListe ContactListeSource ContactLit ContactModifie
        ContactPrecedent ContactPremier ContactRAZ ContactSelectionne ContactSuivant
        ContactSupprime
        """,
    IDE: """
        AppliActiveVersion AppliChangeParametre AppliControle AppliDeclencheMAJ
        AppliInfoVersion AppliInstalleVersion AppliListeVersion AppliMAJDisponible
        AppliParametre AppliSupprimeVersion
        """,
    WINAPI: """
        ListeDLL
        """,
}
