// Page d'aide « Lambda : Expressions et procédures » ?1514084 (doc.pcsoft.fr) : son
// exemple (fListeFichier avec une procédure lambda qui ajoute chaque fichier au
// tableau), sur un répertoire à nous au lieu de fRepDonnées(), puis ses syntaxes : sans
// paramètre, un paramètre (complète et simplifiée), plusieurs, et une lambda passée à
// une procédure du projet.
sRep est une chaîne = fRepTemp() + "/wl_lambda_" + DonneGUID()
fRepCrée(sRep)
fSauveTexte(sRep + "/b.txt", "b")
fSauveTexte(sRep + "/a.txt", "a")
// Remplir un tableau avec les noms de tous les fichiers du répertoire
tabFichier est un tableau de chaînes
fListeFichier(sRep + "/*.*", (Répertoire,Fichier)=>{tabFichier.Ajoute(Fichier)} )
TableauTrie(tabFichier)
Trace(TableauVersChaîne(tabFichier, ", "))
// expect: a.txt, b.txt
fSupprime(sRep + "/a.txt"); fSupprime(sRep + "/b.txt"); fRepSupprime(sRep)
nCompte est un entier
pAucun est une procédure = () => { nCompte++ }
pAucun(); pAucun()
Trace(nCompte)
// expect: 2
pComplète est une procédure = (x) => { RENVOYER x + 1 }
pSimple est une procédure = x => { RENVOYER x * 2 }
pPlusieurs est une procédure = (a, b, c) => { RENVOYER a + b + c }
Trace(pComplète(1), pSimple(4), pPlusieurs(1, 2, 3))
// expect: 2, 8, 6
AppliqueDeuxFois((x) => { RENVOYER x + 10 }, 1)
// expect: 21

PROCÉDURE AppliqueDeuxFois(pProc est une procédure, nValeur est un entier)
Trace(pProc(pProc(nValeur)))
