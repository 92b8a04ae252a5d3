// Un membre, le champ d'une structure ou un élément déclaré entier qui reçoit un texte
// qui n'est pas un nombre ou un décimal : WL206 comme pour une variable
STArticle est une Structure
	nQuantité est un entier
FIN
CPanier est une Classe
	m_nArticles est un entier = "aucun" // warning: WL206:2 'm_nArticles' is an integer: the text "aucun" is not a number and is stored as 0
FIN
p est un CPanier
p.m_nArticles = "trois" // warning: WL206:1 'p.m_nArticles' is an integer: the text "trois" is not a number and is stored as 0
art est un STArticle
art.nQuantité = "4 pièces" // warning: WL206:1 'art.nQuantité' is an integer: the text "4 pièces" is not a number and is stored as 4
tabQtés est un tableau de 2 entiers
tabQtés[2] = 1.5 // warning: WL206:1 'tabQtés[...]' is an integer: the decimal part of this value is lost
p.Vide()
Trace(p.m_nArticles, art.nQuantité, tabQtés[2])
PROCÉDURE CPanier::Vide()
:m_nArticles = "zéro" // warning: WL206:1 ':m_nArticles' is an integer: the text "zéro" is not a number and is stored as 0
