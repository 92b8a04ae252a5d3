// GOTO Étiquette : la suite à la ligne `Étiquette:` du même traitement (mot-clé GOTO
// en français aussi : docs/semantics.md "GOTO and labels")
n est un entier = 0
Encore:
n++
SI n < 3 ALORS GOTO Encore
Trace(n) // expect: 3
POUR i = 1 À 5
	TANTQUE Vrai
		SI i = 4 ALORS GOTO Trouvé
		SORTIR
	FIN
FIN
Trace("jamais")
Trouve:
Trace(i) // expect: 4
Trace(Somme(4)) // expect: 10
SI n = 3 ALORS GOTO De SINON GOTO Sur
De:
Trace("étiquette De") // expect: étiquette De
Sur:

PROCÉDURE Somme(k est un entier)
total est un entier
Suivant:
SI k = 0 ALORS GOTO Terminé
total += k
k--
GOTO Suivant
Terminé:
RENVOYER total
