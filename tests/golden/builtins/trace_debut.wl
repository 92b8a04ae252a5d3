// TraceDébut / TraceFin avec les noms français (voir trace_start.wl) : la trace affichée
// et enregistrée dans un fichier, puis désactivée, puis rendue à l'affichage.
sFichier est une chaîne = fRepTemp() + "/wl_trace_" + DonneGUID() + ".txt"
TraceDébut(trFenêtre + trFichier, sFichier)
Trace("les deux")
// expect: les deux
TraceDébut(trDésactive)
Trace("nulle part")
TraceFin()
Trace("après")
// expect: après
Trace(Remplace(fChargeTexte(sFichier), RC, "|"))
// expect: les deux|
fSupprime(sFichier)
