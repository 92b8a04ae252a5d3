// Un séparateur de ligne (U+2028) ou un saut de page dans un commentaire ne termine pas
// la ligne : l'erreur qui suit est placée sur sa ligne, comme `wl check` la place
IDessinable est une interface
	PROCÉDURE Dessine()
FIN
CCarré est une Classe
	implémente IDessinable // wl: ignore[WL110]
FIN
c est un CCarré
d est un IDessinable <- c
Trace(1) // un séparateur  et un saut de page  // expect: 1
d.Dessine() // expect error: The class CCarré has no method 'Dessine'
