// Chaque classe a ses propres constantes (?1514012 : une constante de classe est
// déclarée « pour être utilisée dans la classe », lue ::NOM dans ses méthodes et
// CClasse::NOM ailleurs) : deux classes peuvent déclarer chacune MAXI, et une classe un
// nom que le programme déclare aussi. Avant, `wl check` et `wl run` refusaient le second
// MAXI (« the constant 'MAXI' is declared twice »). Dans une classe, MAXI seul est le sien
// (ou celui d'un ancêtre : INFERRED), hors de toute classe celui du programme.
CONSTANTE
    MAXI = 100
FIN
s est un CStock
f est une CFile
e est un CEntrepôt
s.Afficher() // expect: 5, 5, 10, 5, 10, 5
f.Afficher() // expect: 9, 9, 9
e.Afficher2() // expect: 5, 5, 10
Trace(MAXI, CStock::MAXI, CFile::MAXI, s.MAXI, CStock.DOUBLÉ) // expect: 100, 5, 9, 5, 10
CStock est une Classe
    CONSTANTE
        MAXI = 5
        DOUBLÉ = MAXI * 2
    FIN
    m_t est un tableau de MAXI entiers
    m_n est un entier = DOUBLE
FIN
CFile est une classe
    constante
        MAXI = 9
    fin
FIN
CEntrepôt est une Classe
    hérite de CStock
FIN
PROCÉDURE CStock::Afficher()
Trace(MAXI, ::MAXI, DOUBLÉ, CStock::MAXI, m_n, TableauOccurrence(m_t))
PROCÉDURE CFile::Afficher()
Trace(maxi, ::Maxi, CFile::MAXI)
PROCÉDURE CEntrepot::Afficher2()
Trace(MAXI, CEntrepôt::MAXI, DOUBLE)
