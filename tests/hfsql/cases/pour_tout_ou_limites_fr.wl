// Les formes limites de POUR TOUT Fichier OÙ, sur les deux bases, check et exécution d'accord
Limites est une Structure
	nMin est un entier
FIN
POUR i = 1 _À_ 3
	HRAZ(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Paris", "Lyon", "Nice"][i]
	Customer.Balance = 10 * i
	HAjoute(Customer)
FIN
// une liste DANS vide : aucune valeur à égaler (le compilateur écrivait "(,)" : "the
// program is too complex to compile")
POUR TOUT Customer OÙ City DANS ()
	Trace("dans ()", Customer.Name)
FIN
POUR TOUT Customer OÙ City PAS DANS () ET Balance > 20
	Trace("pas dans ()", Customer.Name)
FIN
// expect: pas dans (), C3
// une variable ou le membre d'une structure à gauche d'une rubrique est une valeur, la
// comparaison lue dans l'autre sens (l'exécution s'arrêtait : "'sVille' is not an item")
sVille est une chaîne = "Nice"
POUR TOUT Customer OÙ sVille = City
	Trace("variable", Customer.Name)
FIN
// expect: variable, C3
stLim est un Limites
stLim.nMin = 15
POUR TOUT Customer OÙ stLim.nMin < Balance ET sVille <> Customer.City
	Trace("membre", Customer.Name)
FIN
// expect: membre, C2
DansProcédure()
PROCÉDURE DansProcédure()
POUR TOUT Customer OÙ stLim.nMin > Customer.Balance OU sVille = City
	Trace("globale", Customer.Name)
FIN
// expect: globale, C1
// expect: globale, C3
