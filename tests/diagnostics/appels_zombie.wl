// Une procédure rendue obsolète par l'attribut <zombie> (page d'aide ?1514085,
// « Procédures zombies ») : le compilateur de WINDEV avertit à chacun de ses appels, le
// commentaire de l'attribut dans l'avertissement ; les appels s'exécutent
Trace(Totalise(1, 2)) // warning: WL221:7 'Totalise' is a zombie procedure (obsolete): utiliser Somme
Trace(Ancienne()) // warning: WL221:7 'Ancienne' is a zombie procedure (obsolete)
Trace(Somme(1, 2))
n est un entier = TOTALISE(3, 4) + 1 // warning: WL221:19 'Totalise' is a zombie procedure (obsolete): utiliser Somme
Trace(n)
// une méthode ainsi marquée (INFERRED : la page montre une procédure), par son objet
CForme est une Classe
	nCôtés est un entier
FIN
oForme est un CForme
oForme.Dessine() // warning: WL221:8 'CForme::Dessine' is a zombie method (obsolete): utiliser Peins

PROCÉDURE CForme::Dessine() <zombie commentaire = "utiliser Peins">
Trace(:nCôtés)

PROCÉDURE Totalise(a, b) <zombie commentaire = "utiliser Somme">
RENVOYER a + b

PROCÉDURE Somme(a, b)
RENVOYER a + b

PROCÉDURE Ancienne() <zombie>
RENVOYER 0
