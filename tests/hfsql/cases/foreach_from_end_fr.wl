// POUR TOUT ... DepuisFin / SansSauvePosition sur un fichier de données et une requête
AjouteClient("Moore", "Paris")
AjouteClient("Dupont", "Lyon")
AjouteClient("Émile", "Nice")
POUR TOUT Customer SUR Name DepuisFin
	Trace(Customer.Name)
FIN
// expect: Moore
// expect: Émile
// expect: Dupont
POUR TOUT Customer DEPUISFIN
	Trace(HNumEnr(Customer))
FIN
// expect: 3
// expect: 2
// expect: 1
POUR TOUT Customer SUR Name DepuisFin OÙ City <> "Lyon"
	Trace(Customer.Name)
FIN
// expect: Moore
// expect: Émile
HLitPremier(Customer, Name)
POUR TOUT Customer SUR Name SansSauvePosition
	SI Customer.Name = "Émile" ALORS SORTIR
FIN
HLitSuivant(Customer, Name)
Trace(Customer.Name)                       // expect: Moore
POUR TOUT Customer SUR Name sanssauveposition DepuisFin
FIN
Trace(HEnDehors(Customer))                 // expect: 1
rVilles est une Requête SQL = [
    SELECT City FROM Customer ORDER BY City
]
HExécuteRequête(rVilles)
POUR TOUT rVilles DepuisFin
	Trace(rVilles.City)
FIN
// expect: Paris
// expect: Nice
// expect: Lyon

PROCÉDURE AjouteClient(sNom est une chaîne, sVille est une chaîne)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
