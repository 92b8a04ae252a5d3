// Un SI sur une ligne sans ALORS (WINDEV 2025) prend toute instruction après sa
// condition : une affectation de référence (`SI x > 2 p <- x` était « unexpected '<' » :
// le `<-` lu comme `< -`), une affectation composée, une cible indicée ou membre, un appel
// de méthode, RETOUR, RENVOYER, SORTIR, CONTINUER ; un SI dont le ALORS est sur sa ligne,
// ou sur aucune, ouvre un bloc.
CCompteur est une Classe
	nValeur est un entier
	pAutre est un CCompteur dynamique
FIN
c1 est un CCompteur
c2 est un CCompteur
pCour est un CCompteur dynamique
x est un entier = 5
n est un entier
SI x > 2 n <- x
Trace(n) // expect: 5
si x > 2 n += 10
Trace(n) // expect: 15
SI x > 9 n <- 0 SINON n <- 1
Trace(n) // expect: 1
tab est un tableau de 3 entiers
SI x = 5 tab[2] <- 7
Si x = 5 tab[3] = 8
Trace(tab[2], tab[3]) // expect: 7, 8
SI x > 2 pCour <- c1
SI x < 2 pCour <- c1 SINON pCour <- c2
pCour.nValeur = 4
Trace(c1.nValeur, c2.nValeur) // expect: 0, 4
SI (x = 5) c1.pAutre <- c2
SI c1.pAutre <> Null c1:nValeur <- c1.pAutre.nValeur + 1
Trace(c1.nValeur) // expect: 5
SI x > 2 c1.Ajoute(3) ; Trace("ajouté")
// expect: ajouté
SI x > 2 c2:Ajoute(1)
Trace(c1.nValeur, c2.nValeur) // expect: 8, 5
SI Double(x) = 10 x <- 6
Trace(x) // expect: 6
Affiche(-1)
Affiche(2) // expect: affiché 2
Trace(Double(-4), Double(4)) // expect: -1, 8
POUR i = 1 À 5
	SI i = 2 CONTINUER
	SI i = 4 SORTIR
	Trace(i) // expect: 1
	// expect: 3
FIN
SI x > 2 ALORS
	Trace("bloc") // expect: bloc
FIN
SI x > 2
	Trace("bloc sans ALORS") // expect: bloc sans ALORS
FIN
PROCÉDURE CCompteur::Ajoute(nPas est un entier)
nValeur += nPas
PROCEDURE Affiche(n est un entier)
SI n < 0 RETOUR
Trace("affiché " + n)
procédure Double(n est un entier)
SI n < 0 RENVOYER -1
RENVOYER n * 2
