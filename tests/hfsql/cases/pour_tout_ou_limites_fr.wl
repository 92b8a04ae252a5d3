// Les formes limites de POUR TOUT Fichier OÙ, sur les deux bases, check et exécution d'accord
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
