"""The printing and report functions (i...), the PDF document functions (PDF...) and the
PDF reader control (LecteurPDF...) of PC SOFT's list of French names, with their English
names, catalogued: wlinterp has no printer, no report engine and no PDF reader or
writer, so a call compiles (WL103) and stops with its family's error when it runs.

Lines are `English French` with a mark (`# VERIFIED ?page` / `# INFERRED`, as in
windev_catalog_charts.py); INFERRED names follow the printing family's pattern of the
names already read (iPrintReport/iImprimeEtat, iPreview/iAperçu: `Imprime` Print,
`Paramètre` Parameter, `Hauteur` Height, `Largeur` Width, `Etat` Report).
"""
from __future__ import annotations

__all__ = ["PRINTING_NAMES"]

from .windev_catalog_families import PDF, PRINTING, WINDOWS, CatalogFamily

PRINTING_NAMES: dict[CatalogFamily, str] = {
    PRINTING: """
        iAddAttachment iAjoutePièceJointe                 # INFERRED
        iAddBookmark iAjouteSignet                        # INFERRED
        iBorder iCadre                                    # INFERRED
        iRoundedBorder iCadreArrondi                      # INFERRED
        iChangeSubReportSource iChangeSousEtatSource      # INFERRED
        iConfigureReport iConfigureEtat                   # INFERRED
        iDefineAdditionalXMP iDéfinitXMPSupplémentaire    # INFERRED
        iLastFile iDernierFichier                         # INFERRED
        iEllipse                                          # INFERRED: the same name in English
        iSequencingAdd iEnchaînementAjoute                # INFERRED
        iSequencingAddDoc iEnchaînementAjouteDoc          # INFERRED
        iSequencingAddPDF iEnchaînementAjoutePDF          # INFERRED
        iSequencingAddXLS iEnchaînementAjouteXLS          # INFERRED
        iSequencingPrint iEnchaînementImprime             # INFERRED
        iEscape                                           # INFERRED: the same name in English
        iCloseReport iFermeEtat                           # INFERRED
        iCurrentFile iFichierEnCours                      # INFERRED
        iEndReport iFinEtat                               # INFERRED
        iForceComplement                                  # INFERRED: the same name in English
        iGroupAdd iGroupeAjoute                           # INFERRED
        iGroupPrint iGroupeImprime                        # INFERRED
        iGroupParameter iGroupeParamètre                  # INFERRED
        iNestedHeaderFooter iHautBasPageImbriqué          # INFERRED
        iImageHeight iHauteurImage                        # INFERRED
        iPageHeight iHauteurPage                          # INFERRED
        iPageHeightLeft iHauteurRestantePage              # INFERRED
        iTextHeight iHauteurTexte                         # INFERRED
        iAreaHeight iHauteurZone                          # INFERRED
        iPrintingCanceled iImpressionAbandonnée           # INFERRED
        iPrintingRequested iImpressionDemandée            # INFERRED
        iPrintBlock iImprimeBloc                          # INFERRED
        iPrintBodyComplement iImprimeComplémentCorps      # INFERRED
        iPrintDoc iImprimeDoc                             # INFERRED
        iPrintDuplicate iImprimeDuplicata                 # INFERRED
        iPrintWord iImprimeMot                            # INFERRED
        iPrintPDF iImprimePDF                             # INFERRED
        iPrintSignature iImprimeSignature                 # INFERRED
        iPrintXLS iImprimeXLS                             # INFERRED
        iPrintZone iImprimeZone                           # INFERRED
        iPrintZoneHTML iImprimeZoneHTML                   # INFERRED
        iPrintZoneRTF iImprimeZoneRTF                     # INFERRED
        iInfoPrinter iInfoImprimante                      # INFERRED
        iInitInternalReport iInitEtatInterne              # INFERRED
        iInitReportQueryConnection iInitRequêteEtatConnexion # INFERRED
        iInitSubReport iInitSousEtat                      # INFERRED
        iImageWidth iLargeurImage                         # INFERRED
        iPageWidth iLargeurPage                           # INFERRED
        iTextWidth iLargeurTexte                          # INFERRED
        iLink iLien                                       # INFERRED
        iPrintLine iLigne                                 # INFERRED
        iListNestedReports iListeEtatsImbriqués           # INFERRED
        iListPrinter iListeImprimante                     # INFERRED
        iMMToPica iMMVersPica                             # INFERRED
        iTransparentMagenta iMagentaTransparent           # INFERRED
        iMargin iMarge                                    # INFERRED
        iPrintingNation iNationImpression                 # INFERRED
        iColumnNum iNumColonne                            # INFERRED
        iPageNum iNumPage                                 # INFERRED
        iParameterDuplicate iParamètreDuplicata           # INFERRED
        iParameterReport iParamètreEtat                   # INFERRED
        iParameterExport iParamètreExport                 # INFERRED
        iParameterWatermark iParamètreFiligrane           # INFERRED
        iParameterPDF iParamètrePDF                       # INFERRED
        iParameterViewer iParamètreVisualisateur          # INFERRED
        iParameterXLS iParamètreXLS                       # INFERRED
        iPicaToMM iPicaVersMM                             # INFERRED
        iFontDidot iPoliceDidot                           # INFERRED
        iPosX                                             # INFERRED: the same name in English
        iPosY                                             # INFERRED: the same name in English
        iReset iRAZ                                       # INFERRED
        iResetNbPages iRAZNbPages                         # INFERRED
        iHTMLImageDir iRepImageHTML                       # INFERRED
        iSkipLine iSauteLigne                             # INFERRED
        iSelectFont iSelectPolice                         # INFERRED
        iReportPrintingStatus iStatusImpressionEtat       # INFERRED
        iSubstBlock iSubstBloc                            # INFERRED
        iEndColumn iTermineColonne                        # INFERRED
        iFinishPage iTerminePage                          # INFERRED
        iLine iTrait                                      # INFERRED
        iHLine iTraitH                                    # INFERRED
        iVLine iTraitV                                    # INFERRED
        """,
    PDF: """
        PDFIsProtected PDFEstProtégé                      # INFERRED
        PDFExtractPage PDFExtraitPage                     # INFERRED
        PDFClose PDFFerme                                 # INFERRED
        PDFMerge PDFFusionne                              # INFERRED
        PDFMergeWithPassword PDFFusionneAvecMotDePasse    # INFERRED
        PDFPassword PDFMotDePasse                         # INFERRED
        PDFOpen PDFOuvre                                  # INFERRED
        PDFSave PDFSauve                                  # INFERRED
        PDFSign PDFSigne                                  # INFERRED
        PDFToText PDFVersTexte                            # INFERRED
        """,
    WINDOWS: """
        PDFReaderClose LecteurPDFFerme                    # INFERRED
        PDFReaderOpen LecteurPDFOuvre                     # INFERRED
        PDFReaderSearchPrevious LecteurPDFRecherchePrécédent # INFERRED
        PDFReaderSearchFirst LecteurPDFRecherchePremier   # INFERRED
        PDFReaderSearchNext LecteurPDFRechercheSuivant    # INFERRED
        PDFReaderSave LecteurPDFSauve                     # INFERRED
        PDFReaderHighlight LecteurPDFSurligne             # INFERRED
        PDFReaderTurnPage LecteurPDFTournePage            # INFERRED
        """,
}
