// un membre écrit avec les arguments de son constructeur (`m_d est un D("Zoé")`) est
// construit avec eux pour chaque objet, avant le constructeur de la classe ; l'objet
// construit est le membre lui-même : son destructeur s'exécute une fois
D est une Classe
    m_nom est une chaîne
FIN
CCouple est une Classe
    m_premier est un D("Zoé")
    m_autres sont des D("Éric")
    m_tab est un tableau de 2 D
FIN
CGlobal est une Classe
    GLOBAL
    m_partage est un D("partagé")
FIN
c est un CCouple
// expect: D(défaut)
// expect: D(défaut)
// expect: D(Zoé)
// expect: D(Éric)
// expect: CCouple construit : Zoé
Trace(c.m_premier.m_nom, c.m_autres.m_nom, c.m_tab[2].m_nom) // expect: Zoé, Éric, défaut
Trace(CGlobal::m_partage.m_nom) // expect: D(partagé)
// expect: partagé
libérer c
// expect: ~D(Zoé)
// expect: ~D(Éric)
// expect: ~D(défaut)
// expect: ~D(défaut)
Trace("fin") // expect: fin
// expect: ~D(partagé)

PROCÉDURE D::Constructeur(sNom est une chaîne = "défaut")
m_nom = sNom
Trace("D(" + sNom + ")")
PROCÉDURE D::Destructeur()
Trace("~D(" + m_nom + ")")
PROCÉDURE CCouple::Constructeur()
Trace("CCouple construit : " + m_premier.m_nom)
