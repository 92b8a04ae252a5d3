// Le décalage de fPositionne et le nombre d'octets de fLit sont des entiers, lus comme
// les autres paramètres entiers : au-delà des entiers l'exécution s'arrête (comme le dit
// le WL110 de wl check), où fPositionne renvoyait -1 avec « chemin invalide » et fLit
// lisait quand même ; fBloque nomme son nombre d'octets paramètre 3. Jumeau anglais :
// fseek_fread_integer_range_en.wl
sRep est une chaîne = fRepTemp() + "\wl_fposgrand_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\h.txt", "hello world")
h est un entier = fOuvre(sRep + "\h.txt", foLectureEcriture)
rGrand est un réel = 1e19
QUAND EXCEPTION DANS
	fPositionne(h, rGrand)
FAIRE
	Trace(ExceptionInfo()) // expect: fPositionne: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
	fLit(h, rGrand)
FAIRE
	Trace(ExceptionInfo()) // expect: fLit: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
QUAND EXCEPTION DANS
	fBloque(h, 0, rGrand)
FAIRE
	Trace(ExceptionInfo()) // expect: fBloque: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
Trace(fPositionne(h, 2), fLit(h, 3)) // expect: 2, llo
Trace(fPositionne(h, -5), ErreurDétectée) // expect: -1, 1
fFerme(h)
fRepSupprime(sRep, frRécursif)
