tab est un tableau de STBulletin
tab.Ajoute(CalculeBulletin("Martin", 15.20, 151))
tab.Ajoute(CalculeBulletin("Bernard", 12.50, 170))
CalculeBulletin("Petit", 10, 100)
SI ErreurDétectée ALORS
	Trace("refusé : " + ErreurInfo(errMessage))
FIN
POUR TOUT st DE tab
	Trace(LigneBulletin(st))
FIN
Trace("Total net : " + TotalNet(tab[1], tab[2]))
