// Compteur partagé protégé par un verrou, comme deux postes l'incrémentent : deux
// ouvertures du même fichier, fBloque / fDébloque sur tout le fichier puis sur une
// partie, puis les mêmes verrous par des FichierDisque (jumeau anglais
// shared_counter_locks_en.wl ; passe, issue 8 FS 5 déc. tard).
sRep est une chaîne = fRepTemp() + "\wl_verrou_" + Hasard(1, 999999999)
fRepCrée(sRep)
sCompteur est une chaîne = sRep + "\compteur.dat"
fSauveTexte(sCompteur, "41")
nF1 est un entier = fOuvre(sCompteur, foLectureEcriture)
nF2 est un entier = fOuvre(sCompteur, foLectureEcriture)
Trace(nF1 > 0, nF2 > 0, nF1 <> nF2) // expect: 1, 1, 1
// le premier bloque tout le fichier, le second ne le peut pas
Trace(fBloque(nF1)) // expect: 1
SI PAS fBloque(nF2) ALORS
	Trace("occupé", ErreurDétectée) // expect: occupé, 1
FIN
// le premier incrémente puis libère
nValeur est un entier = Val(fLit(nF1, 10))
fPositionne(nF1, 0, fpDébut)
fEcrit(nF1, nValeur + 1)
Trace(fDébloque(nF1)) // expect: 1
// le second bloque à son tour et lit la nouvelle valeur
Trace(fBloque(nF2)) // expect: 1
fPositionne(nF2, 0, fpDébut)
Trace(fLit(nF2, 10)) // expect: 42
Trace(fDébloque(nF2)) // expect: 1
// une partie seulement : l'octet 0 pour l'un, l'octet 1 pour l'autre
Trace(fBloque(nF1, 0, 1), fBloque(nF2, 1, 1), fBloque(nF2, 0, 2)) // expect: 1, 1, 0
fFerme(nF1)
Trace(fBloque(nF2, 0, 2)) // expect: 1
fFerme(nF2)
// avec des FichierDisque
f1, f2 sont des FichierDisque
Trace(f1.Ouvre(sCompteur), f2.Ouvre(sCompteur)) // expect: 1, 1
Trace(f1.Bloque(), f2.Bloque()) // expect: 1, 0
Trace(f1.Ferme(), f2.Bloque(), f2.Débloque(), f2.Ferme()) // expect: 1, 1, 1, 1
fRepSupprime(sRep, frRécursif)
