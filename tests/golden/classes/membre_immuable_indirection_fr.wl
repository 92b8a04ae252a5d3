// Un membre déclaré <immuable> nommé par une indirection littérale (`{"stTarif.nTaux"}`)
// est refusé avant l'exécution, comme `stTarif.nTaux = 3` ; le lire ainsi s'exécute.
// Avant, l'indirection l'écrivait (nTaux valait 3).
STTarif est une Structure
	nTaux est un entier <immuable> = 20
	sNom est une chaîne
FIN
stTarif est un STTarif
{"stTarif.sNom"} = "TVA"
Trace({"stTarif.nTaux"}, stTarif.sNom)
{"stTarif.nTaux"} = 3 // expect error: cannot change the member 'nTaux' of the structure STTarif: it is declared immutable, its value is the one its declaration gives (through the indirection {"stTarif.nTaux"})
