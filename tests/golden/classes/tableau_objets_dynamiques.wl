// `tableau de CClasse dynamique` : les éléments sont des objets dynamiques, tenus par
// référence (aide "Instanciation dynamique d'un objet" ?6010003) ; TableauAjoute ne les
// copie pas, et le destructeur s'exécute une fois, quand l'objet disparaît
CCommande est une Classe
	m_nNuméro est un entier
	GLOBAL
		gnOuvertes est un entier
FIN
tabCommandes est un tableau de CCommande dynamique
tabCommandes.Ajoute(allouer une CCommande(1))
TableauAjoute(tabCommandes, allouer une CCommande(2))
Trace(CCommande::gnOuvertes, tabCommandes..Occurrence) // expect: 2, 2
c est une CCommande dynamique = allouer une CCommande(3)
TableauAjoute(tabCommandes, c)
c.m_nNuméro = 30
Trace(tabCommandes[3].m_nNuméro) // expect: 30
tabCopie est un tableau de CCommande dynamique
tabCopie <= tabCommandes // une copie du tableau : les mêmes objets
tabCopie[1].m_nNuméro = 10
Trace(tabCommandes[1].m_nNuméro, CCommande::gnOuvertes) // expect: 10, 3
tabVide est un tableau de 2 CCommande dynamique
Trace(tabVide[1] = Null) // expect: 1
tabParCode est un tableau associatif de CCommande dynamique
tabParCode["C3"] = c
c.m_nNuméro = 33
Trace(tabParCode["C3"].m_nNuméro) // expect: 33
POUR TOUT cmd DE tabCommandes
	Trace(cmd.m_nNuméro)
FIN
// expect: 10
// expect: 2
// expect: 33
TableauSupprime(tabCommandes, 1)
Trace("encore dans tabCopie") // expect: encore dans tabCopie
TableauSupprime(tabCopie, 1)
// expect: fermeture 10
TableauSupprimeTout(tabCommandes)
TableauSupprimeTout(tabCopie)
// expect: fermeture 2
TableauSupprime(tabParCode, "C3")
Trace("c encore tenue") // expect: c encore tenue
libérer c
// expect: fermeture 33
Trace(CCommande::gnOuvertes) // expect: 0
PROCÉDURE CCommande::Constructeur(n est un entier)
m_nNuméro = n
CCommande::gnOuvertes++
PROCÉDURE CCommande::Destructeur()
Trace("fermeture " + m_nNuméro)
CCommande::gnOuvertes--
