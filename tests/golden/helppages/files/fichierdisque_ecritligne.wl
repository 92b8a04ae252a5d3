// Page d'aide <FichierDisque>.EcritLigne (?1410089042, page anglaise ; jumeau français
// écrit d'après elle) : « <Résultat> : Booléen, Vrai si l'écriture a été faite, Faux en
// cas d'erreur ; ErreurInfo avec errMessage donne le détail ». Avant, la méthode donnait
// le compte de fEcritLigne (12) et -1 en cas d'échec, que `SI PAS f.EcritLigne(...)`
// lisait Vrai.
sChemin est une chaîne = fRepTemp() + fSep() + "wl_aide_ecritligne_" + Hasard(1, 999999999) + ".txt"
MonFichier est un FichierDisque
SI MonFichier.Crée(sChemin) ALORS
	bRés est un booléen = MonFichier.ÉcritLigne("Compte rendu de réunion")
	Trace(bRés, TypeVar(MonFichier.EcritLigne("deuxième ligne")) = wlBooléen) // expect: 1, 1
	MonFichier.Ferme()
FIN
Trace(Remplace(fChargeTexte(sChemin), RC, "|")) // expect: Compte rendu de réunion|deuxième ligne|
// écrite après la fermeture : Faux, l'erreur dans ErreurInfo
SI PAS MonFichier.EcritLigne("perdue") ALORS
	Trace("non écrite", ErreurDétectée, ErreurInfo(errMessage) <> "") // expect: non écrite, 1, 1
FIN
// la fonction garde son compte d'octets
nFic est un entier = fOuvre(sChemin, foAjout)
Trace(fEcritLigne(nFic, "trois")) // expect: 7
fFerme(nFic)
fSupprime(sChemin)
