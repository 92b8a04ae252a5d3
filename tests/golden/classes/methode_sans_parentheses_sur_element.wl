// une méthode nommée sans parenthèses sur la variable d'un POUR TOUT sur un tableau
// d'objets est appelée
cArticle est une Classe
	m_mPrix est un monétaire = 2.5
FIN
tabArticles est un tableau de cArticle dynamique
Ajoute(tabArticles, allouer un cArticle)
POUR TOUT a DE tabArticles
	Trace(a.PrixTTC) // expect: 3
FIN
PROCÉDURE cArticle::PrixTTC()
RENVOYER m_mPrix * 1.2
