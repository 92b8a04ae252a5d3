// un membre dont le type est une classe déclarée plus bas, même nommée comme un article
// (D, le « d' » français) : ce type est cette classe, dans wl check et à l'exécution
CCompte est une Classe
    m_titulaire est une chaîne
    d est un D
    autre est une Suivante
FIN
D est une Classe
    m_n est un entier = 41
FIN
Suivante est une Classe
    m_libellé est une chaîne = "suivante"
FIN
c est un CCompte
Trace(c.d.m_n + 1, c.autre.m_libellé)    // expect: 42, suivante
