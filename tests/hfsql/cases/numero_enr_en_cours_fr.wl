// hNumEnrEnCours vaut 0 (HCURRENTRECNUM de HFConstant.h, « l'enregistrement courant ») :
// HLit et HBloqueNumEnr / HDébloqueNumEnr le prennent pour l'enregistrement en cours
df est une Description de Fichier
dr est une Description de Rubrique
df..Nom = "Fruit"
dr..Nom = "IDFruit"
dr..Type = hRubriqueIdAuto
HDécritRubrique(df, dr)
dr..Nom = "Nom"
dr..Type = hRubriqueTexte
dr..Taille = 20
dr..TypeClé = hNonClé
HDécritRubrique(df, dr)
Trace(HDécritFichier(df))                                   // expect: 1
HCréation(Fruit)
POUR TOUT s DE ["pomme", "poire", "prune"]
	HRAZ(Fruit)
	Fruit.Nom = s
	HAjoute(Fruit)
FIN
Trace(HLit(Fruit, 3), Fruit.Nom)                            // expect: 1, prune
Fruit.Nom = "changé en mémoire"
Trace(HLit(Fruit, hNumEnrEnCours), Fruit.Nom, HNumEnr(Fruit))     // expect: 1, prune, 3
Trace(HBloqueNumEnr(Fruit, hNumEnrEnCours), HDébloqueNumEnr(Fruit, hNumEnrEnCours))   // expect: 1, 1
