// la casse des mots-clés et des noms est libre
compteur EST UN ENTIER = 0
pour i = 1 à 3
	Compteur++
fin
si COMPTEUR = 3 alors
	trace("trois") // expect: trois
Sinon
	Trace("autre")
Fin
TANTQUE compteur > 1
	COMPTEUR--
FIN
TRACE(compteur) // expect: 1
