// Les appels de graphe et de dessin que le code réel fait le plus (un graphe des ventes
// rempli par grAjouteDonnée et tracé par grDessine, un cadre dessiné par dDébutDessin et
// gStylo) : chacun nomme la famille des graphes ou du dessin quand on l'atteint, comme le
// reste de ces familles (ils étaient dits fonctions de fenêtre).
Essai("crée")  // expect: crée
// expect: grCrée is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Essai("donnée")  // expect: donnée
// expect: grAjouteDonnée is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Essai("dessine")  // expect: dessine
// expect: grDessine is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Essai("début")  // expect: début
// expect: dDébutDessin is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Essai("stylo")  // expect: stylo
// expect: gStylo is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Trace("après")  // expect: après

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "crée": grCrée("Ventes", grColonne) // wl: ignore[WL103]
		CAS "donnée": grAjouteDonnée("Ventes", 1, 1, 1250.5) // wl: ignore[WL103]
		CAS "dessine": grDessine("Ventes", IMG_Graphe) // wl: ignore[WL103]
		CAS "début": dDébutDessin(IMG_Cadre) // wl: ignore[WL103]
		CAS "stylo": Trace(gStylo(RVB(0, 0, 255))) // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
