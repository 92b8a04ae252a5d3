// `c[Option]` : la variable combinaison contient-elle l'option ?
Droits est une Combinaison
	Lire
	Ecrire
END
d est un Droits = Ecrire
SI d[Lire] ALORS Trace("lecture") SINON Trace("pas de lecture") // expect: pas de lecture
SI d[Ecrire] ALORS Trace("écriture") // expect: écriture
