// QUAND EXCEPTION DANS ... FAIRE ... FIN autour d'un calcul de moyenne
tabNotes est un tableau de entiers = [12, 15, 9]
tabVide est un tableau de entiers

Trace("Moyenne : " + MoyenneSûre(tabNotes))   // expect: Moyenne : 12
Trace("Moyenne : " + MoyenneSûre(tabVide))    // expect: Moyenne : -1

QUAND EXCEPTION DANS
    VérifieMontant(150)
    VérifieMontant(-20)
    Trace("jamais affiché")
FAIRE
    Trace("Exception " + ExceptionInfo(errCode) + " : " + ExceptionInfo())
FIN
// expect: Montant 150 accepté
// expect: Exception 1001 : Montant négatif : -20

// Le bloc SINON (ELSE) s'exécute quand rien n'a été déclenché
WHEN EXCEPTION IN
    VérifieMontant(5)
DO
    Trace("pas ici")
ELSE
    Trace("aucune exception")
END
// expect: Montant 5 accepté
// expect: aucune exception

PROCÉDURE MoyenneSûre(tab)
rRésultat est un réel
QUAND EXCEPTION DANS
    nSomme est un entier
    POUR TOUT n DE tab
        nSomme += n
    FIN
    rRésultat = nSomme / tab..Occurrence
FAIRE
    rRésultat = -1
FIN
RENVOYER rRésultat

PROCÉDURE VérifieMontant(nMontant est un entier)
SI nMontant < 0 ALORS
    ExceptionDéclenche(1001, "Montant négatif : " + nMontant)
FIN
Trace("Montant " + nMontant + " accepté")
