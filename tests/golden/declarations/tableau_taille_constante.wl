// Les dimensions d'un tableau peuvent être des constantes entières (aide ?1514025) :
// `tableau de NB_LIGNES entiers`, un tableau fixe, deux dimensions, un membre
CONSTANTE
    NB_LIGNES = 3
    NB_COLONNES = 2
FIN
lignes est un tableau de NB_LIGNES entiers
Trace(TableauOccurrence(lignes)) // expect: 3
grille est un tableau de NB_LIGNES par NB_COLONNES chaînes
Trace(TableauOccurrence(grille, 1), TableauOccurrence(grille, 2)) // expect: 3, 2
fixe est un tableau fixe de nb_colonnes entiers
Trace(TableauOccurrence(fixe)) // expect: 2
f est un CFacture
Trace(TableauOccurrence(f.m_lignes)) // expect: 3
CFacture est une Classe
    m_lignes est un tableau de NB_LIGNES réels
FIN
