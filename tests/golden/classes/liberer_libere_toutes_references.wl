// `libérer o` libère l'objet (Libérer ?1511012) : une référence prise avant (`r <- o`,
// un élément de tableau, un membre) ne l'atteint plus ; lire, écrire ou copier un membre
// par elle arrête l'exécution (décidé : docs/semantics.md "Destructors and dynamic
// objects"). Avant, r lisait encore un objet vivant. Le destructeur s'exécute une fois.
CLigne est une Classe
    m_nQté est un entier
FIN
oLigne est un CLigne dynamique = allouer un CLigne
oLigne.m_nQté = 7
rLigne est un CLigne dynamique
rLigne <- oLigne
tabLignes est un tableau de CLigne dynamique
TableauAjoute(tabLignes, oLigne)
Trace(rLigne.m_nQté, tabLignes[1].m_nQté) // expect: 7, 7
libérer oLigne // expect: détruit 7
Trace(oLigne = Null, rLigne = Null) // expect: 1, 0
QUAND EXCEPTION DANS
    rLigne.m_nQté = 3
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: This CLigne object was freed (delete / libérer), so no reference to it can be used any more.
FIN
QUAND EXCEPTION DANS
    Trace(tabLignes[1].m_nQté)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: This CLigne object was freed (delete / libérer), so no reference to it can be used any more.
FIN
sJSON est une chaîne
Sérialise(rLigne, sJSON, psdJSON) // une fonction qui le lit échoue comme échouent les fonctions
Trace(sJSON = "", ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, 1, Sérialise: This CLigne object was freed (delete / libérer), so no reference to it can be used any more.
libérer rLigne
Trace(rLigne = Null) // expect: 1
Trace(tabLignes[1].Quantité()) // expect error: This CLigne object was freed

PROCÉDURE CLigne::Destructeur()
Trace("détruit " + m_nQté)

PROCÉDURE CLigne::Quantité()
RENVOYER m_nQté // (l'appel d'une méthode s'arrête avant qu'elle ne s'exécute)
