"""The drawing and image functions of PC SOFT's list of French names (d... on an image
control or an Image variable, g... inside the items of lists and combo boxes, Image...,
Pic..., fonts and colours chosen in a window), with their English names, catalogued: they
draw in a window's controls or decode images, which wlinterp does not do, so a call
compiles (WL103) and stops with its family's error when it runs.

Lines are `English French` with a mark (`# VERIFIED ?page` / `# INFERRED`, as in
windev_catalog_charts.py); the patterns followed for INFERRED names are those of the
names already read: dStartDrawing/dDébutDessin, dLine/dLigne, dText/dTexte,
gPen/gStylo (`Sauve` Save, `Charge` Load, `Modifie` Modify, `Police` Font, `Stylo` Pen,
`Fond` Background, `Cadre` Frame, `Lien` Link).
"""
from __future__ import annotations

__all__ = ["DRAWING_NAMES"]

from .windev_catalog_families import DRAWING, WINDOWS, CatalogFamily

DRAWING_NAMES: dict[CatalogFamily, str] = {
    DRAWING: """
        dStartDrawing dDébutDessin                        # INFERRED (read in real code, no page)
        dEndDrawing dFinDessin                            # INFERRED (read in real code, no page)
        dRectangle                                        # INFERRED: the same name in English
        dLine dLigne                                      # INFERRED (read in real code, no page)
        dText dTexte                                      # INFERRED (read in real code, no page)
        dCircle dCercle                                   # INFERRED (read in real code, no page)
        dPoint                                            # INFERRED: the same name in English
        gPen gStylo                                       # INFERRED (French: PC SOFT's example)
        dDisplay dAffiche                                 # INFERRED
        dArc                                              # INFERRED: the same name in English
        dFrame dCadre                                     # INFERRED
        dChangeMode                                       # INFERRED: the same name in English
        dLoadImage dChargeImage                           # INFERRED
        dCopy dCopie                                      # INFERRED
        dCopyImageScreen dCopieImageEcran                 # INFERRED
        dCopyImageWindow dCopieImageFenêtre               # INFERRED
        dChord dCorde                                     # INFERRED
        dImageDominantColor dCouleurDominanteImage        # INFERRED
        dBackground dFond                                 # INFERRED
        dMerge dFusionne                                  # INFERRED
        dHalo                                             # INFERRED: the same name in English
        dImageToArray dImageVersTableau                   # INFERRED
        dIncrustColor dIncrusteCouleur                    # INFERRED
        dInvertColor dInverseCouleur                      # INFERRED
        dModifyBrightness dModifieLuminosité              # INFERRED
        dModifyOpacity dModifieOpacité                    # INFERRED
        dModifySaturation dModifieSaturation              # INFERRED
        dModifyHSL dModifieTSL                            # INFERRED
        dModifyHue dModifieTeinte                         # INFERRED
        dShadow dOmbre                                    # INFERRED
        dPixelColor dPixelCouleur                         # INFERRED
        dPixelOpacity dPixelOpacité                       # INFERRED
        dFont dPolice                                     # INFERRED
        dPolygon dPolygone                                # INFERRED
        dPolyline dPolyligne                              # INFERRED
        dPie dPortion                                     # INFERRED
        dRoundedRectangle dRectangleArrondi               # INFERRED
        dGradientRectangle dRectangleDégradé              # INFERRED
        dResize dRedimensionne                            # INFERRED
        dFill dRemplissage                                # INFERRED
        dRotation                                         # INFERRED: the same name in English
        dSaveImageBMP dSauveImageBMP                      # INFERRED
        dSaveImageGIF dSauveImageGIF                      # INFERRED
        dSaveImageICO dSauveImageICO                      # INFERRED
        dSaveImageJPEG dSauveImageJPEG                    # INFERRED
        dSaveImagePNG dSauveImagePNG                      # INFERRED
        dSaveImageTIFF dSauveImageTIFF                    # INFERRED
        dPen dStylo                                       # INFERRED
        dHorizontalSymmetry dSymétrieHorizontale          # INFERRED
        dVerticalSymmetry dSymétrieVerticale              # INFERRED
        dTextRTF dTexteRTF                                # INFERRED
        dTransferToImage dTransfertVersImage              # INFERRED
        ArrowStart FlècheDébut                            # INFERRED
        ArrowEnd FlècheFin                                # INFERRED
        DrawingStyle StyleDessin                          # INFERRED
        PicCreate PicCrée                                 # INFERRED
        PicClose PicFerme                                 # INFERRED
        PicMergeLayer PicFusionneCalque                   # INFERRED
        PicOpen PicOuvre                                  # INFERRED
        PicResize PicRedimensionne                        # INFERRED
        PicRotation                                       # INFERRED: the same name in English
        PicSave PicSauve                                  # INFERRED
        """,
    WINDOWS: """
        gToRetrieve gARécupérer                           # INFERRED
        gAlignment gCadrage                               # INFERRED
        gCircle gCercle                                   # INFERRED
        gCoord                                            # INFERRED: the same name in English
        gBackground gFond                                 # INFERRED
        gGradientBackground gFondDégradé                  # INFERRED
        gImage                                            # INFERRED: the same name in English
        gImageExist gImageExiste                          # INFERRED
        gLink gLien                                       # INFERRED
        gLinkActive gLienActive                           # INFERRED
        gClickableLink gLienCliquable                     # INFERRED
        gLine gLigne                                      # INFERRED
        gFont gPolice                                     # INFERRED
        gFontStrikeOut gPoliceBarrée                      # INFERRED
        gFontBold gPoliceGras                             # INFERRED
        gFontItalic gPoliceItalique                       # INFERRED
        gFontUnderlined gPoliceSoulignée                  # INFERRED
        gFontSize gPoliceTaille                           # INFERRED
        gRectangle                                        # INFERRED: the same name in English
        gToText gVersTexte                                # INFERRED
        ImageStopScrolling ImageArrêteDéfilement          # INFERRED
        ImageLayerVisible ImageCalqueVisible              # INFERRED
        ImageLast ImageDernier                            # INFERRED
        ImageWindow ImageFenêtre                          # INFERRED
        ImageInfoClose ImageInfoFerme                     # INFERRED
        ImageInfoList ImageInfoListe                      # INFERRED
        ImageInfoModify ImageInfoModifie                  # INFERRED
        ImageInfoSave ImageInfoSauve                      # INFERRED
        ImageInfoValue ImageInfoValeur                    # INFERRED
        ImageStartScrolling ImageLanceDéfilement          # INFERRED
        ImageOccurrence                                   # INFERRED: the same name in English
        ImagePosX                                         # INFERRED: the same name in English
        ImagePosY                                         # INFERRED: the same name in English
        ImageScrollingPosition ImagePositionDéfilement    # INFERRED
        ImagePrevious ImagePrécédent                      # INFERRED
        ImageFirst ImagePremier                           # INFERRED
        ImageNext ImageSuivant                            # INFERRED
        ImageArea ImageZone                               # INFERRED
        FontCreate PoliceCrée                             # INFERRED
        FontList PoliceListe                              # INFERRED
        FontSelect PoliceSelect                           # INFERRED
        FontLargeFactor FacteurGrandePolice               # INFERRED
        SelectColor SelectCouleur                         # INFERRED
        LinkColor LienCouleur                             # INFERRED
        ColorPalette CouleurPalette                       # INFERRED
        """,
}
