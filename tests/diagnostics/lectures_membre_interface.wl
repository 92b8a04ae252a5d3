// un membre lu ou affecté à travers une variable, un élément de tableau ou un membre
// déclaré d'une interface doit être une de ses propriétés : une interface n'a pas de
// membres (WL109, et l'exécution s'arrête là avec les mêmes mots). Une propriété, ou une
// méthode nommée sans parenthèses (un appel), est acceptée
IForme est une Interface
	PROCÉDURE Surface() : entier
	PROPRIÉTÉ Nom <Lecture>
FIN
CCarré est une Classe
	implémente IForme
	m_nCôté est un entier = 2
FIN
f est un IForme <- allouer un CCarré
Trace(f.Nom, f.Surface)
Trace(f.m_nCôté) // error: WL109:9 'm_nCôté' is not a property of the interface IForme
f.m_nCote = 3 // error: WL109:3 'm_nCote' is not a property of the interface IForme
t est un tableau de IForme
TableauAjoute(t, allouer un CCarré)
Trace(t[1].M_NCÔTÉ) // error: WL109:12 'M_NCÔTÉ' is not a property of the interface IForme
PROCÉDURE CCarré::Surface() : entier
RENVOYER m_nCôté * m_nCôté
PROCÉDURE CCarré::Nom() <Lecture>
RENVOYER "carré"
