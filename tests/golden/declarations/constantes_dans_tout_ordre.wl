// Une constante peut utiliser une constante qu'un autre élément déclare plus bas : celle
// d'une classe, celle du programme qu'une classe utilise, celle d'une autre classe, la
// valeur d'une énumération (page 1514012 : une constante est globale à son projet ou à
// sa classe)
CONSTANTE
    LIMITE_LIGNES = CFacture::MAX_LIGNES + 1
    ÉTAT_INITIAL = Brouillon
    ÉTAT_SUIVANT = Etat.Envoyé
FIN
Trace(LIMITE_LIGNES) // expect: 21
Trace(CFacture::MAX_LIGNES, CFacture::PAGE) // expect: 20, 40
Trace(ETAT_INITIAL, état_suivant) // expect: Brouillon, Envoyé
f est un CFacture
Trace(f.m_lignes) // expect: 20
CFacture est une Classe
    m_lignes est un entier = MAX_LIGNES
    CONSTANTE
        MAX_LIGNES = BASE * 2
        PAGE = CPage::HAUTEUR
    FIN
FIN
CPage est une classe
    constante
        HAUTEUR = CFacture::max_lignes * 2  // (une constante d'une autre classe : nommée par sa classe)
    fin
FIN
CONSTANTE
    BASE = 10
FIN
Etat est une énumération
    Brouillon
    Envoyé
FIN
