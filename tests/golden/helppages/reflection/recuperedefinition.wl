// Page d'aide RécupèreDéfinition ?1000019333 (doc.pcsoft.fr), avec les noms français :
// la définition du type du contenu (une variable `ClasseBase dynamique` qui contient une
// ClasseDérivée donne ClasseDérivée), puis un élément non alloué : définition Null et
// erreur non fatale.
ClasseBase est une Classe
	m_nId est un entier
FIN
ClasseDérivée est une Classe
	hérite de ClasseBase
	m_sNom est une chaîne
FIN
po est une ClasseBase dynamique
d est une Définition

po = allouer une ClasseBase
d = RécupèreDéfinition(po)
Trace(d.Nom)
// expect: ClasseBase

po = allouer une ClasseDérivée
d = RécupèreDéfinition(po)
Trace(d.Nom)
// expect: ClasseDérivée

pAucun est une ClasseBase dynamique
d = RécupèreDéfinition(pAucun)
SI d = Null ALORS Trace("définition Null :", ErreurDétectée)
// expect: définition Null :, 1
