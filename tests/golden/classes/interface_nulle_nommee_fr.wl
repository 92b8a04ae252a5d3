// une méthode appelée par une variable ou un élément d'une interface qui ne tient aucun
// objet arrête l'exécution en le nommant, comme un objet dynamique Null (c'était
// « Unknown method 'Aire' for a value of type Null. », en début de ligne)
IForme est une Interface
	PROCÉDURE Aire() : entier
FIN
CCarré est une Classe
	implémente IForme
FIN
tabFormes est un tableau de IForme
TableauAjoute(tabFormes, allouer un CCarré)
TableauAjoute(tabFormes, Null)
Trace(tabFormes[1].Aire()) // expect: 4
QUAND EXCEPTION DANS
	Trace(tabFormes[2].Aire())
FAIRE
	Trace(ExceptionInfo()) // expect: tabFormes[2] is Null: no object of the interface IForme to use 'Aire' on (a dynamic object is Null until new or an assignment gives it one).
FIN
f est une IForme
Trace(f.Aire()) // expect error: f is Null: no object of the interface IForme to use 'Aire' on (a dynamic object is Null until new or an assignment gives it one).

PROCÉDURE CCarré::Aire() : entier
	RENVOYER 4
