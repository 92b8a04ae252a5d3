// avertissements en français ; // wl: ignore[...] en fait taire un
nInutile est un entier // warning: WL201:1 'nInutile' is declared but never used
nTu est un entier // wl: ignore[WL201]
nVirgule est un entier = 7.5 // warning: WL206:1 'nVirgule' is an integer: the decimal part of this value is lost
nJours est un entier = "15 jours" // warning: WL206:1 'nJours' is an integer: the text "15 jours" is not a number and is stored as 15
Trace(nJours)
Trace(nVirgule)
TabJours est un tableau de chaînes = ["Lundi", "Mardi"]
TabJours[2] // warning: WL210:1 the value of this expression is not used (the line computes it and drops it)
