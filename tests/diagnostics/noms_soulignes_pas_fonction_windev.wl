// Un nom avec un souligné n'est pas une fonction WINDEV : aucune n'en a. Non déclaré,
// c'est une procédure inconnue (WL102), même s'il commence comme une famille de
// fonctions de champs ou de sockets (`Table...`, `Socket...`) : c'était WL103
PROCÉDURE Envoie()
tabNoms est un tableau de chaînes
Socket_Envoyer("srv", "bonjour") // error: WL102:1 unknown procedure or function 'Socket_Envoyer'
Table_Remplir() // error: WL102:1 unknown procedure or function 'Table_Remplir'
TableAffiche(TABLE_Commandes) // error: WL103:1 TableAffiche is a window function: not available outside the IDE (wlinterp runs code without windows).
Table_Charge()
Tableau_Ajoute(tabNoms, "x") // error: WL102:1 unknown procedure or function 'Tableau_Ajoute'; did you mean TableauAjoute?
PROCÉDURE Table_Charge()
Trace("la procédure du programme")
