"""The chart functions (gr...) of PC SOFT's list of French names, with their English names,
catalogued: a chart is drawn in a chart control, a window, an image or a report, and
wlinterp has none of them, so a call compiles (WL103 at check time) and stops with the
chart family's error when it runs.

Each line is `English French`, ending in a mark saying where the English name comes from
(`# VERIFIED ?page`: read on PC SOFT's English help page; `# INFERRED`: from the pattern
PC SOFT follows for the family, as in grAddData/grAjouteDonnée, grTitle/grTitre,
grCreate/grCrée: `Ajoute` Add, `Supprime` Delete, `Récupère` Get, `Couleur` Color,
`Police` Font, `Série` Series, `Etiquette` Label, `Nuage` Scatter, `Bourse` Stock,
`Secteur` Pie). windev_catalog.py reads the pairs; docs/builtins.md counts the marks.
"""
from __future__ import annotations

__all__ = ["CHART_NAMES"]

from .windev_catalog_families import CHART, CatalogFamily

CHART_NAMES: dict[CatalogFamily, str] = {
    CHART: """
        grCreate grCrée                                   # INFERRED (read in real code, no page)
        grDraw grDessine                                  # INFERRED (read in real code, no page)
        grAddData grAjouteDonnée                          # INFERRED (read in real code, no page)
        grTitle grTitre                                   # INFERRED (read in real code, no page)
        grDestroy grDétruit                               # INFERRED (French: third-party code)
        grAddSeries grAjouteSérie                         # INFERRED (French: third-party code)
        grAddTimeData grAjouteDonnéeTemporelle            # INFERRED
        grAxisPosition grAxePosition                      # INFERRED
        grAxisVisible grAxeVisible                        # INFERRED
        grStockAddData grBourseAjouteDonnée               # INFERRED
        grStockGetData grBourseRécupèreDonnée             # INFERRED
        grTooltip grBulle                                 # INFERRED
        grLoadParameter grChargeParamètre                 # INFERRED
        grComparativeSeriesPosition grComparatifPositionSérie # INFERRED
        grColor grCouleur                                 # INFERRED
        grBarColor grCouleurBarre                         # INFERRED
        grCategoryColor grCouleurCatégorie                # INFERRED
        grPointColor grCouleurPoint                       # INFERRED
        grSeriesColor grCouleurSérie                      # INFERRED
        grGradient grDégradé                              # INFERRED
        grDestinationBMP                                  # INFERRED: the same name in English
        grDestinationControl grDestinationChamp           # INFERRED
        grDestinationEMF                                  # INFERRED: the same name in English
        grDestinationWin grDestinationFen                 # INFERRED
        grDestinationImage                                # INFERRED: the same name in English
        grDonutHolePercentage grDonutPourcentageTrou      # INFERRED
        grEraseDrawing grEffaceDessin                     # INFERRED
        grLineThickness grEpaisseurTrait                  # INFERRED
        grCategoryLabel grEtiquetteCatégorie              # INFERRED
        grSeriesLabel grEtiquetteSérie                    # INFERRED
        grExist grExiste                                  # INFERRED
        grWinSize grFenTaille                             # INFERRED
        grGraduate grGraduation                           # INFERRED
        grHMAddData grHMAjouteDonnée                      # INFERRED
        grHMColor grHMCouleur                             # INFERRED
        grHMLabelX grHMLibelléX                           # INFERRED
        grHMLabelY grHMLibelléY                           # INFERRED
        grHMGetData grHMRécupèreDonnée                    # INFERRED
        grHMDeleteColor grHMSupprimeCouleur               # INFERRED
        grHistoAggregation grHistoAgrégation              # INFERRED
        grHistoSpacing grHistoEspacement                  # INFERRED
        grPrint grImprime                                 # INFERRED
        grIncrementData grIncrémenteDonnée                # INFERRED
        grInfoPoint                                       # INFERRED: the same name in English
        grInfoXY                                          # INFERRED: the same name in English
        grLegend grLégende                                # INFERRED
        grLabel grLibellé                                 # INFERRED
        grSmoothing grLissage                             # INFERRED
        grAutomaticUpdateCategoryLabel grMAJAutomatiqueEtiquetteCatégorie # INFERRED
        grAutomaticUpdateSeries grMAJAutomatiqueSérie     # INFERRED
        grMask grMasque                                   # INFERRED
        grMenu                                            # INFERRED: the same name in English
        grTimeLevelMask grNiveauTemporelMasque            # INFERRED
        grTimeLevelMax grNiveauTemporelMax                # INFERRED
        grScatter3DAddData grNuage3DAjouteDonnée          # INFERRED
        grScatter3DAltitudeColor grNuage3DCouleurAltitude # INFERRED
        grScatter3DGraduationLabel grNuage3DLibelléGraduation # INFERRED
        grScatter3DProjection grNuage3DProjection         # INFERRED
        grScatter3DGridlines grNuage3DQuadrillage         # INFERRED
        grScatter3DLinkPoints grNuage3DReliePoint         # INFERRED
        grScatter3DDeleteAltitudeColor grNuage3DSupprimeCouleurAltitude # INFERRED
        grScatter3DDeleteGraduationLabel grNuage3DSupprimeLibelléGraduation # INFERRED
        grScatterAddDataXY grNuageAjouteDonnéeXY          # INFERRED
        grScatterSeriesColor grNuageCouleurSérie          # INFERRED
        grScatterSeriesLabel grNuageEtiquetteSérie        # INFERRED
        grScatterGetDataXY grNuageRécupèreDonnéeXY        # INFERRED
        grScatterLinkPoints grNuageReliePoint             # INFERRED
        grScatterPointSize grNuageTaillePoint             # INFERRED
        grSeriesOpacity grOpacitéSérie                    # INFERRED
        grMenuOption grOptionMenu                         # INFERRED
        grOrientation                                     # INFERRED: the same name in English
        grOrigin grOrigine                                # INFERRED
        grParameter grParamètre                           # INFERRED
        grParameter3DS grParamètre3DS                     # INFERRED
        grLabelFont grPoliceEtiquette                     # INFERRED
        grLegendFont grPoliceLégende                      # INFERRED
        grTitleFont grPoliceTitre                         # INFERRED
        grAxisTitleFont grPoliceTitreAxe                  # INFERRED
        grGridlines grQuadrillage                         # INFERRED
        grGetData grRécupèreDonnée                        # INFERRED
        grRaised grRelief                                 # INFERRED
        grRotation                                        # INFERRED: the same name in English
        grSMNAddData grSMNAjouteDonnée                    # INFERRED
        grSMNStartAngle grSMNAngleDépart                  # INFERRED
        grSMNSliceColor grSMNCouleurPortion               # INFERRED
        grSMNExplodedPart grSMNPartExcentrée              # INFERRED
        grSMNRootSlice grSMNPortionRacine                 # INFERRED
        grSMNGetData grSMNRécupèreDonnée                  # INFERRED
        grSaveBMP grSauveBMP                              # INFERRED
        grSaveEMF grSauveEMF                              # INFERRED
        grSaveImage grSauveImage                          # INFERRED
        grSaveParameter grSauveParamètre                  # INFERRED
        grSaveWMF grSauveWMF                              # INFERRED
        grPieStartAngle grSecteurAngleDépart              # INFERRED
        grPiePullOut grSecteurPartExcentrée               # INFERRED (read in PC SOFT's English example WD Loan, no page)
        grSeriesSecondaryAxis grSérieAxeSecondaire        # INFERRED
        grCategoryLabelSource grSourceEtiquetteCatégorie  # INFERRED
        grSeriesSource grSourceSérie                      # INFERRED
        grOverlayChart grSuperposeGraphe                  # INFERRED
        grDeleteSeries grSupprimeSérie                    # INFERRED
        grDeleteAll grSupprimeTout                        # INFERRED
        grSurfaceAddData grSurfaceAjouteDonnée            # INFERRED
        grSurfaceAltitudeColor grSurfaceCouleurAltitude   # INFERRED
        grSurfaceGraduationLabel grSurfaceLibelléGraduation # INFERRED
        grSurfaceMesh grSurfaceMaillage                   # INFERRED
        grSurfaceGridlines grSurfaceQuadrillage           # INFERRED
        grSurfaceGetData grSurfaceRécupèreDonnée          # INFERRED
        grSurfaceDeleteAltitudeColor grSurfaceSupprimeCouleurAltitude # INFERRED
        grSurfaceDeleteGraduationLabel grSurfaceSupprimeLibelléGraduation # INFERRED
        grImageSize grTailleImage                         # INFERRED
        grPointSize grTaillePoint                         # INFERRED
        grRealTimeInterval grTempsRéelIntervalle          # INFERRED
        grAxisTitle grTitreAxe                            # INFERRED
        grType                                            # INFERRED: the same name in English
        grPointType grTypePoint                           # INFERRED
        grSeriesPointType grTypePointSérie                # INFERRED
        grSeriesType grTypeSérie                          # INFERRED
        grSeriesLineType grTypeTraitSérie                 # INFERRED
        grWaterfallColor grWaterfallCouleur               # INFERRED
        grWaterfallCategoryType grWaterfallTypeCatégorie  # INFERRED
        grZoom                                            # INFERRED: the same name in English
        """,
}
