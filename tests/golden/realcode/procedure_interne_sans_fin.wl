// Une PROCÉDURE INTERNE écrite sans son FIN (?1514075 donne FIN ; du code porté à la
// main l'oublie) : elle finit avant la suivante écrite à son retrait, avant la PROCÉDURE
// suivante, à la fin du code, ou avant la première ligne revenue au retrait de son
// en-tête quand son corps est en retrait (docs/semantics.md, "Internal procedure
// without END")
tLignes est un tableau de monétaires = [10.25, 4.10, 0.50]
Trace(TotalFacture(tLignes)) // expect: 14.9
Trace(Rapport("ACME")) // expect: 1. Client ACME
// expect: 2. Cher ACME
// expect: 2

PROCÉDURE TotalFacture(tMontants est un tableau de monétaires)
moTotal est un monétaire = 0
POUR TOUT moLigne DE tMontants
	AjouteLigne(moLigne)
FIN
RENVOYER Arrondi1(moTotal)
procédure interne AjouteLigne(moMontant est un monétaire)
	moTotal += moMontant
PROCEDURE INTERNE Arrondi1(moValeur est un monétaire) : monétaire
	RENVOYER Arrondi(moValeur, 1)

PROCÉDURE Rapport(sClient est une chaîne)
nLignes est un entier
PROCÉDURE INTERNE Compte(sLibellé est une chaîne)
	nLignes++
	Trace(nLignes + ". " + sLibellé)
Compte("Client " + sClient)
SI sClient <> "" ALORS
	PROCÉDURE INTERNE Salue()
		Compte("Cher " + sClient)
	Salue()
FIN
RENVOYER nLignes
